#include "cli/MetricsScrapeCommand.h"

#include "core/metrics/CanonicalSignal.h"
#include "core/metrics/ProfileDetector.h"
#include "core/metrics/ProfileLoader.h"
#include "core/metrics/SignalCalculator.h"
#include "core/promtext/Scrape.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace gatehouse::cli {

using namespace gatehouse::metrics;
using namespace gatehouse::promtext;

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricsScrapeCommand)
};

// What Prometheus asks for: OpenMetrics first, then the classic text format.
constexpr char acceptHeader[] = "application/openmetrics-text;version=1.0.0;q=0.9,"
                                "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

struct Fetched
{
    QByteArray body;
    QByteArray contentType;
    double seconds = 0;
    QString error;
};

// "10s", "500ms", "2m" or a plain number of seconds; -1 when unreadable.
double parseDuration(const QString& text)
{
    QString number = text;
    double unit = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        number.chop(2);
        unit = 0.001;
    } else if (text.endsWith(QLatin1Char('s'))) {
        number.chop(1);
    } else if (text.endsWith(QLatin1Char('m'))) {
        number.chop(1);
        unit = 60;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    return ok && std::isfinite(value) && value > 0 ? value * unit : -1;
}

Fetched fetch(QNetworkAccessManager& network, const QUrl& url, double timeoutSeconds)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", acceptHeader);
    request.setTransferTimeout(int(timeoutSeconds * 1000));
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched f;
    f.seconds = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        f.error = Text::tr("%1 did not answer within %2 s; check the URL or raise --timeout")
                      .arg(url.toString(), QString::number(timeoutSeconds));
    } else if (status != 0 && status != 200) {
        //: %1 is the URL, %2 %3 the HTTP status code and reason phrase.
        f.error = Text::tr("%1 answered %2 %3; check the URL (usually ends in /metrics)")
                      .arg(url.toString(), QString::number(status),
                           reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (reply->error() != QNetworkReply::NoError) {
        f.error = Text::tr("cannot scrape %1: %2").arg(url.toString(), reply->errorString());
    } else {
        f.body = reply->readAll();
        f.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    }
    reply->deleteLater();
    return f;
}

QJsonValue jsonNumber(std::optional<double> v)
{
    if (!v || std::isnan(*v))
        return QJsonValue::Null;
    if (std::isinf(*v))
        return *v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return *v;
}

void printSignals(CtlContext& context, const QString& url, const Detection& detection, double window,
                  const Scrape& latest, const std::vector<SignalValue>& values)
{
    if (context.json()) {
        QJsonObject signalsJson;
        for (const SignalValue& v : values) {
            if (!v.byLabel.empty()) {
                QJsonObject by;
                for (const auto& [label, value] : v.byLabel)
                    by.insert(label, jsonNumber(value));
                signalsJson.insert(v.id, by);
            } else {
                signalsJson.insert(v.id, jsonNumber(v.value));
            }
        }
        QJsonObject o{{QStringLiteral("url"), url},
                      {QStringLiteral("profile"), detection.id()},
                      {QStringLiteral("window_s"), window},
                      {QStringLiteral("format"), QString::fromLatin1(formatName(latest.format).data())},
                      {QStringLiteral("signals"), signalsJson}};
        if (!detection.profile) {
            QJsonArray families;
            for (const Family& f : latest.families)
                families.append(QString::fromUtf8(f.name.data(), qsizetype(f.name.size())));
            o.insert(QStringLiteral("families"), families);
        }
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return;
    }
    if (!detection.profile) {
        //: "raw" is the profile's id (as --profile takes it); keep it.
        context.out() << Text::tr("profile  raw (no profile fits; %1 families)").arg(latest.families.size())
                      << "\n";
        for (const Family& f : latest.families)
            context.out() << "  " << QString::fromUtf8(f.name.data(), qsizetype(f.name.size())) << "  "
                          << QString::fromLatin1(metricTypeName(f.type).data()) << "\n";
        return;
    }
    //: %1 is the profile's id, %2 its name, %3 the seconds between the two scrapes.
    context.out() << Text::tr("profile  %1 (%2), window %3 s")
                         .arg(detection.profile->id, detection.profile->name, QString::number(window))
                  << "\n";
    for (const SignalValue& v : values) {
        const CanonicalSignal* signal = findCanonicalSignal(v.id);
        const QString title = QString::fromLatin1(signal->title).leftJustified(26);
        if (!v.byLabel.empty()) {
            context.out() << title.trimmed() << "\n";
            for (const auto& [label, value] : v.byLabel)
                context.out() << "  " << label.leftJustified(24) << formatSignalValue(value, signal->unit)
                              << "\n";
        } else {
            context.out() << title
                          << (v.value ? formatSignalValue(*v.value, signal->unit) : QStringLiteral("—"))
                          << "\n";
        }
    }
}

} // namespace

