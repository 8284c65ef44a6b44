#include "cli/GatewayCommand.h"

#include "cli/SecretReading.h"
#include "core/database/ConsoleDatabase.h"
#include "core/net/ConnectionTest.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatewayCommand)
};

// Options that take a value, and the profile field each one fills (for error messages).
const QHash<QString, QString>& valueOptions()
{
    static const QHash<QString, QString> options = {
        {QStringLiteral("--name"), QStringLiteral("name")},
        {QStringLiteral("--kind"), QStringLiteral("kind")},
        {QStringLiteral("--url"), QStringLiteral("baseUrl")},
        {QStringLiteral("--metrics-url"), QStringLiteral("metricsUrl")},
        {QStringLiteral("--admin-url"), QStringLiteral("adminUrl")},
        {QStringLiteral("--api-key-secret"), QStringLiteral("apiKeySecret")},
        {QStringLiteral("--admin-token-secret"), QStringLiteral("adminTokenSecret")},
        {QStringLiteral("--ca-file"), QStringLiteral("tls.caFile")},
        {QStringLiteral("--pin"), QStringLiteral("tls.pinSha256")},
        {QStringLiteral("--poll-interval"), QStringLiteral("pollIntervalSeconds")},
        {QStringLiteral("--tag"), QStringLiteral("tags")},
        {QStringLiteral("--timeout"), QString()},
    };
    return options;
}

struct Arguments
{
    QStringList positional;
    QMultiHash<QString, QString> options; // option → values, in the order given (values() is reversed)

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option) const { return options.value(option); } // the last one given
    QStringList all(const QString& option) const
    {
        QStringList values = options.values(option);
        std::reverse(values.begin(), values.end());
        return values;
    }
};

// Parses "--opt value", "--opt=value" and --json (anywhere). Returns 0 or the usage error's exit code.
int parse(CtlContext& context, const QStringList& input, Arguments& args)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QString& arg = input[i];
        if (arg == QLatin1String("--json")) {
            context.setJson(true);
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            args.positional << arg;
            continue;
        }
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        const QString option = equals < 0 ? arg : arg.left(equals);
        if (!valueOptions().contains(option))
            return context.usageError(Text::tr("gateway: unknown option '%1'").arg(option));
        if (equals >= 0) {
            args.options.insert(option, arg.mid(equals + 1));
        } else if (i + 1 < input.size()) {
            args.options.insert(option, input[++i]);
        } else {
            return context.usageError(Text::tr("%1 needs a value").arg(option));
        }
    }
    return 0;
}

int refuseOptions(CtlContext& context, const Arguments& args, const QString& sub, const QStringList& allowed)
{
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return context.usageError(Text::tr("%1 does not belong to 'gateway %2'").arg(it.key(), sub));
    }
    return 0;
}

