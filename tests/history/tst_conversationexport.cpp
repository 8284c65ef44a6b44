// A conversation from the history exported as Markdown and as JSON: every message in order, the
// answer with its reasoning, parameters, figures and verdicts, and a failed answer's error.
#include "core/history/ConversationExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;

namespace {

ChatExchange conversation()
{
    ChatExchange e;
    e.created = QDateTime(QDate(2026, 12, 7), QTime(8, 12, 40), Qt::UTC);
    e.target = QStringLiteral("Staging");
    e.request.model = QStringLiteral("demo-fast");
    e.request.messages = {{QStringLiteral("system"), QStringLiteral("You are the billing desk.")},
                          {QStringLiteral("user"), QStringLiteral("Where is invoice ZEBRA-7731?")},
                          {QStringLiteral("assistant"), QStringLiteral("Which customer is it for?")},
                          {QStringLiteral("user"), QStringLiteral("Для Ковальского, пожалуйста.")}};
    e.request.parameters.temperature = 0.25;
    e.request.parameters.maxTokens = 256;
    e.request.parameters.seed = 42;
    e.request.parameters.stop = {QStringLiteral("END")};
    e.outcome.model = QStringLiteral("demo-fast-2026");
    e.outcome.content = QStringLiteral("Invoice ZEBRA-7731 was sent on Monday.\n\n```\nno. 7731\n```");
    e.outcome.reasoning = QStringLiteral("The user wants the invoice.\n\nLook it up.");
    e.outcome.finishReason = QStringLiteral("stop");
    e.outcome.figures.timeToFirstTokenMs = 123;
    e.outcome.figures.totalMs = 456;
    e.outcome.figures.tokensPerSecond = 44.5;
    e.outcome.figures.promptTokens = 12;
    e.outcome.figures.completionTokens = 34;
    e.outcome.verdicts.cache = QStringLiteral("HIT");
    e.outcome.verdicts.filter = QStringLiteral("pass");
    e.outcome.verdicts.upstream = QStringLiteral("demo-a");
    e.outcome.verdicts.requestId = QStringLiteral("req-91");
    return e;
}

QJsonObject parsed(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << json;
    return doc.object();
}

} // namespace

