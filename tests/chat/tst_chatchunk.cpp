#include "core/chat/ChatChunk.h"
#include "core/sse/SseParser.h"

#include <QTest>

using namespace gatehouse;

namespace {

ChatChunk chunkOf(const char* data, const char* type = "message")
{
    sse::Event e;
    e.type = type;
    e.data = data;
    return readStreamEvent(e);
}

} // namespace

class TestChatChunk : public QObject
{
    Q_OBJECT

private slots:
    void contentDelta()
    {
        const ChatChunk c = chunkOf(R"({"id":"c1","object":"chat.completion.chunk","model":"m",
            "choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]})");
        QVERIFY(!c.error);
        QCOMPARE(c.content, QStringLiteral("Hel"));
        QCOMPARE(c.model, QStringLiteral("m"));
        QVERIFY(c.finishReason.isEmpty());
        QVERIFY(!c.usage);
    }

    void reasoningInBothSpellings()
    {
        QCOMPARE(chunkOf(R"({"choices":[{"index":0,"delta":{"reasoning_content":"think"}}]})").reasoning,
                 QStringLiteral("think"));
        QCOMPARE(chunkOf(R"({"choices":[{"index":0,"delta":{"reasoning":"ponder"}}]})").reasoning,
                 QStringLiteral("ponder"));
    }

    void finishAndUsageChunk()
    {
        QCOMPARE(chunkOf(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})").finishReason,
                 QStringLiteral("stop"));
        const ChatChunk usage = chunkOf(R"({"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":34,
            "completion_tokens_details":{"reasoning_tokens":5}}})");
        QVERIFY(usage.usage);
        QCOMPARE(usage.usage->promptTokens, 12);
        QCOMPARE(usage.usage->completionTokens, 34);
        QCOMPARE(usage.usage->reasoningTokens, 5);
    }

    void done() { QVERIFY(chunkOf("[DONE]").done); }

    // vLLM, SGLang and OpenAI may send an error object after a 200; it must not read as success.
    void midStreamErrorObject()
    {
        const ChatChunk c =
            chunkOf(R"({"error":{"message":"upstream died","type":"server_error","code":"upstream_error"}})");
        QCOMPARE(c.error.kind, ChatError::Kind::Stream);
        QCOMPARE(c.error.detail, QStringLiteral("upstream died"));
        QCOMPARE(c.error.code, QStringLiteral("upstream_error"));
        QVERIFY(c.content.isEmpty());
        QVERIFY(c.error.message().contains(QStringLiteral("upstream died")));
    }

    void errorEventType()
    {
        const ChatChunk json = chunkOf(R"({"error":{"message":"overloaded"}})", "error");
        QCOMPARE(json.error.kind, ChatError::Kind::Stream);
        QCOMPARE(json.error.detail, QStringLiteral("overloaded"));
        const ChatChunk text = chunkOf("model crashed", "error");
        QCOMPARE(text.error.kind, ChatError::Kind::Stream);
        QCOMPARE(text.error.detail, QStringLiteral("model crashed"));
    }

    void malformedJsonSaysWhere()
    {
        const ChatChunk c = chunkOf(R"({"choices":[{"delta":)");
        QCOMPARE(c.error.kind, ChatError::Kind::Stream);
        QVERIFY2(c.error.detail.contains(QStringLiteral("at byte")), qPrintable(c.error.detail));
    }

    void otherChoicesAreIgnored()
    {
        const ChatChunk c = chunkOf(
            R"({"choices":[{"index":1,"delta":{"content":"B"}},{"index":0,"delta":{"content":"A"}}]})");
        QCOMPARE(c.content, QStringLiteral("A"));
    }

    void wholeCompletion()
    {
        const ChatChunk c = readCompletion(R"({"id":"x","model":"demo","choices":[{"index":0,
            "message":{"role":"assistant","content":"Hello"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":3,"completion_tokens":1}})");
        QVERIFY(!c.error);
        QCOMPARE(c.content, QStringLiteral("Hello"));
        QCOMPARE(c.finishReason, QStringLiteral("stop"));
        QCOMPARE(c.usage->completionTokens, 1);
        QVERIFY(c.done);
    }

    void completionWithoutChoicesIsAnError()
    {
        QCOMPARE(readCompletion(R"({"id":"x","choices":[]})").error.kind, ChatError::Kind::Stream);
        QCOMPARE(readCompletion(R"({"error":{"message":"no"}})").error.detail, QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestChatChunk)
#include "tst_chatchunk.moc"
