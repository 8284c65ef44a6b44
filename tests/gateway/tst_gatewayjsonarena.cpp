// JSON in arenas on the request path: ScratchJson (a tree looked at for a moment) and the body of
// a parsed chat request (a tree in an arena shared by the request's copies). What is read back
// must be what was sent, however far past the arena's first block it reaches, and a copy must
// stay whole after the request it was copied from is gone (AddressSanitizer checks the memory).

#include "gateway/chat/ChatRequest.h"
#include "gateway/chat/ScratchJson.h"
#include "gateway/chat/TokenUsage.h"

#include <QTest>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <memory>
#include <optional>

using namespace gatehouse::gateway;

namespace {

ChatRequest parse(const std::string& body)
{
    auto parsed = parseChatRequest(body);
    if (auto* error = std::get_if<http::ApiError>(&parsed))
        qFatal("bad test body: %s", error->message.c_str());
    return std::get<ChatRequest>(std::move(parsed));
}

// A chat request whose one message holds `words` words: past 4 KiB from about 700 words on.
std::string requestWith(std::size_t words, const std::string& model = "alias")
{
    std::string text;
    for (std::size_t i = 0; i < words; ++i)
        text += "word" + std::to_string(i) + " ";
    return "{\"model\":\"" + model +
           "\",\"temperature\":0.5,\"messages\":[{\"role\":\"user\",\"content\":\"" + text +
           "\"}],\"metadata\":{\"team\":\"support\",\"tags\":[\"a\",\"b\"]}}";
}

} // namespace

class TestGatewayJsonArena : public QObject
{
    Q_OBJECT

private slots:
    void scratchJsonReadsWhatWasSent()
    {
        const ScratchJson small("{\"usage\":{\"prompt_tokens\":3},\"id\":\"chatcmpl-1\"}");
        QVERIFY(small.valid());
        QVERIFY(small.object());
        QCOMPARE(std::string(small.object()->at("id").as_string()), std::string("chatcmpl-1"));

        // Far past the first block: the arena grows and every byte comes back.
        const std::string long1 = std::string(100000, 'x') + "\u00e9nd";
        const std::string text =
            "{\"choices\":[{\"message\":{\"content\":\"" + long1 + "\"}}],\"n\":[1,2,3]}";
        const ScratchJson large(text);
        QVERIFY(large.valid());
        const auto& content =
            large.object()->at("choices").as_array()[0].as_object().at("message").at("content");
        QCOMPARE(std::string(content.as_string()), long1);
        QCOMPARE(boost::json::serialize(large.value()), boost::json::serialize(boost::json::parse(text)));
    }

    void scratchJsonRefusesWhatIsNotOneWholeValue()
    {
        for (const char* text : {"", "{", "{\"a\":1} trailing", "{\"a\":\"cut", "not json"}) {
            const ScratchJson parsed(text);
            QVERIFY2(!parsed.valid(), text);
            QVERIFY2(parsed.value().is_null(), text);
            QVERIFY2(!parsed.object(), text);
        }
        const ScratchJson array("[1,2]");
        QVERIFY(array.valid());
        QVERIFY(!array.object()); // whole JSON, but not an object
    }

    void scratchJsonCanBeEditedAndWrittenOut()
    {
        ScratchJson parsed("{\"choices\":[{\"message\":{\"content\":\"call 555-0100\"}}]}");
        auto& content =
            parsed.value().as_object()["choices"].as_array()[0].as_object()["message"].as_object()["content"];
        content = std::string(5000, 'r'); // an edit bigger than what is left of the first block
        const std::string written = boost::json::serialize(parsed.value());
        QVERIFY(written.find(std::string(5000, 'r')) != std::string::npos);
        QVERIFY(written.find("555") == std::string::npos);
    }

    void tokenUsageIsReadFromALargeAnswer()
    {
        const std::string answer = "{\"choices\":[{\"message\":{\"content\":\"" + std::string(20000, 'a') +
                                   "\"}}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3400}}";
        const auto usage = readTokenUsage(answer);
        QVERIFY(usage);
        QCOMPARE(usage->promptTokens, std::uint64_t(12));
        QCOMPARE(usage->completionTokens, std::uint64_t(3400));
    }

    void aRequestsCopyOutlivesTheRequest()
    {
        const std::string body = requestWith(2000);
        std::optional<ChatRequest> copy;
        {
            auto original = std::make_unique<ChatRequest>(parse(body));
            copy = *original; // shares the arena
            ChatRequest edited = *original;
            edited.body["metadata"].as_object()["team"] = std::string(3000, 't'); // allocates in it
            original.reset();
            QCOMPARE(edited.body.at("metadata").at("team").as_string().size(), std::size_t(3000));
        }
        // Both others are gone; the copy's tree is still there and unchanged.
        QCOMPARE(copy->model, std::string("alias"));
        QCOMPARE(std::string(copy->body.at("metadata").at("team").as_string()), std::string("support"));
        QCOMPARE(boost::json::serialize(copy->body), boost::json::serialize(boost::json::parse(body)));
    }

    void theUpstreamBodyNamesTheUpstreamsModelAndKeepsTheRest()
    {
        for (const std::size_t words : {std::size_t(3), std::size_t(2000)}) {
            const ChatRequest request = parse(requestWith(words));
            const boost::json::value renamed = boost::json::parse(request.bodyFor("gpt-4o-mini"));
            QCOMPARE(std::string(renamed.at("model").as_string()), std::string("gpt-4o-mini"));
            boost::json::object expected = boost::json::parse(requestWith(words)).as_object();
            expected["model"] = "gpt-4o-mini";
            QCOMPARE(boost::json::serialize(renamed), boost::json::serialize(expected));
            // The same name: the body as the client sent it (key order kept).
            QCOMPARE(request.bodyFor("alias"),
                     boost::json::serialize(boost::json::parse(requestWith(words))));
            // The request itself is unchanged by either.
            QCOMPARE(std::string(request.body.at("model").as_string()), std::string("alias"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayJsonArena)
#include "tst_gatewayjsonarena.moc"
