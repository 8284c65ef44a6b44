// Upstream faults on a real gatehoused: upstreams that break off, never answer, storm with 429 and
// 503, cannot be resolved or show a certificate for another host. Each case checks what the client
// gets (an OpenAI-shaped error with the right status, or an SSE error event once a stream has begun
// — never a silent truncation or an empty success), that retries stay bounded, and that the gateway
// goes on serving the next good request.
//
// Already covered elsewhere, so not repeated here:
//   tests/gateway/tst_gatehousedchat.cpp
//     upstreamDyingMidStreamEndsWithAnErrorEvent  (SIGKILLed gatehoused upstream mid-stream)
//     midStreamFailureEndsWithAnErrorEvent        (the demo breaking a stream: fail_after_chunks)
//     upstreamErrorsAreRetriedThenRelayed         (one 503 request: retried, then relayed)
//     deadUpstreamFailsOverToTheLiveOne           (connection refused → failover)
//     circuitOpensAfterRepeatedFailures           (502 then 503 with the circuit open)
//   tests/gateway/tst_gatehousedtls.cpp
//     httpsUpstreamWithoutTheCaFailsClearly       (certificate from an untrusted CA → 502 naming TLS)
//   tests/gateway/tst_gatehousedhealth.cpp
//     killedUpstreamLeavesAndComesBack            (health checks take a killed upstream out)

#include "tests/fault/ClearError.h"
#include "tests/fault/MisbehavingUpstream.h"
#include "tests/net/TestCertificates.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/MetricSum.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