QString optionForField(const QString& field, const GatewayProfile& profile, bool renamed)
{
    if (field == QLatin1String("name"))
        return renamed ? QStringLiteral("--name") : QStringLiteral("NAME");
    if (field == QLatin1String("metricsUrl") && profile.kind == GatewayKind::PrometheusServer)
        return QStringLiteral("--url"); // a Prometheus server's root is given with --url
    for (auto it = valueOptions().cbegin(); it != valueOptions().cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return field;
}

// One line per field error, naming the option: "--url: use http:// or https://".
int reportRejected(CtlContext& context, const RegistryResult& result, const GatewayProfile& profile,
                   bool renamed)
{
    if (!result.message.isEmpty())
        return context.fail(result.message);
    for (const FieldError& e : result.errors)
        context.fail(QStringLiteral("%1: %2").arg(optionForField(e.field, profile, renamed), e.problem));
    return 1;
}

QUrl urlArgument(const QString& text)
{
    return text.isEmpty() ? QUrl() : QUrl(text.trimmed(), QUrl::StrictMode);
}

// Copies the given options into the profile. Returns 0, or 1 after printing what is wrong.
int applyOptions(CtlContext& context, const Arguments& args, GatewayProfile& profile)
{
    if (args.has(QStringLiteral("--name")))
        profile.name = args.value(QStringLiteral("--name"));
    if (args.has(QStringLiteral("--kind"))) {
        const QString id = args.value(QStringLiteral("--kind"));
        const std::optional<GatewayKind> kind = gatewayKindFromId(id);
        if (!kind)
            return context.fail(Text::tr("--kind: unknown kind '%1'; use one of %2")
                                    .arg(id, gatewayKindIds().join(QStringLiteral(", "))));
        profile.kind = *kind;
    }
    const bool prometheus = profile.kind == GatewayKind::PrometheusServer;
    if (args.has(QStringLiteral("--url"))) {
        const QUrl url = urlArgument(args.value(QStringLiteral("--url")));
        if (prometheus) { // its root is where the metrics API lives; it has no chat API
            profile.metricsUrl = url;
            profile.baseUrl.clear();
        } else {
            profile.baseUrl = url;
        }
    }
    if (args.has(QStringLiteral("--metrics-url")))
        profile.metricsUrl = urlArgument(args.value(QStringLiteral("--metrics-url")));
    if (args.has(QStringLiteral("--admin-url")))
        profile.adminUrl = urlArgument(args.value(QStringLiteral("--admin-url")));
    if (args.has(QStringLiteral("--api-key-secret")))
        profile.apiKeySecret = args.value(QStringLiteral("--api-key-secret"));
    if (args.has(QStringLiteral("--admin-token-secret")))
        profile.adminTokenSecret = args.value(QStringLiteral("--admin-token-secret"));
    if (args.has(QStringLiteral("--ca-file"))) {
        const QString file = args.value(QStringLiteral("--ca-file"));
        profile.tls.caFile = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
    }
    if (args.has(QStringLiteral("--pin")))
        profile.tls.pinSha256 = args.value(QStringLiteral("--pin")).trimmed();
    if (args.has(QStringLiteral("--poll-interval"))) {
        bool ok = false;
        const int seconds = args.value(QStringLiteral("--poll-interval")).toInt(&ok);
        if (!ok)
            return context.fail(
                Text::tr("--poll-interval: use a whole number of seconds from %1 to %2, e.g. 15")
                    .arg(minPollIntervalSeconds)
                    .arg(maxPollIntervalSeconds));
        profile.pollIntervalSeconds = seconds;
    }
    if (args.has(QStringLiteral("--tag")))
        profile.tags = args.all(QStringLiteral("--tag"));
    return 0;
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString shownUrl(const GatewayProfile& p)
{
    return (p.baseUrl.isEmpty() ? p.metricsUrl : p.baseUrl).toDisplayString();
}

QJsonObject toJson(const GatewayProfile& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), gatewayKindId(p.kind)},
        {QStringLiteral("baseUrl"), p.baseUrl.toString()},
        {QStringLiteral("metricsUrl"), p.metricsUrl.toString()},
        {QStringLiteral("adminUrl"), p.adminUrl.toString()},
        {QStringLiteral("apiKeySecret"), p.apiKeySecret},
        {QStringLiteral("adminTokenSecret"), p.adminTokenSecret},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), p.tls.caFile},
                                            {QStringLiteral("pinSha256"), p.tls.pinSha256}}},
        {QStringLiteral("pollIntervalSeconds"), p.pollIntervalSeconds},
        {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
        {QStringLiteral("created"), isoUtc(p.created)},
        {QStringLiteral("updated"), isoUtc(p.updated)},
    };
}

