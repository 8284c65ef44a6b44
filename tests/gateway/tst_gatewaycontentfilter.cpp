// The content filter stages of gatehoused as units: InputFilter on message texts (string content
// and text parts), StreamedAnswerFilter on OpenAI chunk streams (several choices, held-back text,
// finish_reason, usage, blocks).
#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetHolder.h"
#include "gateway/chat/ChatRequest.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/InputFilter.h"
#include "gateway/pipeline/StreamedAnswerFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::gateway;

namespace {

rules::Rule keywordRule(std::string id, std::vector<std::string> words, rules::Action action, bool input,
                        bool output)
{
    rules::Rule r;
    r.id = std::move(id);
    r.kind = rules::RuleKind::Keywords;
    r.keywords = std::move(words);
    r.action = action;
    r.scope.input = input;
    r.scope.output = output;
    return r;
}

std::shared_ptr<const rules::CompiledRuleSet> compiled(std::vector<rules::Rule> list, std::size_t window = 16)
{
    rules::RuleSet set;
    set.options.maxMatchLength = window;
    set.rules = std::move(list);
    return rules::RuleCompiler::compile(set).ruleSet;
}

std::string chunk(const QJsonArray& choices, const QJsonValue& usage = QJsonValue::Undefined)
{
    QJsonObject o{{"id", "c1"}, {"object", "chat.completion.chunk"}, {"model", "m"}, {"choices", choices}};
    if (!usage.isUndefined())
        o["usage"] = usage;
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString() + "\n\n";
}

QJsonObject content(int index, const QString& text, const QJsonValue& finish = QJsonValue::Null)
{
    return QJsonObject{
        {"index", index}, {"delta", QJsonObject{{"content", text}}}, {"finish_reason", finish}};
}

// The text each choice received, checking that every event is whole JSON.
QMap<int, QString> texts(const std::vector<std::string>& events, bool* valid)
{
    QMap<int, QString> out;
    for (const std::string& event : events) {
        QByteArray data = QByteArray::fromStdString(event);
        if (!data.startsWith("data: ") || !data.endsWith("\n\n")) {
            *valid = false;
            continue;
        }
        data = data.mid(6).chopped(2);
        if (data == "[DONE]")
            continue;
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(data, &error).object();
        *valid = *valid && error.error == QJsonParseError::NoError;
        for (const QJsonValue& c : o.value("choices").toArray()) {
            const QJsonObject choice = c.toObject();
            out[choice.value("index").toInt()] +=
                choice.value("delta").toObject().value("content").toString();
        }
    }
    return out;
}

} // namespace

class TestGatewayContentFilter : public QObject
{
    Q_OBJECT

private slots:
    void inputRedactionRewritesTextPartsAndKeepsImages()
    {
        rules::RuleSetHolder holder;
        rules::Rule cards;
        cards.id = "cards";
        cards.kind = rules::RuleKind::Pii;
        cards.detectors = {rules::PiiDetector::PaymentCard};
        cards.action = rules::Action::Redact;
        QVERIFY(holder.load({{}, {cards}}).empty());
        const InputFilter filter(holder, nullptr);

        const QJsonObject body{
            {"model", "m"},
            {"messages",
             QJsonArray{
                 QJsonObject{{"role", "system"}, {"content", "карта 4111 1111 1111 1111"}},
                 QJsonObject{
                     {"role", "user"},
                     {"content",
                      QJsonArray{QJsonObject{{"type", "text"}, {"text", "первая 5500 0000 0000 0004"}},
                                 QJsonObject{{"type", "image_url"}, {"image_url", QJsonObject{{"url", "x"}}}},
                                 QJsonObject{{"type", "text"}, {"text", "и 4111-1111-1111-1111, всё"}}}}}}}};
        auto parsed = parseChatRequest(QJsonDocument(body).toJson().toStdString());
        ChatExchange exchange;
        exchange.chat = std::make_shared<const ChatRequest>(std::get<ChatRequest>(parsed));
        QVERIFY(!filter.admit(exchange));
        QCOMPARE(exchange.filterVerdict, rules::Verdict::Redact);
        QCOMPARE(exchange.filterRules, std::vector<std::string>{"cards"});

        const QJsonArray messages =
            QJsonDocument::fromJson(QByteArray::fromStdString(exchange.chat->bodyFor("m")))
                .object()
                .value("messages")
                .toArray();
        QCOMPARE(messages[0].toObject().value("content").toString(), QStringLiteral("карта [CARD]"));
        const QJsonArray parts = messages[1].toObject().value("content").toArray();
        QCOMPARE(parts.size(), 3);
        // Each text part keeps its place, redacted; the image part is untouched.
        QCOMPARE(parts[0].toObject().value("text").toString(), QStringLiteral("первая [CARD]"));
        QCOMPARE(parts[1].toObject().value("image_url").toObject().value("url").toString(),
                 QStringLiteral("x"));
        QCOMPARE(parts[2].toObject().value("text").toString(), QStringLiteral("и [CARD], всё"));
    }

