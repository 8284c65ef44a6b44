// Fleet mode against a real Prometheus server (Debian's prometheus) that scrapes three real
// gatehoused every second, all on 127.0.0.1: the p95 latency, request counts and error and
// cache-hit ratios the console computes by polling each gatehoused directly (core/metrics
// SignalCalculator over two scrapes) agree with what Prometheus computes from the PromQL of
// core/metrics/FleetQueries; every generated query is one Prometheus accepts; the dashboard's
// FleetSource and `gatehousectl metrics query` give one series per instance; and the API's and the
// network's errors reach the user as one sentence naming the server, the query and the reason.

#include "core/metrics/FleetSource.h"
#include "core/metrics/ProfileLoader.h"
#include "core/metrics/SignalCalculator.h"
#include "core/promtext/Format.h"
#include "core/promtext/Scrape.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ServerProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace gatehouse::metrics;
using namespace gatehouse::test;

namespace {

constexpr int gatewayCount = 3;
// Per gatehoused and traffic phase, a known mix: answered by the demo model (distinct questions,
// cache misses), cache hits (the warm-up question again), 404 (a model no upstream serves) and 503
// (a demo upstream that always fails).
constexpr int answered = 24;
constexpr int cacheHits = 8;
constexpr int unknownModel = 4;
constexpr int failing = 4;
constexpr int perGateway = answered + cacheHits + unknownModel + failing;

// Prometheus is asked for each instance at half a scrape after its last sample, over a window
// that starts half a scrape before a sample: rate() then extrapolates each end by half an interval
// (less than 1.1 intervals, specs.md §4), and dividing by the window takes that out again — the
// rate is exactly the increase over (last − first sample). Only the start's zero-point clamp
// ("toStart = min(toStart, sampled · first / increase)") can shorten the first half interval, which
// lowers a series' rate by at most 0.5 s of the window; scrape timestamps jitter by milliseconds.
double extrapolationBound(double windowSeconds)
{
    return 0.5 / windowSeconds + 0.002;
}

QByteArray gatewayConfig(const QString& stateDir)
{
    return QStringLiteral(R"([server]
listen = "127.0.0.1:0"
workers = 1

[state]
dir = "%1"

[cache]
enabled = true
backend = "sqlite"

[retry]
attempts_per_upstream = 1

[circuit_breaker]
failure_threshold = 1000

[[upstreams]]
name = "demo"
kind = "demo"
first_token_ms = 120
chunk_ms = 3

[[upstreams]]
name = "failing"
kind = "demo"
first_token_ms = 30
error_rate = 1.0
error_status = 503

[[models]]
name = "gatehouse-demo"
upstreams = ["demo"]

[[models]]
name = "gatehouse-failing"
upstreams = ["failing"]
)")
        .arg(stateDir)
        .toUtf8();
}

// One scrape of a gatehoused's /metrics, parsed; the body stays because the parse points into it.
struct DirectScrape
{
    double seconds = 0;
    QByteArray body;
    gatehouse::promtext::ScrapeResult parsed;
};

std::unique_ptr<DirectScrape> scrape(quint16 port)
{
    auto s = std::make_unique<DirectScrape>();
    const HttpResult r = request(port, "GET", "/metrics");
    s->seconds = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    s->body = r.body;
    const QByteArray type = r.headers.value("content-type");
    s->parsed = gatehouse::promtext::parseScrape(
        std::string_view(s->body.constData(), size_t(s->body.size())),
        gatehouse::promtext::formatFromContentType(std::string_view(type.constData(), size_t(type.size()))));
    return s;
}

double familyTotal(const DirectScrape& s, std::string_view family)
{
    double sum = 0;
    for (const auto& f : s.parsed.scrape.families) {
        if (f.name == family) {
            for (const auto& sample : s.parsed.scrape.samplesOf(f))
                sum += sample.value;
        }
    }
    return sum;
}

// The finite upper bounds of gatehoused's latency histogram, as it exports them.
std::vector<double> latencyBounds(const DirectScrape& s)
{
    std::set<double> bounds;
    for (const auto& f : s.parsed.scrape.families) {
        if (f.name != "gatehouse_request_duration_seconds")
            continue;
        for (const auto& sample : s.parsed.scrape.samplesOf(f)) {
            for (const auto& l : s.parsed.scrape.labelsOf(sample)) {
                if (l.name == "le" && l.rawValue != "+Inf")
                    bounds.insert(std::stod(std::string(l.rawValue)));
            }
        }
    }
    return {bounds.begin(), bounds.end()};
}

// The bucket a value falls in: the first bound it does not exceed (bounds.size() for +Inf).
int bucketOf(double v, const std::vector<double>& bounds)
{
    return int(std::lower_bound(bounds.begin(), bounds.end(), v) - bounds.begin());
}

QString bucketText(int index, const std::vector<double>& bounds)
{
    const QString lower = index == 0 ? QStringLiteral("0") : QString::number(bounds[size_t(index - 1)]);
    const QString upper =
        size_t(index) < bounds.size() ? QString::number(bounds[size_t(index)]) : QStringLiteral("+Inf");
    return QStringLiteral("(%1, %2]").arg(lower, upper);
}

struct Answer
{
    bool finished = false;
    bool ok = false;
    PrometheusFailure failure = PrometheusFailure::None;
    QString error;
    std::optional<PrometheusApiError> api;
    PrometheusResult result;
    int finishedCount = 0;
};

Answer await(PrometheusReply* reply, int timeoutMs = 60000)
{
    Answer a;
    QObject context;
    QObject::connect(reply, &PrometheusReply::finished, &context, [&a, reply] {
        ++a.finishedCount;
        a.finished = true;
        a.ok = reply->ok();
        a.failure = reply->failure();
        a.error = reply->errorString();
        a.api = reply->apiError();
        if (a.ok)
            a.result = reply->takeResult();
    });
    if (!QTest::qWaitFor([&a] { return a.finished; }, timeoutMs))
        a.error = QStringLiteral("test: no answer within %1 ms").arg(timeoutMs);
    return a;
}

// instance → the value of each series of an instant query.
std::map<QString, double> byInstance(const PrometheusResult& result)
{
    std::map<QString, double> out;
    for (const PrometheusSeries& s : result.series) {
        if (!s.points.empty())
            out[s.label(QStringLiteral("instance"))] = s.points.back().value;
    }
    return out;
}

} // namespace

