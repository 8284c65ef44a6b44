#include "core/chat/ChatRequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;

class TestChatRequestBody : public QObject
{
    Q_OBJECT

    static QJsonObject body(const ChatRequest& r, const ChatCompatibility& c = {})
    {
        return QJsonDocument::fromJson(chatRequestBody(r, c)).object();
    }

    static ChatRequest hello()
    {
        ChatRequest r;
        r.model = QStringLiteral("demo");
        r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
                      {QStringLiteral("user"), QStringLiteral("Привет")}};
        return r;
    }

private slots:
    void minimalStreamingRequest()
    {
        const QJsonObject b = body(hello());
        QCOMPARE(b.value("model").toString(), QStringLiteral("demo"));
        QCOMPARE(b.value("stream").toBool(), true);
        QCOMPARE(b.value("stream_options").toObject().value("include_usage").toBool(), true);
        const QJsonArray messages = b.value("messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1].toObject().value("content").toString(), QStringLiteral("Привет"));
        // Unset parameters are left to the server.
        for (const char* absent :
             {"temperature", "top_p", "max_tokens", "max_completion_tokens", "seed", "stop"})
            QVERIFY2(!b.contains(QLatin1String(absent)), absent);
    }

    void noStreamOptionsWhenNotStreamingOrNotAccepted()
    {
        ChatRequest r = hello();
        r.stream = false;
        QVERIFY(!body(r).contains("stream_options"));
        r.stream = true;
        ChatCompatibility c;
        c.acceptsStreamOptions = false;
        QVERIFY(!body(r, c).contains("stream_options"));
    }

    void tokenLimitUsesTheEndpointsName()
    {
        ChatRequest r = hello();
        r.parameters.maxTokens = 256;
        QCOMPARE(body(r).value("max_tokens").toInt(), 256);
        ChatCompatibility c;
        c.tokenLimitField = ChatCompatibility::TokenLimitField::MaxCompletionTokens;
        const QJsonObject b = body(r, c);
        QCOMPARE(b.value("max_completion_tokens").toInt(), 256);
        QVERIFY(!b.contains("max_tokens"));
        QCOMPARE(ChatCompatibility::forKind(GatewayKind::OpenAiCompatible).tokenLimitField,
                 ChatCompatibility::TokenLimitField::MaxCompletionTokens);
        QCOMPARE(ChatCompatibility::forKind(GatewayKind::LlamaCpp).tokenLimitField,
                 ChatCompatibility::TokenLimitField::MaxTokens);
    }

    void samplingParametersAndStops()
    {
        ChatRequest r = hello();
        r.parameters.temperature = 0.0;
        r.parameters.topP = 0.9;
        r.parameters.seed = 42;
        r.parameters.stop = {QStringLiteral("\n\n")};
        QJsonObject b = body(r);
        QVERIFY(b.contains("temperature"));
        QCOMPARE(b.value("temperature").toDouble(), 0.0);
        QCOMPARE(b.value("top_p").toDouble(), 0.9);
        QCOMPARE(b.value("seed").toInteger(), 42);
        QCOMPARE(b.value("stop").toString(), QStringLiteral("\n\n"));
        r.parameters.stop << QStringLiteral("END");
        b = body(r);
        QCOMPARE(b.value("stop").toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChatRequestBody)
#include "tst_chatrequestbody.moc"