    void inputBlockNamesTheMessage()
    {
        rules::RuleSetHolder holder;
        QVERIFY(
            holder.load({{}, {keywordRule("stop", {"zyzzyva"}, rules::Action::Block, true, false)}}).empty());
        const InputFilter filter(holder, nullptr);
        auto parsed =
            parseChatRequest("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
                             "{\"role\":\"user\",\"content\":\"a Zyzzyva\"}]}");
        ChatExchange exchange;
        exchange.chat = std::make_shared<const ChatRequest>(std::get<ChatRequest>(parsed));
        const auto refusal = filter.admit(exchange);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 400U);
        QCOMPARE(*refusal->code, std::string("content_filtered"));
        QCOMPARE(*refusal->param, std::string("messages[1].content"));
        QVERIFY(refusal->message.find("\"stop\"") != std::string::npos);
        QVERIFY(refusal->message.find("zyzzyva") == std::string::npos);
    }

    void choicesAreFilteredApartAndFlushedBeforeTheirFinish()
    {
        StreamedAnswerFilter filter(
            compiled({keywordRule("bird", {"blue bird"}, rules::Action::Redact, false, true)}));
        std::vector<std::string> out;
        const auto feed = [&](const std::string& event) {
            StreamedAnswerFilter::Output o = filter.onEvent(event);
            QVERIFY(!o.stop);
            out.insert(out.end(), o.events.begin(), o.events.end());
        };
        feed(chunk(
            {QJsonObject{{"index", 0}, {"delta", QJsonObject{{"role", "assistant"}, {"content", ""}}}}}));
        feed(chunk({content(0, "a blue"), content(1, "the blue")}));
        feed(chunk({content(0, " bird sings"), content(1, " sky")}));
        feed(chunk({content(1, " and a blue"),
                    QJsonObject{{"index", 0}, {"delta", QJsonObject{}}, {"finish_reason", "stop"}}}));
        feed(chunk({content(1, " bird", "stop")}));
        feed(chunk({}, QJsonObject{{"prompt_tokens", 3}, {"completion_tokens", 9}}));
        feed("data: [DONE]\n\n");

        bool valid = true;
        const QMap<int, QString> text = texts(out, &valid);
        QVERIFY(valid);
        QCOMPARE(text.value(0), QStringLiteral("a [REDACTED] sings"));
        QCOMPARE(text.value(1), QStringLiteral("the blue sky and a [REDACTED]"));
        // Choice 0's rest comes before its finish_reason; the usage chunk and [DONE] pass as they came.
        qsizetype finish0 = -1;
        qsizetype lastText0 = -1;
        for (qsizetype i = 0; i < qsizetype(out.size()); ++i) {
            const QByteArray e = QByteArray::fromStdString(out[std::size_t(i)]);
            if (e.contains("\"index\":0") && e.contains("\"finish_reason\":\"stop\""))
                finish0 = i;
            if (e.contains("\"index\":0") && e.contains("sings"))
                lastText0 = i;
        }
        QVERIFY(lastText0 >= 0 && finish0 > lastText0);
        QVERIFY(QByteArray::fromStdString(out[out.size() - 2]).contains("\"completion_tokens\":9"));
        QCOMPARE(out.back(), std::string("data: [DONE]\n\n"));
        QCOMPARE(filter.summary().verdict, rules::Verdict::Redact);
    }

    void aBlockStopsTheStreamAndOtherEventsPassUntouched()
    {
        StreamedAnswerFilter filter(
            compiled({keywordRule("btn", {"red button"}, rules::Action::Block, false, true)}));
        const std::string comment = ": keep-alive\n\n";
        QCOMPARE(filter.onEvent(comment).events, std::vector<std::string>{comment});
        const std::string notJson = "data: {oops\n\n";
        QCOMPARE(filter.onEvent(notJson).events, std::vector<std::string>{notJson});

        // The match is decided when the text around it would be released: here, within the window.
        std::vector<std::string> released;
        std::optional<http::ApiError> stop;
        for (const char* piece : {"press the red", " button now", " and then some more words to push it"}) {
            StreamedAnswerFilter::Output o = filter.onEvent(chunk({content(0, piece)}));
            released.insert(released.end(), o.events.begin(), o.events.end());
            if (o.stop) {
                stop = o.stop;
                break;
            }
        }
        QVERIFY(stop);
        QCOMPARE(*stop->code, std::string("content_filtered"));
        QVERIFY(stop->message.find("\"btn\"") != std::string::npos);
        bool valid = true;
        const QString before = texts(released, &valid).value(0); // never a byte of the match
        QVERIFY2(QStringLiteral("press the ").startsWith(before) && before.size() > 3, qPrintable(before));
        QVERIFY(valid);
        // Nothing after a block.
        QVERIFY(filter.onEvent(chunk({content(0, "more")})).events.empty());
        QVERIFY(filter.onEnd().events.empty());
        QCOMPARE(filter.summary().blockingRuleId, std::string("btn"));
    }

    void theRestIsFlushedWhenTheUpstreamEndsWithoutDone()
    {
        StreamedAnswerFilter filter(
            compiled({keywordRule("x", {"zzz"}, rules::Action::Flag, false, true)}, 64));
        std::vector<std::string> out = filter.onEvent(chunk({content(0, "short answer")})).events;
        bool valid = true;
        QCOMPARE(texts(out, &valid).value(0), QString()); // held back: shorter than the window
        out = filter.onEnd().events;
        QCOMPARE(texts(out, &valid).value(0), QStringLiteral("short answer"));
        QVERIFY(valid);
    }
};

QTEST_GUILESS_MAIN(TestGatewayContentFilter)
#include "tst_gatewaycontentfilter.moc"