int listGateways(CtlContext& context, GatewayRegistry& registry)
{
    const QList<GatewayProfile> profiles = registry.list();
    if (context.json()) {
        QJsonArray array;
        for (const GatewayProfile& p : profiles)
            array.append(toJson(p));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    if (profiles.isEmpty()) {
        //: Keep the command and its placeholders as they are.
        context.out()
            << Text::tr("No gateways yet. Add one with: gatehousectl gateway add NAME --kind KIND --url URL")
            << Qt::endl;
        return 0;
    }
    const QString nameHeading = Text::tr("NAME");
    const QString kindHeading = Text::tr("KIND");
    const QString urlHeading = Text::tr("URL");
    qsizetype nameWidth = nameHeading.size(), kindWidth = kindHeading.size(), urlWidth = urlHeading.size();
    for (const GatewayProfile& p : profiles) {
        nameWidth = std::max(nameWidth, p.name.size());
        kindWidth = std::max(kindWidth, gatewayKindId(p.kind).size());
        urlWidth = std::max(urlWidth, shownUrl(p).size());
    }
    // The cells stay as they are: names, kind ids (as --kind takes them), URLs and tags.
    context.out() << nameHeading.leftJustified(nameWidth + 2) << kindHeading.leftJustified(kindWidth + 2)
                  << urlHeading.leftJustified(urlWidth + 2) << Text::tr("TAGS") << '\n';
    for (const GatewayProfile& p : profiles)
        context.out() << p.name.leftJustified(nameWidth + 2)
                      << gatewayKindId(p.kind).leftJustified(kindWidth + 2)
                      << shownUrl(p).leftJustified(urlWidth + 2) << p.tags.join(QLatin1Char(',')) << '\n';
    context.out() << Qt::flush;
    return 0;
}

std::optional<GatewayProfile> findOrFail(CtlContext& context, GatewayRegistry& registry, const QString& name)
{
    std::optional<GatewayProfile> p = registry.findByName(name);
    if (!p)
        context.fail(Text::tr("there is no gateway named '%1'; see gatehousectl gateway list").arg(name));
    return p;
}

int addGateway(CtlContext& context, GatewayRegistry& registry, const QString& name, const Arguments& args)
{
    if (!args.has(QStringLiteral("--kind")))
        return context.usageError(Text::tr("gateway add needs --kind KIND (one of %1)")
                                      .arg(gatewayKindIds().join(QStringLiteral(", "))));
    if (!args.has(QStringLiteral("--url")))
        return context.usageError(Text::tr("gateway add needs --url URL, e.g. https://gw.example.com/v1"));
    GatewayProfile profile;
    profile.name = name;
    if (const int failed = applyOptions(context, args, profile))
        return failed;
    if (!args.has(QStringLiteral("--metrics-url")) && profile.metricsUrl.isEmpty() &&
        validateProfileUrl(QStringLiteral("baseUrl"), profile.baseUrl).isEmpty())
        profile.metricsUrl = suggestedMetricsUrl(profile.kind, profile.baseUrl);
    const RegistryResult result = registry.add(profile);
    if (!result.ok())
        return reportRejected(context, result, profile, false);
    //: %1 is the gateway's name, %2 its kind, %3 its URL (and %4 where its metrics are).
    context.out() << (profile.metricsUrl.isEmpty() || profile.baseUrl.isEmpty()
                          ? Text::tr("Added gateway '%1' (%2, %3).")
                                .arg(profile.name, gatewayKindDisplayName(profile.kind), shownUrl(profile))
                          : Text::tr("Added gateway '%1' (%2, %3, metrics at %4).")
                                .arg(profile.name, gatewayKindDisplayName(profile.kind), shownUrl(profile),
                                     profile.metricsUrl.toDisplayString()))
                  << Qt::endl;
    return 0;
}

int editGateway(CtlContext& context, GatewayRegistry& registry, const QString& name, const Arguments& args)
{
    std::optional<GatewayProfile> profile = findOrFail(context, registry, name);
    if (!profile)
        return 1;
    if (const int failed = applyOptions(context, args, *profile))
        return failed;
    const RegistryResult result = registry.update(*profile);
    if (!result.ok())
        return reportRejected(context, result, *profile, args.has(QStringLiteral("--name")));
    context.out() << Text::tr("Saved gateway '%1'.").arg(profile->name) << Qt::endl;
    return 0;
}

int removeGateway(CtlContext& context, GatewayRegistry& registry, const QString& name)
{
    const std::optional<GatewayProfile> profile = findOrFail(context, registry, name);
    if (!profile)
        return 1;
    const RegistryResult result = registry.remove(profile->id);
    if (!result.ok())
        return context.fail(result.summary());
    context.out() << Text::tr("Removed gateway '%1'.").arg(profile->name) << Qt::endl;
    return 0;
}

QString stageName(ConnectionTest::Stage stage)
{
    switch (stage) {
    case ConnectionTest::Stage::Dns:
        return QStringLiteral("DNS");
    case ConnectionTest::Stage::Tcp:
        return QStringLiteral("TCP");
    case ConnectionTest::Stage::Tls:
        return QStringLiteral("TLS");
    case ConnectionTest::Stage::Http:
        return QStringLiteral("HTTP");
    case ConnectionTest::Stage::Auth:
        return QStringLiteral("Auth");
    }
    return {};
}

int testGateway(CtlContext& context, ConsoleDatabase& db, GatewayRegistry& registry, const QString& name,
                const Arguments& args)
{
    const std::optional<GatewayProfile> profile = findOrFail(context, registry, name);
    if (!profile)
        return 1;
    int timeoutMs = 10000;
    if (args.has(QStringLiteral("--timeout"))) {
        bool ok = false;
        const int seconds = args.value(QStringLiteral("--timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return context.fail(
                Text::tr("--timeout: use a whole number of seconds from 1 to 600 (per step)"));
        timeoutMs = seconds * 1000;
    }

    QByteArray credential;
    const QString secret = ConnectionTest::credentialSecret(*profile);
    if (!secret.isEmpty()) {
        const SecretError readError = readSecretNow(db, secret, credential);
        if (readError)
            return context.fail(Text::tr("cannot read the API key '%1' of gateway '%2': %3")
                                    .arg(secret, profile->name, readError.message));
    }

    ConnectionTest test(*profile, std::move(credential));
    test.setTimeoutMs(timeoutMs);
    bool passed = false;
    QString summary;
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::stepFinished, &test,
                     [&context](const ConnectionTest::Step& step) {
                         // "ok" and "FAIL" stay as they are, for scripts that look for them.
                         context.out() << (step.ok ? "ok    " : "FAIL  ")
                                       << stageName(step.stage).leftJustified(6) << step.detail << Qt::endl;
                     });
    QObject::connect(&test, &ConnectionTest::finished, &loop, [&](bool ok, const QString& text) {
        passed = ok;
        summary = text;
        loop.quit();
    });
    test.start();
    loop.exec();
    if (!passed)
        return context.fail(summary);
    context.out() << summary << Qt::endl;
    return 0;
}

} // namespace