namespace {

using namespace gatehouse::test;

constexpr int ioTimeoutMs = 30000; // a safety limit only: ASan builds on a busy machine are slow
constexpr int stormSize = 12;
constexpr int attemptsPerUpstream = 2;

QByteArray chatBody(const QByteArray& model, bool stream)
{
    QJsonObject body{{"model", QString::fromUtf8(model)},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Are you there?"}}}}};
    if (stream)
        body["stream"] = true;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray sseEvent(const QString& content)
{
    const QJsonObject chunk{
        {"id", "chatcmpl-fault"},
        {"object", "chat.completion.chunk"},
        {"created", 1},
        {"model", "broken"},
        {"choices", QJsonArray{QJsonObject{{"index", 0}, {"delta", QJsonObject{{"content", content}}}}}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

// The last chunk of an answer: no content, finish_reason "stop".
QByteArray sseFinish()
{
    const QJsonObject chunk{
        {"id", "chatcmpl-fault"},
        {"object", "chat.completion.chunk"},
        {"created", 1},
        {"model", "broken"},
        {"choices",
         QJsonArray{QJsonObject{{"index", 0}, {"delta", QJsonObject{}}, {"finish_reason", "stop"}}}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray chunked(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

const QByteArray completion =
    R"({"id":"chatcmpl-fault","object":"chat.completion","created":1,)"
    R"("model":"broken","choices":[{"index":0,"message":{"role":"assistant",)"
    R"("content":"This answer is complete only on paper"},"finish_reason":"stop"}]})";

QByteArray upstreamTable(const QByteArray& name, const QByteArray& baseUrl, const QByteArray& extra = {})
{
    return "\n[[upstreams]]\nname = \"" + name + "\"\nkind = \"openai\"\nbase_url = \"" + baseUrl +
           "\"\nfirst_byte_timeout_ms = 1500\nidle_timeout_ms = 1500\n" + extra;
}

QByteArray modelTable(const QByteArray& name, const QByteArray& upstreams)
{
    return "\n[[models]]\nname = \"" + name + "\"\nupstreams = " + upstreams + "\n";
}

QByteArray local(const QByteArray& demoModel)
{
    return "[{ name = \"local\", model = \"" + demoModel + "\" }]";
}

} // namespace

class TestFaultUpstream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstream = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", writeFile(m_dir, "upstream.toml", R"(
# Each request it gets is one attempt of the gateway: no retries or open circuits of its own.
[retry]
attempts_per_upstream = 1

[circuit_breaker]
failure_threshold = 1000

[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[upstreams]]
name = "limited"
kind = "demo"
first_token_ms = 0
error_rate = 1.0
error_status = 429
retry_after_s = 7

[[upstreams]]
name = "overloaded"
kind = "demo"
first_token_ms = 0
error_rate = 1.0
error_status = 503

[[models]]
name = "demo-fast"
upstreams = ["fast"]
[[models]]
name = "demo-429"
upstreams = ["limited"]
[[models]]
name = "demo-503"
upstreams = ["overloaded"]
)"),
                                                         "--listen", "127.0.0.1:0", "--workers", "2"});
        m_upstreamPort = m_upstream->waitForPort();
        QVERIFY2(m_upstreamPort, qPrintable(m_upstream->log().right(1500)));

        // A TLS upstream on 127.0.0.2 whose certificate (from a CA the gateway trusts) names only
        // localhost and 127.0.0.1.
        QString failure = generateTestPki(m_dir.filePath("pki"), m_pki);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_elsewhere = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config",
                        writeFile(m_dir, "elsewhere.toml",
                                  "[server]\ntls_cert = \"" + m_pki.serverCert.toUtf8() + "\"\ntls_key = \"" +
                                      m_pki.serverKey.toUtf8() +
                                      "\"\n\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\n\n"
                                      "[[models]]\nname = \"demo-fast\"\nupstreams = [\"d\"]\n"),
                        "--listen", "127.0.0.2:0"});
        QVERIFY2(m_elsewhere->waitForLog({"listening on https://127.0.0.2:"}),
                 qPrintable(m_elsewhere->log().right(1500)));
        const auto port = QRegularExpression("listening on https://127\\.0\\.0\\.2:(\\d+)")
                              .match(m_elsewhere->log())
                              .captured(1)
                              .toUtf8();

        // Close-delimited answers (no Content-Length, not chunked): only the end of the
        // connection says where they end, so a cut looks like an end.
        m_streamCut = std::make_unique<MisbehavingUpstream>(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" +
            sseEvent("Half ") + sseEvent("an "));
        // Some OpenAI-compatible servers end a whole answer without [DONE], after its finish_reason.
        m_noDone = std::make_unique<MisbehavingUpstream>(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" +
            sseEvent("All ") + sseEvent("here.") + sseFinish());
        m_answerCut = std::make_unique<MisbehavingUpstream>(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
            completion.left(completion.size() / 2));
        m_answerShort = std::make_unique<MisbehavingUpstream>(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(completion.size()) + "\r\n\r\n" + completion.left(completion.size() / 2));
        m_silent = std::make_unique<MisbehavingUpstream>(QByteArray(), MisbehavingUpstream::AfterReply::Hold);
        m_stalling = std::make_unique<MisbehavingUpstream>(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n" +
                chunked(sseEvent("Then ")) + chunked(sseEvent("nothing")),
            MisbehavingUpstream::AfterReply::Hold);
        for (const auto* broken : {m_streamCut.get(), m_noDone.get(), m_answerCut.get(), m_answerShort.get(),
                                   m_silent.get(), m_stalling.get()})
            QVERIFY(broken->port() != 0);

        const QByteArray up = "http://127.0.0.1:" + QByteArray::number(m_upstreamPort) + "/v1";
        const QByteArray config =
            "[retry]\nattempts_per_upstream = " + QByteArray::number(attemptsPerUpstream) +
            "\ninitial_backoff_ms = 10\nmax_backoff_ms = 100\n\n"
            // Never open: every attempt below must reach its upstream, so that they can be counted.
            "[circuit_breaker]\nfailure_threshold = 1000\n" +
            upstreamTable("local", up) + upstreamTable("local-storm", up) +
            upstreamTable("stream-cut", m_streamCut->baseUrl()) +
            upstreamTable("answer-cut", m_answerCut->baseUrl()) +
            upstreamTable("no-done", m_noDone->baseUrl()) +
            upstreamTable("answer-short", m_answerShort->baseUrl()) +
            upstreamTable("silent", m_silent->baseUrl()) + upstreamTable("stalling", m_stalling->baseUrl()) +
            upstreamTable("unresolvable", "http://nonexistent.invalid:8080/v1") +
            upstreamTable("elsewhere", "https://127.0.0.2:" + port + "/v1",
                          "ca_file = \"" + m_pki.caCert.toUtf8() + "\"\n") +
            modelTable("chat", local("demo-fast")) + modelTable("stream-cut", "[\"stream-cut\"]") +
            modelTable("answer-cut", "[\"answer-cut\"]") + modelTable("no-done", "[\"no-done\"]") +
            modelTable("answer-short", "[\"answer-short\"]") + modelTable("silent", "[\"silent\"]") +
            modelTable("stalling", "[\"stalling\"]") +
            modelTable("silent-then-live",
                       "[{ name = \"silent\", weight = 10 }, { name = \"local\", model = \"demo-fast\" }]") +
            modelTable("unresolvable", "[\"unresolvable\"]") +
            modelTable("elsewhere", "[{ name = \"elsewhere\", model = \"demo-fast\" }]") +
            modelTable("storm-429", "[{ name = \"local-storm\", model = \"demo-429\" }]") +
            modelTable("storm-503", "[{ name = \"local-storm\", model = \"demo-503\" }]");
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config", writeFile(m_dir, "gateway.toml", config), "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port, qPrintable(m_gateway->log().right(1500)));
    }

    void cleanup()
    {
        // Whatever failed before, the gateway answers the next good request.
        if (m_gateway && m_port)
            QVERIFY2(ask("chat").status == 200, qPrintable(m_gateway->log().right(1500)));
    }

    void streamCutWithoutFramingEndsWithAnErrorEvent()
    {
        const HttpResult result = ask("stream-cut", true);
        QVERIFY2(unclearStreamError(result, "upstream_stream_failed").isEmpty(),
                 qPrintable(unclearStreamError(result, "upstream_stream_failed")));
        QCOMPARE(result.events().size(), 3); // what came, then the error
        QVERIFY(result.events().at(1).contains("an "));
    }

    void streamEndingAfterItsFinishReasonWithoutDoneIsWhole()
    {
        const HttpResult result = ask("no-done", true);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        const QList<QByteArray> events = result.events();
        QCOMPARE(events.size(), 4); // two pieces, the finish, and the [DONE] clients wait for
        QVERIFY(events.at(2).contains("\"finish_reason\":\"stop\""));
        QCOMPARE(events.at(3), QByteArray("data: [DONE]"));
        QVERIFY(!result.body.contains("\"error\""));
        QVERIFY2(m_gateway->waitForLog({"200 model=no-done", "stream=yes"}),
                 qPrintable(m_gateway->log().right(1500)));
    }

    void stalledStreamEndsWithAnErrorEventAfterTheIdleTimeout()
    {
        const HttpResult result = ask("stalling", true);
        QVERIFY2(unclearStreamError(result, "upstream_stream_failed").isEmpty(),
                 qPrintable(unclearStreamError(result, "upstream_stream_failed")));
        QVERIFY2(errorMessage(result).contains("idle_timeout_ms"), qPrintable(errorMessage(result)));
    }

    void answerCutShortIs502()
    {
        for (auto* broken : {m_answerShort.get(), m_answerCut.get()}) {
            const int before = broken->connections();
            const QByteArray model = broken == m_answerShort.get() ? "answer-short" : "answer-cut";
            const HttpResult result = ask(model);
            QVERIFY2(unclearError(result, 502, "upstream_unavailable").isEmpty(),
                     qPrintable(model + ": " + unclearError(result, 502, "upstream_unavailable")));
            QCOMPARE(broken->connections() - before, attemptsPerUpstream);
        }
    }

    void upstreamKilledBeforeItAnswersIs502()
    {
        // Its own upstream: a gatehoused that takes 20 s over a whole answer, killed meanwhile.
        GatehousedProcess doomed(QStringLiteral(GATEHOUSED_PATH),
                                 {"--config",
                                  writeFile(m_dir, "doomed.toml",
                                            "[[upstreams]]\nname = \"d\"\nkind = \"demo\"\n"
                                            "first_token_ms = 20000\n\n"
                                            "[[models]]\nname = \"demo-slow\"\nupstreams = [\"d\"]\n"),
                                  "--listen", "127.0.0.1:0"});
        const quint16 doomedPort = doomed.waitForPort();
        QVERIFY2(doomedPort, qPrintable(doomed.log()));
        GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH),
            {"--config",
             writeFile(m_dir, "doomed-gateway.toml",
                       upstreamTable("doomed", "http://127.0.0.1:" + QByteArray::number(doomedPort) + "/v1") +
                           modelTable("slow", "[{ name = \"doomed\", model = \"demo-slow\" }]")),
             "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));

        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(socket.waitForConnected(ioTimeoutMs));
        const QByteArray body = chatBody("slow", false);
        socket.write(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(ioTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(doomedPort, "gatehouse_in_flight_requests"), 1.0, ioTimeoutMs);
        doomed.process().kill();
        QByteArray data;
        const QDeadlineTimer deadline(ioTimeoutMs);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(100);
            data += socket.readAll();
        }
        data += socket.readAll();
        const HttpResult result = parseResponse(data);
        QVERIFY2(unclearError(result, 502, "upstream_unavailable").isEmpty(),
                 qPrintable(unclearError(result, 502, "upstream_unavailable")));
        QVERIFY2(errorMessage(result).contains("upstream 'doomed'"), qPrintable(errorMessage(result)));
    }

    void silentUpstreamTimesOutWith504()
    {
        for (const bool stream : {false, true}) {
            const int before = m_silent->connections();
            const HttpResult result = ask("silent", stream);
            // Nothing had reached the client yet, so even a stream gets a whole error answer.
            QVERIFY2(unclearError(result, 504, "upstream_timeout").isEmpty(),
                     qPrintable(unclearError(result, 504, "upstream_timeout")));
            QVERIFY2(errorMessage(result).contains("first_byte_timeout_ms"),
                     qPrintable(errorMessage(result)));
            QCOMPARE(m_silent->connections() - before, attemptsPerUpstream);
        }
    }

    void silentUpstreamFailsOverToTheNextOne()
    {
        const int before = m_silent->connections();
        const HttpResult result = ask("silent-then-live");
        QVERIFY2(result.status == 200, qPrintable(QString::fromUtf8(result.body.left(500))));
        QCOMPARE(result.json().value("object").toString(), QStringLiteral("chat.completion"));
        QCOMPARE(m_silent->connections() - before, attemptsPerUpstream); // tried first: weight 10
        QVERIFY2(m_gateway->waitForLog({"200 model=silent-then-live", "upstream=local"}),
                 qPrintable(m_gateway->log().right(1500)));
    }

    void rateLimitStormIsRelayedWithItsRetryAfter()
    {
        // Retry-After (7 s) is longer than the longest backoff: no retry, the 429 goes to the client.
        storm("storm-429", "demo-429", 429, "rate_limit_exceeded", 1);
    }

    void serverErrorStormIsRetriedABoundedNumberOfTimes()
    {
        storm("storm-503", "demo-503", 503, "demo_error", attemptsPerUpstream);
    }

    void unresolvableHostIs502NamingTheName()
    {
        const HttpResult result = ask("unresolvable");
        QVERIFY2(unclearError(result, 502, "upstream_unavailable").isEmpty(),
                 qPrintable(unclearError(result, 502, "upstream_unavailable")));
        QVERIFY2(errorMessage(result).contains("cannot resolve nonexistent.invalid"),
                 qPrintable(errorMessage(result)));
    }

    void certificateForAnotherHostIs502NamingTls()
    {
        const HttpResult result = ask("elsewhere");
        QVERIFY2(unclearError(result, 502, "upstream_unavailable").isEmpty(),
                 qPrintable(unclearError(result, 502, "upstream_unavailable")));
        const QString message = errorMessage(result);
        QVERIFY2(message.contains("TLS certificate not accepted"), qPrintable(message));
        QVERIFY2(message.contains("not for this host name"), qPrintable(message));
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_upstream.reset();
        m_elsewhere.reset();
    }

private:
    HttpResult ask(const QByteArray& model, bool stream = false, quint16 port = 0)
    {
        return request(port ? port : m_port, "POST", "/v1/chat/completions", chatBody(model, stream), {},
                       ioTimeoutMs);
    }

    // stormSize concurrent requests to a model whose upstream fails every one with `status`.
    void storm(const QByteArray& model, const QByteArray& demoModel, int status, const QString& code,
               int attemptsEach)
    {
        const QByteArray upstreamModel = "model=\"" + demoModel + "\"";
        const double upstreamBefore = metricSum(m_upstreamPort, "gatehouse_requests_total", {upstreamModel});
        std::vector<HttpResult> results(stormSize);
        std::vector<std::thread> clients;
        for (int i = 0; i < stormSize; ++i)
            clients.emplace_back([&, i] { results[size_t(i)] = ask(model); });
        for (auto& client : clients)
            client.join();
        for (const HttpResult& result : results) {
            QVERIFY2(unclearError(result, status, code).isEmpty(),
                     qPrintable(unclearError(result, status, code)));
            if (status == 429)
                QCOMPARE(result.headers.value("retry-after"), QByteArray("7"));
        }
        // Bounded: exactly the configured attempts reached the upstream, no more.
        QCOMPARE(metricSum(m_upstreamPort, "gatehouse_requests_total", {upstreamModel}) - upstreamBefore,
                 double(stormSize * attemptsEach));
        // Counted by code; the gateway is healthy and ready, and serves the next good request.
        QTRY_COMPARE(metricSum(m_port, "gatehouse_requests_total",
                               {"model=\"" + model + "\"", "code=\"" + QByteArray::number(status) + "\""}),
                     double(stormSize));
        QCOMPARE(request(m_port, "GET", "/healthz").status, 200);
        QCOMPARE(request(m_port, "GET", "/readyz").status, 200);
        QCOMPARE(ask("chat").status, 200);
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
    std::unique_ptr<GatehousedProcess> m_upstream;
    std::unique_ptr<GatehousedProcess> m_elsewhere;
    std::unique_ptr<MisbehavingUpstream> m_streamCut;
    std::unique_ptr<MisbehavingUpstream> m_noDone;
    std::unique_ptr<MisbehavingUpstream> m_answerCut;
    std::unique_ptr<MisbehavingUpstream> m_answerShort;
    std::unique_ptr<MisbehavingUpstream> m_silent;
    std::unique_ptr<MisbehavingUpstream> m_stalling;
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestFaultUpstream)
#include "tst_faultupstream.moc"