class TestFleetMode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<GatehousedProcess>> m_gateways;
    std::vector<quint16> m_ports;
    std::unique_ptr<ServerProcess> m_prometheus;
    quint16 m_prometheusPort = 0;
    MetricProfile m_profile; // gatehoused's
    std::vector<MetricProfile> m_allProfiles;
    QNetworkAccessManager m_network;
    std::map<int, int> m_statuses; // HTTP status → count, of the chat requests sent
    int m_pending = 0;

    QString instance(int i) const { return QStringLiteral("127.0.0.1:%1").arg(m_ports[size_t(i)]); }

    PrometheusEndpoint endpoint(int timeoutMs = 30000) const
    {
        PrometheusEndpoint e;
        e.name = QStringLiteral("Test Prometheus");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort));
        e.scrapeIntervalSeconds = 1;
        e.timeoutMs = timeoutMs;
        return e;
    }

    void chat(quint16 port, const QString& model, const QString& question)
    {
        QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        r.setTransferTimeout(30000);
        const QJsonObject body{
            {"model", model},
            {"temperature", 0},
            {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}};
        ++m_pending;
        QNetworkReply* reply = m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            ++m_statuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
            --m_pending;
            reply->deleteLater();
        });
    }

    // Prometheus's latest sample of every instance's request count equals what `scrapes` counted;
    // `atMs` is when it was asked.
    bool prometheusHasCounted(const std::vector<std::unique_ptr<DirectScrape>>& scrapes,
                              PrometheusClient& client, qint64 atMs, QString& last)
    {
        const Answer a = await(client.query(
            QStringLiteral("sum by (instance) (gatehouse_requests_total{job=\"gatehoused\"})"), atMs));
        if (!a.ok) {
            last = a.error;
            return false;
        }
        const auto counted = byInstance(a.result);
        last.clear();
        for (const auto& [i, v] : counted)
            last += QStringLiteral("%1=%2 ").arg(i).arg(v);
        for (int i = 0; i < gatewayCount; ++i) {
            const auto it = counted.find(instance(i));
            if (it == counted.end() ||
                it->second != familyTotal(*scrapes[size_t(i)], "gatehouse_requests_total"))
                return false;
        }
        return true;
    }

    std::vector<std::unique_ptr<DirectScrape>> scrapeAll()
    {
        std::vector<std::unique_ptr<DirectScrape>> all;
        for (const quint16 port : m_ports)
            all.push_back(scrape(port));
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString prometheus =
            serverProgram(QStringLiteral("prometheus"), QStringLiteral("/usr/bin/prometheus"));
        QVERIFY2(!prometheus.isEmpty(),
                 "prometheus is not installed; ./dev test installs it (Debian: apt install prometheus)");
        const ProfileSet profiles = loadProfiles(QString());
        m_allProfiles = profiles.profiles;
        for (const MetricProfile& p : profiles.profiles) {
            if (p.id == QLatin1String("gatehoused"))
                m_profile = p;
        }
        QCOMPARE(m_profile.id, QStringLiteral("gatehoused"));

        for (int i = 0; i < gatewayCount; ++i) {
            const QString config =
                writeFile(m_dir, QStringLiteral("gatehoused-%1.toml").arg(i),
                          gatewayConfig(m_dir.filePath(QStringLiteral("state-%1").arg(i))));
            m_gateways.push_back(std::make_unique<GatehousedProcess>(
                QStringLiteral(GATEHOUSED_PATH), QStringList{QStringLiteral("--config"), config}));
        }
        for (auto& g : m_gateways) {
            const quint16 port = g->waitForPort();
            QVERIFY2(port != 0, qPrintable(g->log()));
            m_ports.push_back(port);
        }

        QStringList targets;
        for (const quint16 port : m_ports)
            targets << QStringLiteral("\"127.0.0.1:%1\"").arg(port);
        const QString config = writeFile(m_dir, QStringLiteral("prometheus.yml"),
                                         QStringLiteral("global:\n"
                                                        "  scrape_interval: 1s\n"
                                                        "  scrape_timeout: 1s\n"
                                                        "scrape_configs:\n"
                                                        "  - job_name: gatehoused\n"
                                                        "    static_configs:\n"
                                                        "      - targets: [%1]\n")
                                             .arg(targets.join(QStringLiteral(", ")))
                                             .toUtf8());
        m_prometheusPort = deadPort();
        m_prometheus = std::make_unique<ServerProcess>(
            QStringLiteral("prometheus"), prometheus,
            QStringList{QStringLiteral("--config.file=") + config,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)},
            m_dir.filePath(QStringLiteral("prometheus.log")));
        QString problem;
        QVERIFY2(m_prometheus->waitForPort(m_prometheusPort, problem), qPrintable(problem));
        QTRY_VERIFY2_WITH_TIMEOUT(request(m_prometheusPort, "GET", "/-/ready").status == 200,
                                  qPrintable("Prometheus is not ready: " + m_prometheus->output()), 30000);

        // Every series exists at both ends of the windows compared below: one request of each
        // kind per gatehoused first (the hit after the answer it repeats was stored).
        for (const quint16 port : m_ports) {
            chat(port, QStringLiteral("gatehouse-demo"), QStringLiteral("What is a gateway?"));
            chat(port, QStringLiteral("no-such-model"), QStringLiteral("Anyone?"));
            chat(port, QStringLiteral("gatehouse-failing"), QStringLiteral("Will this fail?"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_pending, 0, 30000);
        for (const quint16 port : m_ports)
            chat(port, QStringLiteral("gatehouse-demo"), QStringLiteral("What is a gateway?"));
        QTRY_COMPARE_WITH_TIMEOUT(m_pending, 0, 30000);
        QCOMPARE(m_statuses[200], 2 * gatewayCount);
        QCOMPARE(m_statuses[404], gatewayCount);
        QCOMPARE(m_statuses[503], gatewayCount);
    }

    void cleanupTestCase()
    {
        m_prometheus.reset();
        for (auto& g : m_gateways) {
            if (g->process().state() == QProcess::Running)
                QCOMPARE(g->stop(), 0);
        }
    }

    // The heart of fleet mode: what Prometheus says about each gatehoused is what polling it says.
    void pollingAndPrometheusAgree()
    {
        PrometheusClient client(endpoint(), nullptr);
        const std::vector<std::unique_ptr<DirectScrape>> warm = scrapeAll();
        QString last;
        QTRY_VERIFY2_WITH_TIMEOUT(
            prometheusHasCounted(warm, client, QDateTime::currentMSecsSinceEpoch(), last),
            qPrintable("Prometheus has not scraped the warm-up: " + last), 30000);
        // A quiet stretch of a few scrapes: the window compared below starts inside it, after the
        // warm-up and before the traffic, so both sides count exactly the traffic.
        QTest::qWait(2500);
        const std::vector<std::unique_ptr<DirectScrape>> before = scrapeAll();
        const double windowStart = before.front()->seconds - 1.0;

        // The traffic, spread over a few seconds so that Prometheus sees it arrive.
        m_statuses.clear();
        std::vector<std::pair<int, int>> plan; // (gateway, k)
        for (int k = 0; k < perGateway; ++k) {
            for (int g = 0; g < gatewayCount; ++g)
                plan.emplace_back(g, k);
        }
        size_t next = 0;
        QTimer pace;
        connect(&pace, &QTimer::timeout, this, [&] {
            for (int burst = 0; burst < 3 && next < plan.size(); ++burst, ++next) {
                const auto [g, k] = plan[next];
                const quint16 port = m_ports[size_t(g)];
                const int slot = k % 10; // 6 answered, 2 hits, 1 unknown model, 1 failing in every 10
                if (slot < 6)
                    chat(port, QStringLiteral("gatehouse-demo"),
                         QStringLiteral("Question %1 to gateway %2: %3")
                             .arg(k)
                             .arg(g)
                             .arg(QString(k % 7 + 1, 'x')));
                else if (slot < 8)
                    chat(port, QStringLiteral("gatehouse-demo"), QStringLiteral("What is a gateway?"));
                else if (slot == 8)
                    chat(port, QStringLiteral("no-such-model"), QStringLiteral("Anyone?"));
                else
                    chat(port, QStringLiteral("gatehouse-failing"), QStringLiteral("Will this fail?"));
            }
            if (next == plan.size())
                pace.stop();
        });
        pace.start(200);
        QTRY_VERIFY_WITH_TIMEOUT(next == plan.size() && m_pending == 0, 60000);
        QCOMPARE(m_statuses[200], (answered + cacheHits) * gatewayCount);
        QCOMPARE(m_statuses[404], unknownModel * gatewayCount);
        QCOMPARE(m_statuses[503], failing * gatewayCount);

        const std::vector<std::unique_ptr<DirectScrape>> after = scrapeAll();
        qint64 caughtUpMs = 0;
        QTRY_VERIFY2_WITH_TIMEOUT(
            prometheusHasCounted(after, client, caughtUpMs = QDateTime::currentMSecsSinceEpoch(), last),
            qPrintable("Prometheus has not scraped the traffic: " + last), 30000);
        // When Prometheus last scraped each gatehoused: that sample holds all of the traffic.
        const Answer stamps =
            await(client.query(QStringLiteral("timestamp(up{job=\"gatehoused\"})"), caughtUpMs));
        QVERIFY2(stamps.ok, qPrintable(stamps.error));
        const auto lastSample = byInstance(stamps.result);

        // Per instance: the window from half a scrape before a sample inside the quiet stretch to half
        // a scrape after the last one (see extrapolationBound).
        struct Evaluation
        {
            qint64 sampledSeconds = 0; // last − first sample in the window
            std::map<QString, double> values;
        };
        std::map<QString, Evaluation> fromPrometheus; // instance → signal → value
        for (int i = 0; i < gatewayCount; ++i) {
            QVERIFY2(lastSample.count(instance(i)), qPrintable(instance(i)));
            const double lastSeconds = lastSample.at(instance(i));
            Evaluation& e = fromPrometheus[instance(i)];
            e.sampledSeconds = qint64(std::floor(lastSeconds - windowStart));
            const qint64 atMs = qint64(std::llround((lastSeconds + 0.5) * 1000));
            for (const char* signal :
                 {"latency_p95", "request_rate", "error_ratio", "error_ratio_4xx", "cache_hit_ratio"}) {
                const QString promql = fleetSignalPromql(std::span(&m_profile, 1), QLatin1String(signal),
                                                         e.sampledSeconds + 1, {jobMatcher("gatehoused")})
                                           .value();
                const Answer a = await(client.query(promql, atMs));
                QVERIFY2(a.ok, qPrintable(a.error));
                QCOMPARE(a.result.series.size(), size_t(gatewayCount)); // one per instance
                for (const PrometheusSeries& series : a.result.series)
                    QCOMPARE(series.label(QStringLiteral("job")), QStringLiteral("gatehoused"));
                e.values[QLatin1String(signal)] = byInstance(a.result).at(instance(i));
            }
        }

        const SignalCalculator calculator(m_profile);
        for (int i = 0; i < gatewayCount; ++i) {
            const TimedScrape both[] = {{before[size_t(i)]->seconds, &before[size_t(i)]->parsed.scrape},
                                        {after[size_t(i)]->seconds, &after[size_t(i)]->parsed.scrape}};
            std::map<QString, double> direct;
            for (const SignalValue& v : calculator.compute(both)) {
                if (v.value)
                    direct[v.id] = *v.value;
            }
            const double seconds = both[1].seconds - both[0].seconds + 0.001; // the calculator's range
            const Evaluation& e = fromPrometheus.at(instance(i));
            const double bound = extrapolationBound(double(e.sampledSeconds + 1));
            auto prometheus = [&](const char* signal) { return e.values.at(QLatin1String(signal)); };

            // Requests: polling counts the traffic exactly (its range starts 1 ms before the first
            // scrape, which rate() extrapolates over); Prometheus within `bound`.
            const double directCount = direct.at(QStringLiteral("request_rate")) * seconds;
            const double directExpected = perGateway * seconds / (seconds - 0.001);
            QVERIFY2(std::abs(directCount - directExpected) < 1e-6,
                     qPrintable(QStringLiteral("%1 of %2").arg(directCount).arg(directExpected)));
            const double prometheusCount = prometheus("request_rate") * double(e.sampledSeconds);
            QVERIFY2(std::abs(prometheusCount - perGateway) <= perGateway * bound,
                     qPrintable(QStringLiteral("%1: Prometheus counted %2 requests, polling %3 (bound %4%)")
                                    .arg(instance(i))
                                    .arg(prometheusCount)
                                    .arg(directCount)
                                    .arg(bound * 100)));

            // Ratios: numerator and denominator each within `bound`, so the ratio within about twice.
            const std::pair<const char*, double> ratios[] = {
                {"error_ratio", double(failing) / perGateway},
                {"error_ratio_4xx", double(unknownModel) / perGateway},
                {"cache_hit_ratio", -1}};
            for (const auto& [signal, expected] : ratios) {
                const double d = direct.at(QLatin1String(signal));
                if (expected >= 0)
                    QVERIFY2(std::abs(d - expected) < 1e-9,
                             qPrintable(QStringLiteral("%1 %2").arg(signal).arg(d)));
                const double p = prometheus(signal);
                QVERIFY2(std::abs(p - d) <= d * 2 * bound / (1 - bound) + 1e-9,
                         qPrintable(QStringLiteral("%1 %2: polling %3, Prometheus %4")
                                        .arg(instance(i), signal)
                                        .arg(d)
                                        .arg(p)));
            }

            // p95: both from the same histogram, rates of each bucket then the quantile; they may
            // differ only through the per-bucket extrapolation, which keeps them within one bucket.
            const std::vector<double> bounds = latencyBounds(*after[size_t(i)]);
            QVERIFY(bounds.size() > 5);
            const double dp95 = direct.at(QStringLiteral("latency_p95"));
            const double pp95 = prometheus("latency_p95");
            const int db = bucketOf(dp95, bounds);
            const int pb = bucketOf(pp95, bounds);
            qInfo(
                "%s: p95 polling %.6f s in %s, Prometheus %.6f s in %s; requests %d / %.3f; 4xx ratio %.4f / "
                "%.4f; cache hits %.4f / %.4f; samples over %lld s",
                qPrintable(instance(i)), dp95, qPrintable(bucketText(db, bounds)), pp95,
                qPrintable(bucketText(pb, bounds)), perGateway, prometheusCount,
                direct.at(QStringLiteral("error_ratio_4xx")), prometheus("error_ratio_4xx"),
                direct.at(QStringLiteral("cache_hit_ratio")), prometheus("cache_hit_ratio"),
                e.sampledSeconds);
            QVERIFY2(std::abs(db - pb) <= 1,
                     qPrintable(QStringLiteral("%1: p95 polling %2 in %3, Prometheus %4 in %5")
                                    .arg(instance(i))
                                    .arg(dp95)
                                    .arg(bucketText(db, bounds))
                                    .arg(pp95)
                                    .arg(bucketText(pb, bounds))));
        }
    }

    // Every signal of every profile, alone and all together, is PromQL this server runs.
    void everyGeneratedQueryRuns()
    {
        PrometheusClient client(endpoint(), nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QueryRange range = chooseQueryRange(now - 120000, now, 200, 1);
        std::vector<std::pair<QString, QString>> queries; // (what, PromQL)
        for (const QString& signal : allFleetSignalIds()) {
            if (auto q = fleetSignalPromql(m_allProfiles, signal, 60))
                queries.emplace_back(QStringLiteral("auto ") + signal, *q);
            for (const MetricProfile& p : m_allProfiles) {
                if (auto q = fleetSignalPromql(std::span(&p, 1), signal, 60, {jobMatcher("gatehoused")}))
                    queries.emplace_back(p.id + QLatin1Char(' ') + signal, *q);
            }
        }
        QVERIFY(queries.size() > 80);
        for (const auto& [what, promql] : queries) {
            const Answer a = await(client.queryRange(promql, range));
            QVERIFY2(a.ok, qPrintable(what + ": " + a.error));
        }
    }

    // What a dashboard calls: one series per instance, on the grid the chart's width asks for.
    void aDashboardReadsOneSeriesPerInstance()
    {
        FleetSource fleet(endpoint(), m_allProfiles, nullptr);
        fleet.setExtraMatchers({jobMatcher(QStringLiteral("gatehoused"))});
        QVERIFY(fleet.signalIds().contains(QStringLiteral("latency_p95")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const std::optional<FleetQuery> plan =
            fleet.plan(QStringLiteral("request_rate"), now - 300000, now, 100);
        QVERIFY(plan);
        QCOMPARE(plan->range.step, 3); // 300 s on 100 px
        QCOMPARE(plan->rateWindowSeconds, 4);

        const Answer a = await(fleet.read(*plan));
        QVERIFY2(a.ok, qPrintable(a.error));
        QSet<QString> instances;
        for (const PrometheusSeries& s : a.result.series) {
            instances.insert(s.label(QStringLiteral("instance")));
            QVERIFY(!s.points.empty());
            QVERIFY(qint64(s.points.size()) <= plan->range.points());
            for (const PrometheusPoint& p : s.points)
                QCOMPARE(p.ms % (plan->range.step * 1000), 0); // on the aligned grid
        }
        QCOMPARE(instances, (QSet<QString>{instance(0), instance(1), instance(2)}));

        const Answer up = await(fleet.readLatest(QStringLiteral("up"), QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(up.ok, qPrintable(up.error));
        const auto upValues = byInstance(up.result);
        QCOMPARE(upValues.size(), size_t(gatewayCount));
        for (const auto& [i, v] : upValues)
            QCOMPARE(v, 1.0);
        QVERIFY(!fleet.readSignal(QStringLiteral("no_such_signal"), now - 60000, now, 100));
    }

    void ctlQueryPrintsOneSeriesPerInstance()
    {
        auto ctl = [](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(GATEHOUSECTL_PATH), args);
            p.waitForFinished(60000);
            return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort);
        {
            const auto [code, out, err] =
                ctl({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("query"),
                     QStringLiteral("--url"), url, QStringLiteral("--signal"), QStringLiteral("latency_p95"),
                     QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--scrape-interval"),
                     QStringLiteral("1s"), QStringLiteral("--job"), QStringLiteral("gatehoused")});
            QVERIFY2(code == 0, err.constData());
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            QCOMPARE(o.value("signal").toString(), QStringLiteral("latency_p95"));
            QCOMPARE(o.value("unit").toString(), QStringLiteral("seconds"));
            QCOMPARE(o.value("step_s").toInt(), 1);
            QVERIFY(o.value("query").toString().startsWith(QStringLiteral("histogram_quantile(0.95")));
            const QJsonArray series = o.value("series").toArray();
            QSet<QString> instances;
            for (const QJsonValue s : series) {
                instances.insert(s.toObject().value("instance").toString());
                const QJsonArray points = s.toObject().value("points").toArray();
                QVERIFY(!points.isEmpty());
                QVERIFY(points.size() <= 121);
                bool anyValue = false;
                for (const QJsonValue p : points)
                    anyValue = anyValue || p.toArray().at(1).toDouble() > 0;
                QVERIFY(anyValue);
            }
            QCOMPARE(series.size(), gatewayCount);
            QCOMPARE(instances, (QSet<QString>{instance(0), instance(1), instance(2)}));
        }
        {
            // From the registry, in words: a line per instance.
            const auto [addCode, addOut, addErr] =
                ctl({QStringLiteral("gateway"), QStringLiteral("add"), QStringLiteral("Fleet Prometheus"),
                     QStringLiteral("--kind"), QStringLiteral("prometheus"), QStringLiteral("--url"), url,
                     QStringLiteral("--poll-interval"), QStringLiteral("1")});
            QVERIFY2(addCode == 0, addErr.constData());
            const auto [code, out, err] =
                ctl({QStringLiteral("metrics"), QStringLiteral("query"), QStringLiteral("--target"),
                     QStringLiteral("Fleet Prometheus"), QStringLiteral("--signal"),
                     QStringLiteral("error_ratio_4xx"), QStringLiteral("--range"), QStringLiteral("5m")});
            QVERIFY2(code == 0, err.constData());
            const QString text = QString::fromUtf8(out);
            QVERIFY2(text.contains(QStringLiteral("Prometheus server \"Fleet Prometheus\"")),
                     qPrintable(text));
            for (int i = 0; i < gatewayCount; ++i)
                QVERIFY2(text.contains(instance(i) + QLatin1Char(' ')), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("%")), qPrintable(text)); // ratios as percentages
        }
        {
            const auto [code, out, err] =
                ctl({QStringLiteral("metrics"), QStringLiteral("query"), QStringLiteral("--url"), url,
                     QStringLiteral("--signal"), QStringLiteral("latency_p96")});
            QCOMPARE(code, 2);
            QVERIFY2(err.contains("no signal 'latency_p96'") && err.contains("latency_p95"), err.constData());
        }
        {
            const auto [code, out, err] =
                ctl({QStringLiteral("metrics"), QStringLiteral("query"), QStringLiteral("--url"),
                     QStringLiteral("http://127.0.0.1:%1").arg(deadPort()), QStringLiteral("--signal"),
                     QStringLiteral("up")});
            QCOMPARE(code, 1);
            QVERIFY2(
                err.startsWith("gatehousectl: The query \"max by (job, instance) (up)\" to Prometheus server "
                               "http://127.0.0.1:") &&
                    err.contains("refused the connection; is Prometheus running there?") &&
                    err.count('\n') == 1,
                err.constData());
        }
        {
            const auto [code, out, err] = ctl({QStringLiteral("--help")});
            QCOMPARE(code, 0);
            QVERIFY(out.contains("metrics query (--target NAME | --url URL) --signal SIGNAL"));
            for (const QString& signal : allFleetSignalIds())
                QVERIFY2(out.contains(signal.toUtf8()), qPrintable(signal));
        }
    }

    void apiErrorsNameTheServerTheQueryAndTheReason()
    {
        PrometheusClient client(endpoint(), nullptr);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QueryRange range = chooseQueryRange(now - 60000, now, 0, 1);
        const QString server = QStringLiteral("Prometheus server \"Test Prometheus\" (http://127.0.0.1:%1)")
                                   .arg(m_prometheusPort);

        Answer a = await(client.queryRange(QStringLiteral("sum(rate(gatehouse_requests_total[1m])"), range));
        QCOMPARE(int(a.failure), int(PrometheusFailure::Api));
        QCOMPARE(a.api->errorType, QStringLiteral("bad_data"));
        QCOMPARE(a.api->httpStatus, 400);
        QVERIFY2(a.error.startsWith(
                     QStringLiteral("The query \"sum(rate(gatehouse_requests_total[1m])\" to ") + server +
                     QStringLiteral(" failed: the server refused it with bad_data (HTTP 400): ")) &&
                     a.error.contains(QStringLiteral("check the query")),
                 qPrintable(a.error));

        // More than 11,000 steps (chooseQueryRange never asks for that; a hand-made grid can).
        a = await(client.queryRange(QStringLiteral("up"), QueryRange{range.start - 20000, range.start, 1}));
        qInfo("%s", qPrintable(a.error));
        QCOMPARE(int(a.failure), int(PrometheusFailure::Api));
        QVERIFY2(a.error.contains(QStringLiteral("11,000")), qPrintable(a.error));

        // An evaluation error: the right side of `/ on()` has one series per instance.
        a = await(client.query(QStringLiteral("up / on() up"), now));
        qInfo("%s", qPrintable(a.error));
        QCOMPARE(int(a.failure), int(PrometheusFailure::Api));
        QCOMPARE(a.api->errorType, QStringLiteral("execution"));
        QCOMPARE(a.api->httpStatus, 422);
        QVERIFY2(a.error.contains(QStringLiteral("narrow the selection")), qPrintable(a.error));

        // Not the API: the server's root has no such path.
        PrometheusEndpoint wrongPath = endpoint();
        wrongPath.url.setPath(QStringLiteral("/prometheus"));
        PrometheusClient lost(wrongPath, nullptr);
        a = await(lost.query(QStringLiteral("up"), now));
        qInfo("%s", qPrintable(a.error));
        QCOMPARE(int(a.failure), int(PrometheusFailure::Http));
        QVERIFY2(a.error.contains(QStringLiteral("HTTP 404")), qPrintable(a.error));
    }

    void aSilentServerTimesOutAndAQueryCanBeCancelled()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PrometheusEndpoint e = endpoint(1500);
        e.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        PrometheusClient client(e, nullptr);
        QElapsedTimer clock;
        clock.start();
        const Answer a = await(client.query(QStringLiteral("up"), QDateTime::currentMSecsSinceEpoch()));
        qInfo("%s", qPrintable(a.error));
        QCOMPARE(int(a.failure), int(PrometheusFailure::Timeout));
        QVERIFY2(a.error.contains(QStringLiteral("no complete answer within 1.5 s")), qPrintable(a.error));
        QVERIFY(clock.elapsed() < 10000);

        PrometheusReply* reply = client.query(QStringLiteral("up"), QDateTime::currentMSecsSinceEpoch());
        int finished = 0;
        PrometheusFailure failure = PrometheusFailure::None;
        connect(reply, &PrometheusReply::finished, this, [&] {
            ++finished;
            failure = reply->failure();
        });
        QTest::qWait(100);
        reply->cancel();
        QCOMPARE(finished, 1);
        QCOMPARE(int(failure), int(PrometheusFailure::Cancelled));
        QTest::qWait(2000); // past the timeout: nothing more arrives
        QCOMPARE(finished, 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetMode)
#include "tst_fleetmode.moc"
