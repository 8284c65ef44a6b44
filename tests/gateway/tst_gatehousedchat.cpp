// Chat completions through real gatehoused processes on 127.0.0.1: one gatehoused serves the
// demo provider and is the OpenAI-compatible upstream of another, configured by a TOML file.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

// Safety limits only: generous, because ASan builds on a busy 2-core machine are slow.
constexpr int ioTimeoutMs = 30000;

// A real gatehoused on 127.0.0.1 (tests/support/GatehousedProcess.h).
class Gatehoused : public gatehouse::test::GatehousedProcess
{
public:
    explicit Gatehoused(const QStringList& arguments)
        : GatehousedProcess(QStringLiteral(GATEHOUSED_PATH), arguments)
    {}
};

QByteArray chatBody(const char* model, bool stream, bool includeUsage = false)
{
    QJsonObject body{
        {"model", model},
        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Tell me about gateways"}}}}};
    if (stream)
        body["stream"] = true;
    if (includeUsage)
        body["stream_options"] = QJsonObject{{"include_usage", true}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject eventJson(const QByteArray& event)
{
    return QJsonDocument::fromJson(event.mid(event.indexOf("data: ") + 6)).object();
}

void verifyOpenAiError(const HttpResult& result, int status, const QString& code)
{
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.status, status);
    QCOMPARE(result.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject error = result.json().value("error").toObject();
    QCOMPARE(error.keys(), (QStringList{"code", "message", "param", "type"}));
    QVERIFY(!error.value("message").toString().isEmpty());
    QCOMPARE(error.value("code").toString(), code);
}

} // namespace

class TestGatehousedChat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The upstream: demo models with different behaviours.
        const QString upstreamConfig = writeFile(m_dir, "upstream.toml", R"(
[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[upstreams]]
name = "broken"
kind = "demo"
first_token_ms = 0
chunk_ms = 1
fail_after_chunks = 3

[[upstreams]]
name = "failing"
kind = "demo"
first_token_ms = 0
error_rate = 1.0
error_status = 503

[[upstreams]]
name = "slow"
kind = "demo"
first_token_ms = 0
chunk_ms = 300

[[models]]
name = "demo-fast"
upstreams = ["fast"]
[[models]]
name = "demo-broken"
upstreams = ["broken"]
[[models]]
name = "demo-failing"
upstreams = ["failing"]
[[models]]
name = "demo-slow"
upstreams = ["slow"]
)");
        m_upstream = std::make_unique<Gatehoused>(
            QStringList{"--config", upstreamConfig, "--listen", "127.0.0.1:0", "--workers", "2"});
        const quint16 upstreamPort = m_upstream->waitForPort();
        QVERIFY2(upstreamPort != 0, qPrintable(m_upstream->log().right(1200)));

        const QByteArray up = "http://127.0.0.1:" + QByteArray::number(upstreamPort) + "/v1";
        const QByteArray dead = "http://127.0.0.1:" + QByteArray::number(deadPort()) + "/v1";
        const QString gatewayConfig = writeFile(m_dir, "gateway.toml", R"(
[limits]
max_body_bytes = 4096

[retry]
attempts_per_upstream = 2
initial_backoff_ms = 10
max_backoff_ms = 50

[circuit_breaker]
failure_threshold = 2
open_ms = 600000

[[upstreams]]
name = "local"
kind = "openai"
base_url = ")" + up + R"("

# The same server under other names: each upstream entry has its own circuit breaker, and the
# failures these models provoke on purpose must not open the circuit of "local".
[[upstreams]]
name = "local-flaky"
kind = "openai"
base_url = ")" + up + R"("

[[upstreams]]
name = "local-broken"
kind = "openai"
base_url = ")" + up + R"("

[[upstreams]]
name = "dead"
kind = "openai"
base_url = ")" + dead + R"("
connect_timeout_ms = 5000

[[upstreams]]
name = "dead-too"
kind = "openai"
base_url = ")" + dead + R"("

[[models]]
name = "chat"
upstreams = [{ name = "local", model = "demo-fast" }]

[[models]]
name = "broken"
upstreams = [{ name = "local-broken", model = "demo-broken" }]

[[models]]
name = "flaky"
upstreams = [{ name = "local-flaky", model = "demo-failing" }]

[[models]]
name = "slow"
upstreams = [{ name = "local", model = "demo-slow" }]

[[models]]
name = "failover"
upstreams = [{ name = "dead", weight = 5 }, { name = "local", model = "demo-fast" }]

[[models]]
name = "unreachable"
strategy = "least_outstanding"
upstreams = ["dead-too"]
)");
        m_gateway =
            std::make_unique<Gatehoused>(QStringList{"--config", gatewayConfig, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_upstream.reset();
    }

    void modelsListsTheConfiguredModels()
    {
        const HttpResult result = request(m_port, "GET", "/v1/models");
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        const QJsonObject list = result.json();
        QCOMPARE(list.value("object").toString(), QStringLiteral("list"));
        QStringList ids;
        for (const auto& entry : list.value("data").toArray()) {
            const QJsonObject model = entry.toObject();
            ids << model.value("id").toString();
            QCOMPARE(model.value("object").toString(), QStringLiteral("model"));
            QCOMPARE(model.value("owned_by").toString(), QStringLiteral("gatehouse"));
            QVERIFY(model.value("created").toInteger() > 0);
        }
        QCOMPARE(ids, (QStringList{"chat", "broken", "flaky", "slow", "failover", "unreachable"}));

        // The demo gateway labels its models as demo.
        Gatehoused demo({"--demo", "--listen", "127.0.0.1:0"});
        const quint16 port = demo.waitForPort();
        QVERIFY2(port != 0, qPrintable(demo.log()));
        const QJsonArray data = request(port, "GET", "/v1/models").json().value("data").toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data[0].toObject().value("id").toString(), QStringLiteral("gatehouse-demo"));
        QCOMPARE(data[0].toObject().value("owned_by").toString(), QStringLiteral("gatehouse-demo"));
    }

    void aRequestIdFollowsTheRequestThroughBothGateways()
    {
        // A client's own plain id is kept, sent back, logged, and passed on to the upstream.
        HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("chat", false),
                                    "X-Request-Id: trace-77a.b_c:d\r\n");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.headers.value("x-request-id"), QByteArray("trace-77a.b_c:d"));
        QVERIFY2(m_gateway->waitForLog({"200 model=chat", "id=trace-77a.b_c:d"}),
                 qPrintable(m_gateway->log().right(1200)));
        QVERIFY2(m_upstream->waitForLog({"200 model=demo-fast", "id=trace-77a.b_c:d"}),
                 qPrintable(m_upstream->log().right(1200)));

        // Without one, gatehoused makes one; a stream carries it too.
        result = request(m_port, "POST", "/v1/chat/completions", chatBody("chat", true));
        QCOMPARE(result.status, 200);
        const QByteArray made = result.headers.value("x-request-id");
        QVERIFY2(QRegularExpression(QStringLiteral("^req_[0-9a-f]{24}$"))
                     .match(QString::fromLatin1(made))
                     .hasMatch(),
                 made.constData());
        QVERIFY(m_gateway->waitForLog({"stream=yes", "id=" + QString::fromLatin1(made)}));
        QVERIFY(m_upstream->waitForLog({"id=" + QString::fromLatin1(made)}));

        // An id that is not a plain token is replaced, never echoed into the log; errors carry one.
        result = request(m_port, "POST", "/v1/chat/completions", chatBody("gpt-nonexistent", false),
                         "X-Request-Id: evil-7Q x=1 \"quoted\"\r\n");
        QCOMPARE(result.status, 404);
        const QByteArray replaced = result.headers.value("x-request-id");
        QVERIFY2(replaced.startsWith("req_") && replaced.size() == 28, replaced.constData());
        QVERIFY(m_gateway->waitForLog({"404", "id=" + QString::fromLatin1(replaced)}));
        QVERIFY(!m_gateway->log().contains(QStringLiteral("evil-7Q")));
    }

    void theAccessLogCanBeJsonLines()
    {
        const QByteArray up = "http://127.0.0.1:" + QByteArray::number(m_upstream->waitForPort()) + "/v1";
        const QString config =
            writeFile(m_dir, "json-log.toml",
                      "[log]\naccess = \"json\"\n\n[[upstreams]]\nname = \"local\"\nkind = "
                      "\"openai\"\nbase_url = \"" +
                          up +
                          "\"\n\n[[models]]\nname = \"chat\"\n"
                          "upstreams = [{ name = \"local\", model = \"demo-fast\" }]\n");
        Gatehoused json({"--config", config, "--listen", "127.0.0.1:0"});
        const quint16 port = json.waitForPort();
        QVERIFY2(port != 0, qPrintable(json.log()));
        const HttpResult result = request(port, "POST", "/v1/chat/completions", chatBody("chat", true, true),
                                          "X-Request-Id: json-1\r\n");
        QCOMPARE(result.status, 200);
        QVERIFY2(json.waitForLog({"\"request_id\":\"json-1\""}), qPrintable(json.log()));
        QJsonObject line;
        for (const QString& text : json.log().split(QLatin1Char('\n'))) {
            if (text.contains(QLatin1String("\"request_id\":\"json-1\"")))
                line = QJsonDocument::fromJson(text.toUtf8()).object();
        }
        QVERIFY2(!line.isEmpty(), qPrintable(json.log())); // the whole line is one JSON object
        QCOMPARE(line.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(line.value("path").toString(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(line.value("status").toInt(), 200);
        QCOMPARE(line.value("model").toString(), QStringLiteral("chat"));
        QCOMPARE(line.value("upstream").toString(), QStringLiteral("local"));
        QCOMPARE(line.value("stream").toBool(), true);
        QCOMPARE(line.value("attempts").toInt(), 1);
        QVERIFY(line.value("bytes").toInteger() > 0);
        QVERIFY(line.contains("ms") && line.contains("upstream_ms") && line.contains("ttft_ms"));
        QVERIFY(line.value("completion_tokens").toInteger() > 0);
        QVERIFY(QDateTime::fromString(line.value("ts").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!line.contains("prompt") && !line.contains("answer")); // no log_content for anonymous callers
    }

    void nonStreamingAnswerIsOpenAiExact()
    {
        const HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("chat", false));
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        const QJsonObject completion = result.json();
        QCOMPARE(completion.value("object").toString(), QStringLiteral("chat.completion"));
        QVERIFY(completion.value("id").toString().startsWith("chatcmpl-"));
        QVERIFY(completion.value("created").toInteger() > 0);
        QCOMPARE(completion.value("model").toString(), QStringLiteral("demo-fast")); // the upstream's name
        const QJsonObject choice = completion.value("choices").toArray().at(0).toObject();
        QCOMPARE(choice.value("index").toInt(), 0);
        QCOMPARE(choice.value("finish_reason").toString(), QStringLiteral("stop"));
        QCOMPARE(choice.value("message").toObject().value("role").toString(), QStringLiteral("assistant"));
        QVERIFY(choice.value("message").toObject().value("content").toString().contains(
            "Tell me about gateways"));
        const QJsonObject usage = completion.value("usage").toObject();
        QCOMPARE(usage.value("total_tokens").toInt(),
                 usage.value("prompt_tokens").toInt() + usage.value("completion_tokens").toInt());
        QVERIFY(usage.value("completion_tokens").toInt() > 0);
    }

    void streamIsRelayedEventByEvent()
    {
        const HttpResult result =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", true, true));
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.headers.value("content-type"), QByteArray("text/event-stream"));
        const QList<QByteArray> events = result.events();
        QVERIFY(events.size() > 5);
        // Each event was flushed as its own chunk as it arrived: no batching of a whole answer.
        QCOMPARE(result.chunks.size(), events.size());
        for (const QByteArray& chunk : result.chunks)
            QCOMPARE(chunk.count("\n\n"), 1);

        QCOMPARE(events.last(), QByteArray("data: [DONE]"));
        const QJsonObject first = eventJson(events.first());
        QCOMPARE(first.value("object").toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(
            first.value("choices").toArray()[0].toObject().value("delta").toObject().value("role").toString(),
            QStringLiteral("assistant"));
        QString text;
        int contentEvents = 0;
        for (qsizetype i = 1; i < events.size() - 3; ++i) {
            const QJsonObject delta =
                eventJson(events[i]).value("choices").toArray()[0].toObject().value("delta").toObject();
            text += delta.value("content").toString();
            ++contentEvents;
        }
        QVERIFY(text.contains("Tell me about gateways"));
        const QJsonObject finish =
            eventJson(events[events.size() - 3]).value("choices").toArray()[0].toObject();
        QCOMPARE(finish.value("finish_reason").toString(), QStringLiteral("stop"));
        // include_usage: one last chunk with no choices and the usage.
        const QJsonObject usageChunk = eventJson(events[events.size() - 2]);
        QCOMPARE(usageChunk.value("choices").toArray().size(), 0);
        QCOMPARE(usageChunk.value("usage").toObject().value("completion_tokens").toInt(), contentEvents);
    }

    void streamWithoutIncludeUsageHasNoUsageChunk()
    {
        const HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("chat", true));
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        for (const QByteArray& event : result.events())
            QVERIFY2(!event.contains("\"usage\""), event.constData());
        QCOMPARE(result.events().last(), QByteArray("data: [DONE]"));
    }

    void errorsAreInOpenAiShape()
    {
        HttpResult result =
            request(m_port, "POST", "/v1/chat/completions", "{\"model\": \"chat\",\n \"messages\": [}");
        verifyOpenAiError(result, 400, "invalid_json");
        QVERIFY(result.errorField("message").toString().contains("line 2, column 15"));
        QVERIFY(result.errorField("param").isNull());

        result = request(m_port, "POST", "/v1/chat/completions",
                         R"({"model":"chat","messages":[{"content":"x"}]})");
        verifyOpenAiError(result, 400, "invalid_type");
        QCOMPARE(result.errorField("param").toString(), QStringLiteral("messages[0].role"));

        result = request(m_port, "POST", "/v1/chat/completions", chatBody("gpt-nonexistent", false));
        verifyOpenAiError(result, 404, "model_not_found");
        QCOMPARE(result.errorField("param").toString(), QStringLiteral("model"));

        result = request(m_port, "POST", "/v1/chat/completions", QByteArray(5000, ' '));
        verifyOpenAiError(result, 413, "request_too_large");
    }

    void upstreamErrorsAreRetriedThenRelayed()
    {
        const HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("flaky", true));
        verifyOpenAiError(result, 503, "demo_error");
        QVERIFY2(m_gateway->waitForLog({"503 model=flaky", "attempts=2"}),
                 qPrintable(m_gateway->log().right(1200)));
    }

    void deadUpstreamFailsOverToTheLiveOne()
    {
        const HttpResult result =
            request(m_port, "POST", "/v1/chat/completions", chatBody("failover", false));
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value("object").toString(), QStringLiteral("chat.completion"));
        // Two attempts on the dead upstream (weight 5 makes it first), then the live one.
        QVERIFY2(m_gateway->waitForLog({"200 model=failover", "upstream=local", "attempts=3"}),
                 qPrintable(m_gateway->log().right(1200)));
    }

    void circuitOpensAfterRepeatedFailures()
    {
        HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("unreachable", false));
        verifyOpenAiError(result, 502, "upstream_unavailable");
        QVERIFY(result.errorField("message").toString().contains("connect"));
        // Two failures reached the threshold: the next request is refused without trying.
        result = request(m_port, "POST", "/v1/chat/completions", chatBody("unreachable", false));
        verifyOpenAiError(result, 503, "upstream_unavailable");
        QVERIFY(result.errorField("message").toString().contains("circuit"));
        QVERIFY2(m_gateway->waitForLog({"503 model=unreachable", "attempts=0"}),
                 qPrintable(m_gateway->log().right(1200)));
    }

    void midStreamFailureEndsWithAnErrorEvent()
    {
        const HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("broken", true));
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        const QList<QByteArray> events = result.events();
        QCOMPARE(events.size(), 1 + 3 + 1); // role, three content chunks, the error
        const QJsonObject error = eventJson(events.last()).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("upstream_stream_failed"));
        QVERIFY(!error.value("message").toString().isEmpty());
        for (const QByteArray& event : events)
            QVERIFY(!event.contains("[DONE]"));
    }

    void clientDisconnectCancelsTheUpstreamRequest()
    {
        {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            QVERIFY(socket.waitForConnected(ioTimeoutMs));
            const QByteArray body = chatBody("slow", true);
            socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QByteArray data;
            const QDeadlineTimer deadline(ioTimeoutMs);
            while (data.count("data: ") < 2 && !deadline.hasExpired()) {
                socket.waitForReadyRead(100);
                data += socket.readAll();
            }
            QVERIFY2(data.count("data: ") >= 2, data.constData());
            socket.abort();
        }
        // The gateway notices, and so does its upstream: the request was cancelled there too.
        QVERIFY2(m_gateway->waitForLog({"model=slow", "client-gone"}),
                 qPrintable(m_gateway->log().right(1200)));
        QVERIFY2(m_upstream->waitForLog({"model=demo-slow", "client-gone"}),
                 qPrintable(m_upstream->log().right(1200)));
    }

    void upstreamDyingMidStreamEndsWithAnErrorEvent()
    {
        // Last: kills the upstream.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(ioTimeoutMs));
        const QByteArray body = chatBody("slow", true);
        socket.write(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray data;
        const QDeadlineTimer deadline(ioTimeoutMs);
        while (data.count("data: ") < 2 && !deadline.hasExpired()) {
            socket.waitForReadyRead(100);
            data += socket.readAll();
        }
        QVERIFY2(data.count("data: ") >= 2, data.constData());
        m_upstream->process().kill();
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(100);
            data += socket.readAll();
        }
        data += socket.readAll();
        const HttpResult result = parseResponse(data);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem + "\n" + data));
        const QJsonObject error = eventJson(result.events().last()).value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("upstream_stream_failed"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Gatehoused> m_upstream;
    std::unique_ptr<Gatehoused> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedChat)
#include "tst_gatehousedchat.moc"