QString gatewayCommandHelp()
{
    //: Keep the command and option names, the placeholders (NAME, KIND, URL, OPTIONS, U, F, T, NEW,
    //: SECONDS), the kinds and sha256//BASE64 as they are; the descriptions start in column 43.
    return Text::tr(
        "  gateway list [--json]                   the gateways the console manages\n"
        "  gateway add NAME --kind KIND --url URL [OPTIONS]\n"
        "                                          "
        "add one; KIND: gatehouse, openai, litellm, vllm, llamacpp,\n"
        "                                          ollama, kong, bifrost, tensorzero, prometheus. OPTIONS:\n"
        "                                          --metrics-url U (default: the kind's usual place; '' for\n"
        "                                          none), --admin-url U, --api-key-secret NAME,\n"
        "                                          --admin-token-secret NAME (names of secrets stored with\n"
        "                                          'secret set'), --ca-file F, --pin sha256//BASE64,\n"
        "                                          --poll-interval SECONDS, --tag T (repeatable)\n"
        "  gateway edit NAME [--name NEW] [--kind KIND] [--url URL] [OPTIONS]\n"
        "                                          "
        "change the given fields ('' clears one; --tag replaces all)\n"
        "  gateway remove NAME                     remove one from the registry (its secrets stay)\n"
        "  gateway test NAME [--timeout SECONDS]   check DNS, TCP, TLS, HTTP and the API key\n");
}

int runGatewayCommand(CtlContext& context, const QStringList& input)
{
    // QtKeychain prints debug lines to stderr; gatehousectl's stderr holds one line per error only.
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));

    Arguments args;
    if (const int failed = parse(context, input, args))
        return failed;
    if (args.positional.isEmpty())
        return context.usageError(Text::tr("gateway needs a sub-command: list, add, edit, remove or test"));
    const QString sub = args.positional.takeFirst();
    const QStringList editable = {QStringLiteral("--kind"),           QStringLiteral("--url"),
                                  QStringLiteral("--metrics-url"),    QStringLiteral("--admin-url"),
                                  QStringLiteral("--api-key-secret"), QStringLiteral("--admin-token-secret"),
                                  QStringLiteral("--ca-file"),        QStringLiteral("--pin"),
                                  QStringLiteral("--poll-interval"),  QStringLiteral("--tag")};
    QStringList allowed;
    qsizetype names = 1;
    if (sub == QLatin1String("list")) {
        names = 0;
    } else if (sub == QLatin1String("add")) {
        allowed = editable;
    } else if (sub == QLatin1String("edit")) {
        allowed = editable + QStringList{QStringLiteral("--name")};
    } else if (sub == QLatin1String("test")) {
        allowed = {QStringLiteral("--timeout")};
    } else if (sub != QLatin1String("remove")) {
        return context.usageError(Text::tr("unknown gateway sub-command '%1'").arg(sub));
    }
    if (const int failed = refuseOptions(context, args, sub, allowed))
        return failed;
    if (args.positional.size() != names) {
        if (names == 0)
            return context.usageError(Text::tr("gateway list takes no arguments"));
        return context.usageError(
            args.positional.size() > 1
                ? Text::tr("gateway %1 needs one NAME (quote names with spaces)").arg(sub)
                : Text::tr("gateway %1 needs one NAME").arg(sub));
    }

    ConsoleDatabase* db = context.database();
    if (!db)
        return 1;
    GatewayRegistry registry(*db);
    if (sub == QLatin1String("list"))
        return listGateways(context, registry);
    const QString name = args.positional.first();
    if (sub == QLatin1String("add"))
        return addGateway(context, registry, name, args);
    if (sub == QLatin1String("edit"))
        return editGateway(context, registry, name, args);
    if (sub == QLatin1String("remove"))
        return removeGateway(context, registry, name);
    return testGateway(context, *db, registry, name, args);
}

} // namespace gatehouse::cli
