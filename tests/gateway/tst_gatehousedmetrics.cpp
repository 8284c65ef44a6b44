// GET /metrics and GET /readyz of a real gatehoused on 127.0.0.1: chat requests sent through it
// show up in the counters and histograms a Prometheus server would scrape, and readiness follows
// the upstreams' circuit breakers.

#include "core/promtext/Escapes.h"
#include "core/promtext/Scrape.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace {

using namespace gatehouse::test;

QByteArray chatBody(const char* model, bool stream)
{
    QJsonObject body{{"model", model},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Count my tokens"}}}}};
    if (stream) {
        body["stream"] = true;
        body["stream_options"] = QJsonObject{{"include_usage", true}};
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// One scrape, parsed with the project's own parser.
class Metrics
{
public:
    explicit Metrics(QByteArray text)
        : m_text(std::move(text))
    {
        auto result = gatehouse::promtext::parseScrape(std::string_view(m_text.constData(), m_text.size()),
                                                       gatehouse::promtext::Format::Prometheus004);
        m_scrape = std::move(result.scrape);
        if (result.error)
            m_error = QString::fromStdString(result.error->toString());
    }

    QString error() const { return m_error; }
    gatehouse::promtext::MetricType type(const char* family) const
    {
        const auto* found = m_scrape.family(family);
        return found ? found->type : gatehouse::promtext::MetricType::Unknown;
    }
    bool hasFamily(const char* family) const { return m_scrape.family(family) != nullptr; }

    // The first sample named `name` whose labels include all of `labels`.
    std::optional<double> value(std::string_view name,
                                const std::map<std::string, std::string>& labels = {}) const
    {
        for (const auto& sample : m_scrape.samples) {
            if (sample.name != name)
                continue;
            std::map<std::string, std::string> have;
            for (const auto& label : m_scrape.labelsOf(sample))
                have[std::string(label.name)] = gatehouse::promtext::unescapeLabelValue(
                    label.rawValue, gatehouse::promtext::Format::Prometheus004);
            bool match = true;
            for (const auto& [key, wanted] : labels)
                match = match && have.count(key) && have[key] == wanted;
            if (match)
                return sample.value;
        }
        return std::nullopt;
    }

private:
    QByteArray m_text;
    gatehouse::promtext::Scrape m_scrape;
    QString m_error;
};

} // namespace

class TestGatehousedMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = writeFile(m_dir, "gateway.toml", R"(
[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[models]]
name = "chat"
upstreams = ["fast"]
)");
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void chatRequestsAreCountedAndTimed()
    {
        for (int i = 0; i < 2; ++i)
            QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat", false)).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat", true)).status, 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("no-such-model", false)).status,
                 404);

        const HttpResult scrape = request(m_port, "GET", "/metrics");
        QCOMPARE(scrape.status, 200);
        QCOMPARE(scrape.headers.value("content-type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const Metrics metrics(scrape.body);
        QVERIFY2(metrics.error().isEmpty(), qPrintable(metrics.error()));

        using gatehouse::promtext::MetricType;
        QCOMPARE(metrics.type("gatehouse_requests_total"), MetricType::Counter);
        QCOMPARE(metrics.value("gatehouse_requests_total", {{"route", "/v1/chat/completions"},
                                                            {"model", "chat"},
                                                            {"upstream", "fast"},
                                                            {"code", "200"}}),
                 std::optional(5.0));
        // The unknown model is counted, without its name becoming a label value.
        QCOMPARE(metrics.value("gatehouse_requests_total", {{"model", ""}, {"code", "404"}}),
                 std::optional(1.0));

        QCOMPARE(metrics.type("gatehouse_request_duration_seconds"), MetricType::Histogram);
        QCOMPARE(metrics.value("gatehouse_request_duration_seconds_count", {{"model", "chat"}}),
                 std::optional(5.0));
        QCOMPARE(
            metrics.value("gatehouse_request_duration_seconds_bucket", {{"model", "chat"}, {"le", "+Inf"}}),
            std::optional(5.0));
        QCOMPARE(metrics.type("gatehouse_upstream_duration_seconds"), MetricType::Histogram);
        QCOMPARE(metrics.value("gatehouse_upstream_duration_seconds_count", {{"upstream", "fast"}}),
                 std::optional(5.0));
        QCOMPARE(metrics.type("gatehouse_overhead_seconds"), MetricType::Histogram);
        QCOMPARE(metrics.value("gatehouse_overhead_seconds_count"), std::optional(6.0));
        // Time to first token: for the streams only.
        QCOMPARE(metrics.type("gatehouse_time_to_first_token_seconds"), MetricType::Histogram);
        QCOMPARE(metrics.value("gatehouse_time_to_first_token_seconds_count", {{"model", "chat"}}),
                 std::optional(3.0));

        QCOMPARE(metrics.type("gatehouse_tokens_total"), MetricType::Counter);
        const auto prompt = metrics.value("gatehouse_tokens_total", {{"model", "chat"}, {"kind", "prompt"}});
        const auto completion =
            metrics.value("gatehouse_tokens_total", {{"model", "chat"}, {"kind", "completion"}});
        QVERIFY(prompt && *prompt > 0);
        QVERIFY(completion && *completion > 0);

        QCOMPARE(metrics.type("gatehouse_in_flight_requests"), MetricType::Gauge);
        QCOMPARE(metrics.value("gatehouse_in_flight_requests"), std::optional(0.0));
        QCOMPARE(metrics.value("gatehouse_upstream_up", {{"upstream", "fast"}}), std::optional(1.0));
        QCOMPARE(metrics.value("gatehouse_upstream_circuit_state", {{"upstream", "fast"}}),
                 std::optional(0.0));

        for (const char* name : {"process_cpu_seconds_total", "process_resident_memory_bytes",
                                 "process_start_time_seconds", "process_open_fds"})
            QVERIFY2(metrics.hasFamily(name), name);
        QVERIFY(*metrics.value("process_resident_memory_bytes") > 0);
        QVERIFY(*metrics.value("process_open_fds") > 0);
    }

    void readyWhenAnUpstreamIsUsable()
    {
        const HttpResult ready = request(m_port, "GET", "/readyz");
        QCOMPARE(ready.status, 200);
        QCOMPARE(QJsonDocument::fromJson(ready.body).object().value("status").toString(), QString("ready"));
    }

    void notReadyWhenTheOnlyUpstreamsCircuitIsOpen()
    {
        const QByteArray dead = "http://127.0.0.1:" + QByteArray::number(deadPort()) + "/v1";
        const QString config = writeFile(m_dir, "dead.toml", R"(
[retry]
attempts_per_upstream = 1

[circuit_breaker]
failure_threshold = 1
open_ms = 600000

[[upstreams]]
name = "dead"
kind = "openai"
base_url = ")" + dead + R"("

[[models]]
name = "chat"
upstreams = ["dead"]
)");
        gatehouse::test::GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port != 0, qPrintable(gateway.log().right(1200)));
        QCOMPARE(request(port, "GET", "/readyz").status, 200); // nothing failed yet

        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("chat", false)).status, 502);

        const HttpResult notReady = request(port, "GET", "/readyz");
        QCOMPARE(notReady.status, 503);
        QCOMPARE(notReady.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject error = QJsonDocument::fromJson(notReady.body).object().value("error").toObject();
        QCOMPARE(error.keys(), (QStringList{"code", "message", "param", "type"}));
        QCOMPARE(error.value("code").toString(), QString("no_upstream_available"));
        QVERIFY2(error.value("message").toString().contains("dead"),
                 qPrintable(error.value("message").toString()));

        const Metrics metrics(request(port, "GET", "/metrics").body);
        QVERIFY2(metrics.error().isEmpty(), qPrintable(metrics.error()));
        QCOMPARE(metrics.value("gatehouse_upstream_up", {{"upstream", "dead"}}), std::optional(0.0));
        QCOMPARE(metrics.value("gatehouse_upstream_circuit_state", {{"upstream", "dead"}}),
                 std::optional(2.0));
        QCOMPARE(metrics.value("gatehouse_requests_total", {{"model", "chat"}, {"code", "502"}}),
                 std::optional(1.0));
    }

    void cleanupTestCase() { m_gateway.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedMetrics)
#include "tst_gatehousedmetrics.moc"
