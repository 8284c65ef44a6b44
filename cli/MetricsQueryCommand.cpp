#include "cli/MetricsQueryCommand.h"

#include "core/database/ConsoleDatabase.h"
#include "core/metrics/CanonicalSignal.h"
#include "core/metrics/FleetSource.h"
#include "core/metrics/ProfileLoader.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>
#include <memory>

namespace gatehouse::cli {

using namespace gatehouse::metrics;

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricsQueryCommand)
};

struct Options
{
    QString target;
    QString url;
    QString signal;
    QString profile = QStringLiteral("auto");
    QString job;
    QString tokenEnv;
    double rangeSeconds = 3600;
    double stepSeconds = 0;           // 0: chosen
    double scrapeIntervalSeconds = 0; // 0: the entry's poll interval, else 15 s
    double timeoutSeconds = 30;
};

// "90s", "500ms", "5m", "1h", "30d" or a plain number of seconds; -1 when unreadable.
double parseDuration(const QString& text)
{
    static const std::pair<const char*, double> units[] = {{"ms", 0.001}, {"s", 1},     {"m", 60},
                                                           {"h", 3600},   {"d", 86400}, {"w", 604800}};
    QString number = text;
    double unit = 1;
    for (const auto& [suffix, factor] : units) {
        if (text.endsWith(QLatin1String(suffix))) {
            number.chop(int(qstrlen(suffix)));
            unit = factor;
            break;
        }
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok && std::isfinite(value) && value > 0 ? value * unit : -1;
}

QString durationText(double seconds)
{
    if (seconds >= 86400 && std::fmod(seconds, 86400) == 0)
        return QStringLiteral("%1 d").arg(seconds / 86400);
    if (seconds >= 3600 && std::fmod(seconds, 3600) == 0)
        return QStringLiteral("%1 h").arg(seconds / 3600);
    if (seconds >= 60 && std::fmod(seconds, 60) == 0)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 s").arg(seconds);
}

QString unitId(SignalUnit unit)
{
    switch (unit) {
    case SignalUnit::PerSecond:
        return QStringLiteral("per_second");
    case SignalUnit::Ratio:
        return QStringLiteral("ratio");
    case SignalUnit::Seconds:
        return QStringLiteral("seconds");
    case SignalUnit::Count:
        break;
    }
    return QStringLiteral("count");
}

QJsonValue jsonNumber(double v)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}

// Returns 0 when parsed, else the exit code after printing the problem.
int parse(CtlContext& context, QStringList args, Options& o)
{
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
            continue;
        }
        static const QStringList valued = {
            QStringLiteral("--target"),  QStringLiteral("--url"),  QStringLiteral("--signal"),
            QStringLiteral("--profile"), QStringLiteral("--job"),  QStringLiteral("--token-env"),
            QStringLiteral("--range"),   QStringLiteral("--step"), QStringLiteral("--scrape-interval"),
            QStringLiteral("--timeout")};
        if (!valued.contains(a)) {
            return context.usageError(a.startsWith(QLatin1String("--"))
                                          ? Text::tr("metrics query: unknown option '%1'").arg(a)
                                          : Text::tr("metrics query: unexpected argument '%1'").arg(a));
        }
        if (args.isEmpty())
            return context.usageError(Text::tr("metrics query: %1 needs a value").arg(a));
        const QString value = args.takeFirst();
        if (a == QLatin1String("--target"))
            o.target = value;
        else if (a == QLatin1String("--url"))
            o.url = value;
        else if (a == QLatin1String("--signal"))
            o.signal = value;
        else if (a == QLatin1String("--profile"))
            o.profile = value;
        else if (a == QLatin1String("--job"))
            o.job = value;
        else if (a == QLatin1String("--token-env"))
            o.tokenEnv = value;
        else {
            const double seconds = parseDuration(value);
            if (seconds <= 0)
                return context.usageError(
                    Text::tr("%1: expected a duration such as 90s, 5m, 1h or 30d, not '%2'").arg(a, value));
            (a == QLatin1String("--range")             ? o.rangeSeconds
             : a == QLatin1String("--step")            ? o.stepSeconds
             : a == QLatin1String("--scrape-interval") ? o.scrapeIntervalSeconds
                                                       : o.timeoutSeconds) = seconds;
        }
    }
    if (o.target.isEmpty() == o.url.isEmpty())
        return context.usageError(Text::tr(
            "metrics query: name the Prometheus server with --target NAME (a registry entry) or --url URL"));
    if (o.signal.isEmpty())
        return context.usageError(Text::tr("metrics query: name the signal with --signal (one of %1)")
                                      .arg(allFleetSignalIds().join(QStringLiteral(", "))));
    if (!allFleetSignalIds().contains(o.signal))
        return context.usageError(Text::tr("--signal: no signal '%1' (known: %2)")
                                      .arg(o.signal, allFleetSignalIds().join(QStringLiteral(", "))));
    if (!o.tokenEnv.isEmpty() && o.url.isEmpty())
        return context.usageError(
            Text::tr("--token-env goes with --url; a registry entry names its own secret"));
    return 0;
}