class TestConversationExport : public QObject
{
    Q_OBJECT

private slots:
    void markdownHasEveryMessageInOrderThenTheAnswer()
    {
        const QString md = ConversationExport::markdown(conversation());
        QVERIFY2(md.startsWith(
                     QStringLiteral("# Conversation with demo-fast via Staging\n\n2026-12-07 08:12 UTC")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("temperature 0.25")));
        QVERIFY(md.contains(QStringLiteral("max tokens 256")));
        QVERIFY(md.contains(QStringLiteral("seed 42")));
        QVERIFY(md.contains(QStringLiteral("stop \"END\"")));
        const QStringList order{
            QStringLiteral("## System\n\nYou are the billing desk."),
            QStringLiteral("## User\n\nWhere is invoice ZEBRA-7731?"),
            QStringLiteral("## Assistant\n\nWhich customer is it for?"),
            QStringLiteral("## User\n\nДля Ковальского, пожалуйста."),
            QStringLiteral("## Assistant (demo-fast-2026)"),
            QStringLiteral("> Reasoning:\n> The user wants the invoice.\n>\n> Look it up."),
            QStringLiteral("Invoice ZEBRA-7731 was sent on Monday.\n\n```\nno. 7731\n```")};
        qsizetype at = 0;
        for (const QString& part : order) {
            const qsizetype found = md.indexOf(part, at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("missing or out of order: %1\n---\n%2").arg(part, md)));
            at = found + part.size();
        }
        const QString lastLine = md.trimmed().section(QLatin1Char('\n'), -1);
        QCOMPARE(lastLine,
                 QStringLiteral("*TTFT 123 ms · 44.5 tok/s · 456 ms · 12 → 34 tokens · cache HIT · "
                                "filter pass · upstream demo-a · request id req-91 · finish reason stop*"));
    }

    void markdownSaysTheErrorOfAFailedAnswer()
    {
        ChatExchange e = conversation();
        e.outcome.content.clear();
        e.outcome.reasoning.clear();
        e.outcome.error.kind = ChatError::Kind::Http;
        e.outcome.error.httpStatus = 429;
        e.outcome.error.type = QStringLiteral("rate_limit_error");
        e.outcome.error.detail = QStringLiteral("Slow down");
        const QString md = ConversationExport::markdown(e);
        QVERIFY2(md.contains(QStringLiteral("**Error:** ") + e.outcome.error.message()), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("429")));
        QVERIFY(!md.contains(QStringLiteral("> Reasoning")));
    }

    void jsonHasTheMessagesTheAnswerAndItsFigures()
    {
        const QJsonObject o = parsed(ConversationExport::json(conversation()));
        QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("gatehouse.conversation/1"));
        QCOMPARE(o.value(QLatin1String("created")).toString(), QStringLiteral("2026-12-07T08:12:40Z"));
        QCOMPARE(o.value(QLatin1String("target")).toString(), QStringLiteral("Staging"));
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("demo-fast"));
        QCOMPARE(o.value(QLatin1String("answered_by")).toString(), QStringLiteral("demo-fast-2026"));
        QCOMPARE(o.value(QLatin1String("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonArray messages = o.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 5);
        QCOMPARE(messages.at(0)[QLatin1String("role")].toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(3)[QLatin1String("content")].toString(),
                 QStringLiteral("Для Ковальского, пожалуйста."));
        QCOMPARE(messages.at(4)[QLatin1String("role")].toString(), QStringLiteral("assistant"));
        QCOMPARE(messages.at(4)[QLatin1String("content")].toString(), conversation().outcome.content);
        QCOMPARE(messages.at(4)[QLatin1String("reasoning")].toString(), conversation().outcome.reasoning);
        const QJsonObject parameters = o.value(QLatin1String("parameters")).toObject();
        QCOMPARE(parameters.value(QLatin1String("temperature")).toDouble(), 0.25);
        QCOMPARE(parameters.value(QLatin1String("max_tokens")).toInt(), 256);
        QCOMPARE(parameters.value(QLatin1String("seed")).toInteger(), 42);
        QCOMPARE(parameters.value(QLatin1String("stop")).toArray().at(0).toString(), QStringLiteral("END"));
        QVERIFY(!parameters.contains(QLatin1String("top_p"))); // unset stays out
        const QJsonObject figures = o.value(QLatin1String("figures")).toObject();
        QCOMPARE(figures.value(QLatin1String("time_to_first_token_ms")).toInteger(), 123);
        QCOMPARE(figures.value(QLatin1String("total_ms")).toInteger(), 456);
        QCOMPARE(figures.value(QLatin1String("tokens_per_second")).toDouble(), 44.5);
        QCOMPARE(figures.value(QLatin1String("completion_tokens")).toInt(), 34);
        QCOMPARE(figures.value(QLatin1String("tokens_estimated")).toBool(true), false);
        const QJsonObject verdicts = o.value(QLatin1String("verdicts")).toObject();
        QCOMPARE(verdicts.value(QLatin1String("cache")).toString(), QStringLiteral("HIT"));
        QCOMPARE(verdicts.value(QLatin1String("upstream")).toString(), QStringLiteral("demo-a"));
        QCOMPARE(verdicts.value(QLatin1String("request_id")).toString(), QStringLiteral("req-91"));
        QVERIFY(!verdicts.contains(QLatin1String("cache_key")));
        QVERIFY(!o.contains(QLatin1String("error")));
    }

    void jsonOfAFailedAnswerHasTheErrorAndNoAnswer()
    {
        ChatExchange e = conversation();
        e.outcome.content.clear();
        e.outcome.reasoning.clear();
        e.outcome.figures.timeToFirstTokenMs = -1;
        e.outcome.error.kind = ChatError::Kind::Http;
        e.outcome.error.httpStatus = 400;
        e.outcome.error.type = QStringLiteral("invalid_request_error");
        e.outcome.error.code = QStringLiteral("content_filtered");
        e.outcome.error.requestId = QStringLiteral("req-92");
        const QJsonObject o = parsed(ConversationExport::json(e));
        QCOMPARE(o.value(QLatin1String("messages")).toArray().size(), 4); // no empty answer appended
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("message")).toString(), e.outcome.error.message());
        QCOMPARE(error.value(QLatin1String("status")).toInt(), 400);
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("content_filtered"));
        QCOMPARE(error.value(QLatin1String("request_id")).toString(), QStringLiteral("req-92"));
        QVERIFY(
            !o.value(QLatin1String("figures")).toObject().contains(QLatin1String("time_to_first_token_ms")));
    }

    void aSeedBeyondWhatJsonNumbersKeepIsWrittenAsDigits()
    {
        ChatExchange e = conversation();
        e.request.parameters.seed = 9007199254740993; // 2^53 + 1
        const QJsonObject parameters =
            parsed(ConversationExport::json(e)).value(QLatin1String("parameters")).toObject();
        QCOMPARE(parameters.value(QLatin1String("seed")).toString(), QStringLiteral("9007199254740993"));
    }

    void theFileNameSaysWhenInUtc()
    {
        QCOMPARE(ConversationExport::suggestedFileName(conversation(), QStringLiteral("md")),
                 QStringLiteral("conversation-20261207-0812.md"));
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"
