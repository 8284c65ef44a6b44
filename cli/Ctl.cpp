#include "cli/Ctl.h"

#include "cli/CacheCommand.h"
#include "cli/ChatCommand.h"
#include "cli/CtlContext.h"
#include "cli/GatewayCommand.h"
#include "cli/KeysCommand.h"
#include "cli/MetricsCommand.h"
#include "cli/RulesCommand.h"
#include "cli/SecretCommand.h"
#include "cli/SuiteCommand.h"
#include "core/buildinfo/BuildInfo.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
};

struct Command
{
    const char* name;
    CommandFunction function;
    QString (*help)();
};

const Command commands[] = {
    {"cache", runCacheCommand, cacheCommandHelp},       {"chat", runChatCommand, chatCommandHelp},
    {"gateway", runGatewayCommand, gatewayCommandHelp}, {"keys", runKeysCommand, keysCommandHelp},
    {"metrics", runMetricsCommand, metricsCommandHelp}, {"rules", runRulesCommand, rulesCommandHelp},
    {"secret", runSecretCommand, secretCommandHelp},    {"suite", runSuiteCommand, suiteCommandHelp},
};

void printHelp(QTextStream& out)
{
    //: Keep gatehousectl, --json and the placeholders COMMAND and ARGS as they are.
    out << Text::tr("Usage: gatehousectl [--json] COMMAND [ARGS...]\n"
                    "Gatehouse from a terminal or a CI job.\n\n"
                    "Commands:\n");
    for (const Command& c : commands)
        out << c.help();
    //: Keep the option names as they are; the descriptions start in column 15.
    out << Text::tr("\nOptions:\n"
                    "  --json      machine-readable output for list commands\n"
                    "  --help      show this help\n"
                    "  --version   show the version\n");
    out.flush();
}

} // namespace

int run(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse")); // same data dir as the console
    QCoreApplication::setApplicationVersion(QString::fromUtf8(buildinfo::version().data()));
    // Messages follow the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --json output
    // and everything scripts parse stays as it is.
    installTranslations(chooseLanguage(QString()));

    QTextStream out(stdout);
    QTextStream err(stderr);

    CtlContext context(out, err, false);
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "gatehousectl " << app.applicationVersion() << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--help")) {
            printHelp(out);
            return 0;
        }
        if (option == QLatin1String("--json")) {
            context.setJson(true);
            continue;
        }
        return context.usageError(Text::tr("unknown option '%1'").arg(option));
    }
    if (args.isEmpty()) {
        printHelp(err);
        return 2;
    }

    const QString name = args.takeFirst();
    for (const Command& c : commands) {
        if (name == QLatin1String(c.name))
            return c.function(context, args);
    }
    return context.usageError(Text::tr("unknown command '%1'").arg(name));
}

} // namespace gatehouse::cli