int runMetricsScrapeCommand(CtlContext& context, const QStringList& arguments)
{
    QStringList args = arguments;
    QString urlText;
    QString profileId = QStringLiteral("auto");
    double window = 10;
    double timeout = 10;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if ((a == QLatin1String("--profile") || a == QLatin1String("--window") ||
                    a == QLatin1String("--timeout"))) {
            if (args.isEmpty())
                return context.usageError(Text::tr("metrics scrape: %1 needs a value").arg(a));
            const QString value = args.takeFirst();
            if (a == QLatin1String("--profile")) {
                profileId = value;
            } else {
                double& target = a == QLatin1String("--window") ? window : timeout;
                target = parseDuration(value);
                if (target <= 0)
                    return context.usageError(
                        Text::tr("%1: expected a duration such as 10s, 500ms or 1m, not '%2'").arg(a, value));
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            return context.usageError(Text::tr("metrics scrape: unknown option '%1'").arg(a));
        } else if (urlText.isEmpty()) {
            urlText = a;
        } else {
            return context.usageError(Text::tr("metrics scrape: one URL only"));
        }
    }
    const QUrl url(urlText, QUrl::StrictMode);
    if (urlText.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return context.usageError(
            Text::tr("metrics scrape: give the http(s) URL of a /metrics endpoint, e.g. "
                     "http://127.0.0.1:8080/metrics"));

    const ProfileSet profiles = loadProfiles(userProfileFolder());
    for (const QString& error : profiles.errors)
        context.err() << "gatehousectl: " << Text::tr("warning: skipped profile %1").arg(error) << Qt::endl;
    const MetricProfile* chosen = nullptr;
    if (profileId != QLatin1String("auto") && profileId != QLatin1String("raw")) {
        for (const MetricProfile& p : profiles.profiles) {
            if (p.id == profileId)
                chosen = &p;
        }
        if (!chosen) {
            QStringList ids;
            for (const MetricProfile& p : profiles.profiles)
                ids << p.id;
            return context.usageError(Text::tr("--profile: no profile '%1' (known: auto, raw, %2)")
                                          .arg(profileId, ids.join(QStringLiteral(", "))));
        }
    }

    QNetworkAccessManager network;
    Fetched fetched[2];
    ScrapeResult scrapes[2];
    for (int i = 0; i < 2; ++i) {
        if (i == 1) {
            const double wait =
                fetched[0].seconds + window - double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
            if (wait > 0) {
                QEventLoop loop;
                QTimer::singleShot(int(wait * 1000), &loop, &QEventLoop::quit);
                loop.exec();
            }
        }
        fetched[i] = fetch(network, url, timeout);
        if (!fetched[i].error.isEmpty())
            return context.fail(fetched[i].error);
        const Format format = formatFromContentType(
            std::string_view(fetched[i].contentType.constData(), size_t(fetched[i].contentType.size())));
        scrapes[i] = parseScrape(
            std::string_view(fetched[i].body.constData(), size_t(fetched[i].body.size())), format);
        if (scrapes[i].error)
            return context.fail(
                Text::tr("%1 served an exposition that does not parse as %2: line %3, column %4: %5")
                    .arg(url.toString(), QString::fromLatin1(formatName(format).data()),
                         QString::number(scrapes[i].error->line), QString::number(scrapes[i].error->column),
                         QString::fromStdString(scrapes[i].error->message)));
    }

    Detection detection;
    if (profileId == QLatin1String("auto"))
        detection = detectProfile(profiles.profiles, scrapes[1].scrape);
    else if (chosen)
        detection = {chosen, profileScore(*chosen, scrapes[1].scrape)};
    std::vector<SignalValue> values;
    if (detection.profile) {
        const TimedScrape timed[] = {{fetched[0].seconds, &scrapes[0].scrape},
                                     {fetched[1].seconds, &scrapes[1].scrape}};
        values = SignalCalculator(*detection.profile).compute(timed);
    }
    printSignals(context, url.toString(), detection, fetched[1].seconds - fetched[0].seconds,
                 scrapes[1].scrape, values);
    return 0;
}

} // namespace gatehouse::cli
