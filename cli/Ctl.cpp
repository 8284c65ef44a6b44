#include "cli/Ctl.h"

#include "cli/CacheCommand.h"
#include "cli/ChatCommand.h"
#include "cli/CtlContext.h"
#include "cli/GatewayCommand.h"
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

struct Command
{
    const char* name;
    CommandFunction function;
    const char* const* help;
};

const Command commands[] = {
    {"cache", runCacheCommand, &cacheCommandHelp},       {"chat", runChatCommand, &chatCommandHelp},
    {"gateway", runGatewayCommand, &gatewayCommandHelp}, {"metrics", runMetricsCommand, &metricsCommandHelp},
    {"rules", runRulesCommand, &rulesCommandHelp},       {"secret", runSecretCommand, &secretCommandHelp},
    {"suite", runSuiteCommand, &suiteCommandHelp},
};

void printHelp(QTextStream& out)
{
    out << "Usage: gatehousectl [--json] COMMAND [ARGS...]\n"
           "Gatehouse from a terminal or a CI job.\n\n"
           "Commands:\n";
    for (const Command& c : commands)
        out << *c.help;
    out << "\nOptions:\n"
           "  --json      machine-readable output for list commands\n"
           "  --help      show this help\n"
           "  --version   show the version\n";
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

    QStringList args = app.arguments().mid(1);
    bool json = false;
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
            json = true;
            continue;
        }
        err << "gatehousectl: unknown option '" << option << "' (see gatehousectl --help)" << Qt::endl;
        return 2;
    }
    if (args.isEmpty()) {
        printHelp(err);
        return 2;
    }

    CtlContext context(out, err, json);
    const QString name = args.takeFirst();
    for (const Command& c : commands) {
        if (name == QLatin1String(c.name))
            return c.function(context, args);
    }
    return context.usageError(QStringLiteral("unknown command '%1'").arg(name));
}

} // namespace gatehouse::cli