// nullopt after printing why, with the exit code in `code`.
std::optional<PrometheusEndpoint> endpointOf(CtlContext& context, const Options& o, int& code)
{
    code = 1;
    PrometheusEndpoint endpoint;
    if (!o.target.isEmpty()) {
        ConsoleDatabase* db = context.database();
        if (!db)
            return std::nullopt;
        const auto profile = GatewayRegistry(*db).findByName(o.target);
        if (!profile) {
            context.fail(Text::tr("no gateway named '%1' (see gatehousectl gateway list)").arg(o.target));
            return std::nullopt;
        }
        if (profile->kind != GatewayKind::PrometheusServer) {
            context.fail(
                Text::tr("'%1' is a %2 entry, not a Prometheus server; query a Prometheus server entry "
                         "(gatehousectl gateway add NAME --kind prometheus --url URL), or read this "
                         "gateway with gatehousectl metrics scrape")
                    .arg(o.target, gatewayKindDisplayName(profile->kind)));
            return std::nullopt;
        }
        const auto found = prometheusEndpointFor(*profile);
        if (!found) {
            context.fail(
                Text::tr("the Prometheus server entry '%1' has no usable http(s) address; set one with "
                         "gatehousectl gateway edit '%1' --url URL")
                    .arg(o.target));
            return std::nullopt;
        }
        endpoint = *found;
    } else {
        endpoint.url = QUrl(o.url, QUrl::StrictMode);
        const QString scheme = endpoint.url.scheme().toLower();
        if (!endpoint.url.isValid() || endpoint.url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            code = context.usageError(
                Text::tr("--url: use the Prometheus server's root, e.g. http://127.0.0.1:9090"));
            return std::nullopt;
        }
        endpoint.scrapeIntervalSeconds = 15;
    }
    if (o.scrapeIntervalSeconds > 0)
        endpoint.scrapeIntervalSeconds = o.scrapeIntervalSeconds;
    endpoint.timeoutMs = int(o.timeoutSeconds * 1000);
    return endpoint;
}

