#include "app/Console.h"

#include "app/SingleInstance.h"
#include "app/TerminationSignals.h"
#include "core/buildinfo/BuildInfo.h"
#include "core/database/ConsoleDatabase.h"
#include "core/i18n/Language.h"
#include "core/localgateway/LocalGateway.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace gatehouse::app {

namespace {

const char* const usage =
    "Usage: gatehouse [options]\n"
    "The Gatehouse console: manage LLM chat gateways, their keys, rules, cache and metrics.\n\n"
    "Options:\n"
    "  -h, --help      show this help and exit\n"
    "  -v, --version   show the version and exit\n"
    "  -platform NAME  Qt platform plugin, e.g. offscreen for a window-less run\n";

// --help and --version must work without a display, so they are answered before QApplication
// (which needs one) is created.
int answerInformationalOptions(int argc, char** argv, bool* handled)
{
    *handled = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(usage, stdout);
            *handled = true;
            return 0;
        }
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            std::printf("gatehouse %.*s\n", int(buildinfo::version().size()), buildinfo::version().data());
            *handled = true;
            return 0;
        }
    }
    return 0;
}

} // namespace

int runConsole(int argc, char** argv)
{
    bool handled = false;
    const int code = answerInformationalOptions(argc, argv, &handled);
    if (handled)
        return code;

    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationName(QStringLiteral("gatehouse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(
        QString::fromUtf8(buildinfo::version().data(), qsizetype(buildinfo::version().size())));
    QApplication::setDesktopFileName(QStringLiteral("org.gatehouse.Console"));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")));

    for (const QString& arg : app.arguments().mid(1)) {
        std::fprintf(stderr, "gatehouse: unknown option '%s' (see gatehouse --help)\n", qPrintable(arg));
        return 2;
    }

    Settings settings;
    // Before any widget exists, so that every text is created in the chosen language.
    const QString language = chooseLanguage(settings.language());
    installTranslations(language);
    useLocaleOfLanguage(language);

    SingleInstance instance;
    if (instance.activateRunningInstance()) {
        std::fprintf(stderr, "gatehouse: already running; brought its window to the front\n");
        return 0;
    }

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &app, &QApplication::quit);

    ui::applyTheme(settings.theme());

    ConsoleDatabase database;
    if (!database.open()) {
        QMessageBox::critical(nullptr, QObject::tr("Gatehouse cannot start"), database.errorString());
        std::fprintf(stderr, "gatehouse: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    SecretCatalog catalog(database);
    SecretStore secrets(catalog);
    GatewayRegistry registry(database);

    LocalGateway localGateway;
    localGateway.setSecretStore(&secrets);
    // On the first start the welcome asks before anything is started.
    const bool firstStart = !settings.value(Settings::Key::WelcomeShown).toBool();
    if (settings.startLocalGateway() && !firstStart)
        QTimer::singleShot(0, &localGateway, &LocalGateway::start);

    ui::MainWindow window(settings, database, registry, secrets, &localGateway);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &ui::MainWindow::activate);
    // A new process with the same arguments; this one stops answering second launches first, so
    // the new one becomes the console, then quits as usual (saving the window, stopping the
    // local gateway).
    QObject::connect(&window, &ui::MainWindow::restartRequested, &app, [&instance, &app] {
        instance.release();
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), app.arguments().mid(1)))
            app.quit();
    });
    window.show();
    if (firstStart)
        QTimer::singleShot(0, &window, &ui::MainWindow::welcome);
    const int result = app.exec();
    window.close(); // saves geometry also when quit by a signal
    return result;
}

} // namespace gatehouse::app
