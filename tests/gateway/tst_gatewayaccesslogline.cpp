// What one exchange says in gatehoused's access log (gateway/pipeline/AccessLogLine), as text and
// as a JSON line: the facts an operator looks for, whatever a client sent kept inside one line,
// prompt and answer only when the key allows it, and the [log] access names.
#include "gateway/chat/ChatRequest.h"
#include "gateway/pipeline/AccessLogLine.h"
#include "gateway/pipeline/ChatExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <chrono>
#include <memory>
#include <variant>

using namespace gatehouse::gateway;

namespace {

std::shared_ptr<const ChatRequest> chat(const std::string& body)
{
    auto parsed = parseChatRequest(body);
    if (!std::holds_alternative<ChatRequest>(parsed))
        return nullptr;
    return std::make_shared<const ChatRequest>(std::get<ChatRequest>(std::move(parsed)));
}

ChatExchange finished()
{
    ChatExchange e;
    const auto now = std::chrono::steady_clock::now();
    e.received = now - std::chrono::milliseconds(900);
    e.requestId = "req_0123456789abcdef01234567";
    e.method = "POST";
    e.path = "/v1/chat/completions";
    e.status = 200;
    e.chat = chat("{\"model\":\"support-bot\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                  "\"Card 4111?\"}]}");
    e.upstream = "openai-eu";
    e.streamed = true;
    e.attempts = 2;
    e.bytesOut = 2048;
    e.upstreamStarted = e.received + std::chrono::milliseconds(5);
    e.upstreamEnded = e.received + std::chrono::milliseconds(805);
    e.firstEvent = e.received + std::chrono::milliseconds(120);
    e.promptTokens = 12;
    e.completionTokens = 34;
    e.filterVerdict = gatehouse::rules::Verdict::Redact;
    e.filterRules = {"cards", "emails"};
    e.answerText = "The card ends in [CARD].";
    return e;
}

QJsonObject jsonLine(const ChatExchange& e)
{
    const std::string line = accessLogJson(e, 1796544760123); // 2026-12-06T08:12:40.123Z
    if (line.find('\n') != std::string::npos)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
}

} // namespace

class TestGatewayAccessLogLine : public QObject
{
    Q_OBJECT

private slots:
    void formatNames()
    {
        QCOMPARE(accessLogFormatNamed("text"), std::optional(AccessLogFormat::Text));
        QCOMPARE(accessLogFormatNamed("json"), std::optional(AccessLogFormat::Json));
        QCOMPARE(accessLogFormatNamed("off"), std::optional(AccessLogFormat::Off));
        QVERIFY(!accessLogFormatNamed("JSON"));
        QVERIFY(!accessLogFormatNamed(""));
    }

    void textLineHoldsTheFacts()
    {
        const QString line = QString::fromStdString(accessLogText(finished()));
        QVERIFY2(
            line.startsWith("gatehoused: POST /v1/chat/completions 200 model=support-bot upstream=openai-eu "
                            "stream=yes attempts=2 bytes=2048 ms="),
            qPrintable(line));
        QVERIFY2(line.endsWith(" filter=redact rules=cards,emails id=req_0123456789abcdef01234567"),
                 qPrintable(line));
        QVERIFY(!line.contains("4111")); // no text without log_content
    }

    void jsonLineHoldsTheFacts()
    {
        const QJsonObject o = jsonLine(finished());
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value("ts").toString(), QStringLiteral("2026-12-06T08:12:40.123Z"));
        QCOMPARE(o.value("request_id").toString(), QStringLiteral("req_0123456789abcdef01234567"));
        QCOMPARE(o.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(o.value("path").toString(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(o.value("status").toInt(), 200);
        QVERIFY(!o.contains("key")); // anonymous: no access key
        QCOMPARE(o.value("model").toString(), QStringLiteral("support-bot"));
        QCOMPARE(o.value("upstream").toString(), QStringLiteral("openai-eu"));
        QCOMPARE(o.value("stream").toBool(), true);
        QCOMPARE(o.value("attempts").toInt(), 2);
        QCOMPARE(o.value("bytes").toInt(), 2048);
        QVERIFY2(o.value("ms").toInteger() >= 900, qPrintable(QString::number(o.value("ms").toInteger())));
        QCOMPARE(o.value("upstream_ms").toInteger(), 800);
        QCOMPARE(o.value("ttft_ms").toInteger(), 120);
        QCOMPARE(o.value("prompt_tokens").toInteger(), 12);
        QCOMPARE(o.value("completion_tokens").toInteger(), 34);
        QCOMPARE(o.value("filter").toString(), QStringLiteral("redact"));
        QCOMPARE(o.value("rules").toArray(), (QJsonArray{"cards", "emails"}));
        QVERIFY(!o.contains("cache") && !o.contains("error") && !o.contains("client_gone"));
        QVERIFY(!o.contains("prompt") && !o.contains("answer"));
    }

    void contentOnlyWhenTheKeyAllowsIt()
    {
        ChatExchange e = finished();
        e.logContent = true;
        const QJsonObject o = jsonLine(e);
        QCOMPARE(o.value("prompt").toString(), QStringLiteral("Card 4111?"));
        QCOMPARE(o.value("answer").toString(), QStringLiteral("The card ends in [CARD]."));
        const QString text = QString::fromStdString(accessLogText(e));
        QVERIFY2(text.contains("prompt=\"Card 4111?\" answer=\"The card ends in [CARD].\""),
                 qPrintable(text));
    }

    void longTextIsCutBetweenCharacters()
    {
        ChatExchange e = finished();
        e.logContent = true;
        e.answerText = std::string(65535, 'a') + "ж" + "tail"; // "ж" is 2 bytes, straddling 64 KiB
        const QJsonObject o = jsonLine(e);
        const QString answer = o.value("answer").toString();
        QCOMPARE(answer.size(), 65535);
        QVERIFY(!answer.contains(QChar(0xfffd)));
    }

    void whatAClientSentStaysInsideOneLine()
    {
        ChatExchange e = finished();
        e.chat = chat("{\"model\":\"evil\\nmodel=forged "
                      "\\\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        QVERIFY(e.chat);
        const std::string text = accessLogText(e);
        QVERIFY2(text.find('\n') == std::string::npos, text.c_str());
        QVERIFY2(QString::fromStdString(text).contains("model=\"evil\\nmodel=forged \\\"x\""), text.c_str());
        const QJsonObject o = jsonLine(e);
        QCOMPARE(o.value("model").toString(), QStringLiteral("evil\nmodel=forged \"x"));
    }

    void failuresAreSaid()
    {
        ChatExchange e = finished();
        e.status = 502;
        e.errorCode = "upstream_failed";
        e.failedMidStream = true;
        e.clientGone = true;
        e.cacheHit = true;
        const QJsonObject o = jsonLine(e);
        QCOMPARE(o.value("error").toString(), QStringLiteral("upstream_failed"));
        QCOMPARE(o.value("failed_mid_stream").toBool(), true);
        QCOMPARE(o.value("client_gone").toBool(), true);
        QCOMPARE(o.value("cache").toString(), QStringLiteral("hit"));
        const QString text = QString::fromStdString(accessLogText(e));
        QVERIFY2(text.contains(" cache=hit") &&
                     text.contains(" error=upstream_failed failed-mid-stream client-gone id="),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestGatewayAccessLogLine)
#include "tst_gatewayaccesslogline.moc"