void printJson(CtlContext& context, const PrometheusEndpoint& endpoint, const Options& o, const FleetQuery& q,
               SignalUnit unit, const PrometheusResult& result)
{
    QJsonArray series;
    for (const PrometheusSeries& s : result.series) {
        QJsonObject labels;
        for (auto it = s.labels.begin(); it != s.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        QJsonArray points;
        for (const PrometheusPoint& p : s.points)
            points.append(QJsonArray{double(p.ms) / 1000.0, jsonNumber(p.value)});
        QJsonObject one{{QStringLiteral("instance"), s.label(QStringLiteral("instance"))},
                        {QStringLiteral("job"), s.label(QStringLiteral("job"))},
                        {QStringLiteral("labels"), labels},
                        {QStringLiteral("points"), points}};
        if (!s.breakdown().isEmpty())
            one.insert(QStringLiteral("breakdown"), s.breakdown());
        series.append(one);
    }
    QJsonObject out{{QStringLiteral("server"), endpoint.url.toDisplayString(QUrl::RemoveUserInfo)},
                    {QStringLiteral("signal"), q.signalId},
                    {QStringLiteral("unit"), unitId(unit)},
                    {QStringLiteral("profile"), o.profile},
                    {QStringLiteral("query"), q.promql},
                    {QStringLiteral("start"), q.range.start},
                    {QStringLiteral("end"), q.range.end},
                    {QStringLiteral("step_s"), q.range.step},
                    {QStringLiteral("rate_window_s"), q.rateWindowSeconds},
                    {QStringLiteral("series"), series}};
    if (!endpoint.name.isEmpty())
        out.insert(QStringLiteral("target"), endpoint.name);
    if (!result.warnings.isEmpty())
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    context.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

void printText(CtlContext& context, const PrometheusEndpoint& endpoint, const Options& o, const FleetQuery& q,
               SignalUnit unit, const PrometheusResult& result)
{
    const CanonicalSignal* signal = findCanonicalSignal(q.signalId);
    //: %1 the server, %2 the signal's id, %3 the range ("1 h"), %4 and %5 durations ("15 s").
    context.out() << Text::tr("%1: %2 over the last %3, step %4, rate window %5")
                         .arg(endpoint.displayName(), signal ? QString::fromLatin1(signal->id) : q.signalId,
                              durationText(o.rangeSeconds), durationText(double(q.range.step)),
                              durationText(double(q.rateWindowSeconds)))
                  << "\n";
    for (const QString& w : result.warnings)
        context.out() << Text::tr("warning from the server: %1").arg(w) << "\n";
    if (result.series.empty()) {
        context.out()
            << Text::tr("No series: the server has no data for this signal in this range. Does it scrape "
                        "a gateway whose profile defines it (--profile), under this job (--job)?")
            << "\n";
        return;
    }
    bool anyBreakdown = false;
    int instanceWidth = 10;
    for (const PrometheusSeries& s : result.series) {
        anyBreakdown = anyBreakdown || !s.breakdown().isEmpty();
        instanceWidth = std::max(instanceWidth, int(s.label(QStringLiteral("instance")).size()) + 2);
    }
    //: Column headings; keep them short.
    QString header = Text::tr("instance").leftJustified(instanceWidth) + Text::tr("job").leftJustified(14);
    if (anyBreakdown)
        header += Text::tr("by").leftJustified(12);
    header += Text::tr("last").leftJustified(14) + Text::tr("min").leftJustified(14) + Text::tr("max");
    context.out() << header << "\n";
    const QString none = QStringLiteral("—");
    for (const PrometheusSeries& s : result.series) {
        std::optional<double> last, min, max;
        for (const PrometheusPoint& p : s.points) {
            if (std::isnan(p.value))
                continue;
            last = p.value;
            min = min ? std::min(*min, p.value) : p.value;
            max = max ? std::max(*max, p.value) : p.value;
        }
        auto shown = [&](const std::optional<double>& v) { return v ? formatSignalValue(*v, unit) : none; };
        QString line = s.label(QStringLiteral("instance")).leftJustified(instanceWidth) +
                       s.label(QStringLiteral("job")).leftJustified(14);
        if (anyBreakdown)
            line += s.breakdown().leftJustified(12);
        line += shown(last).leftJustified(14) + shown(min).leftJustified(14) + shown(max);
        context.out() << line << "\n";
    }
}

// The signal names in lines that start in column 43, like the help's descriptions.
QString signalList()
{
    const QString indent(42, QLatin1Char(' '));
    QString out;
    QString line;
    for (const QString& id : allFleetSignalIds()) {
        if (!line.isEmpty() && line.size() + id.size() + 2 > 56) {
            out += indent + line + QStringLiteral(",\n");
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(", ")) + id;
    }
    return out + indent + line + QLatin1Char('\n');
}

} // namespace

QString metricsQueryCommandHelp()
{
    //: Keep the command and option names, the placeholders (NAME, URL, SIGNAL, ID, JOB, VAR) and the
    //: values (auto, 1h, 15s, 30s) as they are; the descriptions start in column 43. %1 is the list
    //: of signal names.
    return Text::tr("  metrics query (--target NAME | --url URL) --signal SIGNAL [--range 1h] [--step 15s]\n"
                    "        [--profile auto|ID] [--job JOB] [--scrape-interval 15s] [--timeout 30s]\n"
                    "        [--token-env VAR]\n"
                    "                                          read a signal per instance from a Prometheus\n"
                    "                                          server (fleet mode); SIGNAL is one of:\n"
                    "%1")
        .arg(signalList());
}

int runMetricsQueryCommand(CtlContext& context, const QStringList& arguments)
{
    // QtKeychain prints debug lines to stderr; gatehousectl's stderr holds one line per error only.
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    Options o;
    if (const int failed = parse(context, arguments, o))
        return failed;

    ProfileSet profiles = loadProfiles(userProfileFolder());
    for (const QString& error : profiles.errors)
        context.err() << "gatehousectl: " << Text::tr("warning: skipped profile %1").arg(error) << Qt::endl;
    std::vector<MetricProfile> chosen;
    if (o.profile == QLatin1String("auto")) {
        chosen = profiles.profiles;
    } else {
        QStringList ids;
        for (const MetricProfile& p : profiles.profiles) {
            ids << p.id;
            if (p.id == o.profile)
                chosen.push_back(p);
        }
        if (chosen.empty())
            return context.usageError(Text::tr("--profile: no profile '%1' (known: auto, %2)")
                                          .arg(o.profile, ids.join(QStringLiteral(", "))));
    }

    int code = 0;
    const std::optional<PrometheusEndpoint> endpoint = endpointOf(context, o, code);
    if (!endpoint)
        return code;
    std::unique_ptr<SecretCatalog> catalog;
    std::unique_ptr<SecretStore> secrets;
    if (!endpoint->credentialSecret.isEmpty()) {
        ConsoleDatabase* db = context.database();
        if (!db)
            return 1;
        catalog = std::make_unique<SecretCatalog>(*db);
        secrets = std::make_unique<SecretStore>(*catalog);
    }
    FleetSource fleet(*endpoint, std::move(chosen), secrets.get());
    if (!o.tokenEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(o.tokenEnv.toLocal8Bit().constData()))
            return context.fail(
                Text::tr("--token-env: the environment variable %1 is not set").arg(o.tokenEnv));
        QByteArray credential = qgetenv(o.tokenEnv.toLocal8Bit().constData());
        fleet.client().setCredential(credential);
        wipe(credential);
    }
    if (!o.job.isEmpty())
        fleet.setExtraMatchers({jobMatcher(o.job)});

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<FleetQuery> q =
        fleet.plan(o.signal, now - qint64(o.rangeSeconds * 1000), now, 0,
                   o.stepSeconds > 0 ? qint64(std::ceil(o.stepSeconds)) : minQueryStepSeconds);
    if (!q)
        return context.fail(Text::tr("the profile '%1' defines no signal '%2'; it has: %3")
                                .arg(o.profile, o.signal, fleet.signalIds().join(QStringLiteral(", "))));

    PrometheusReply* reply = fleet.read(*q);
    QEventLoop loop;
    bool ok = false;
    QString error;
    PrometheusResult result;
    QObject::connect(reply, &PrometheusReply::finished, &loop, [&] {
        ok = reply->ok();
        error = reply->errorString();
        if (ok)
            result = reply->takeResult();
        loop.quit();
    });
    loop.exec();
    if (!ok)
        return context.fail(error);

    const CanonicalSignal* signal = findCanonicalSignal(q->signalId);
    const SignalUnit unit = signal ? signal->unit : SignalUnit::Count;
    if (context.json())
        printJson(context, *endpoint, o, *q, unit, result);
    else
        printText(context, *endpoint, o, *q, unit, result);
    return 0;
}

} // namespace gatehouse::cli
