// The cache's pure parts: the canonical form of a request (what makes two requests the same),
// the determinism bounds, and a streamed answer turned into a chat.completion and back.

#include "gateway/cache/AnswerAssembler.h"
#include "gateway/cache/CacheConfig.h"
#include "gateway/cache/CacheKey.h"
#include "gateway/cache/StreamReplay.h"
#include "gateway/chat/ChatRequest.h"

#include <QCryptographicHash>
#include <QTest>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

using namespace gatehouse::gateway;

namespace {

ChatRequest parse(std::string_view body)
{
    auto parsed = parseChatRequest(body);
    if (auto* error = std::get_if<gatehouse::gateway::http::ApiError>(&parsed))
        qFatal("bad test body: %s", error->message.c_str());
    return std::get<ChatRequest>(std::move(parsed));
}

std::string key(std::string_view body)
{
    return cacheKeyFor(parse(body), "chat").digest;
}

std::string dataOf(const std::string& event)
{
    return event.substr(6, event.size() - 8); // "data: " ... "\n\n"
}

} // namespace

class TestGatewayCacheAnswer : public QObject
{
    Q_OBJECT

private slots:
    void canonicalFormIgnoresWhatDoesNotChangeTheAnswer()
    {
        const std::string base = key(
            "{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        QCOMPARE(base.size(), std::size_t(64));
        // Key order, whole numbers written as decimals, nulls, n = 1, and delivery/caller fields.
        QCOMPARE(key("{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"temperature\":0.0,\"model\":"
                     "\"chat\"}"),
                 base);
        QCOMPARE(key("{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":"
                     "\"hi\",\"name\":null}],\n                         "
                     "\"n\":1,\"user\":\"u-1\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                     "\n                         \"metadata\":{\"a\":\"b\"},\"store\":false,\"seed\":null}"),
                 base);
        // The configured model name is what counts, whatever alias the client used.
        QCOMPARE(cacheKeyFor(parse("{\"model\":\"alias\",\"temperature\":0,\"messages\":[{\"role\":\"user\","
                                   "\"content\":\"hi\"}]}"),
                             "chat")
                     .digest,
                 base);
        QCOMPARE(cacheKeyFor(parse("{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"user\","
                                   "\"content\":\"hi\"}]}"),
                             "chat")
                     .canonical,
                 std::string("{\"messages\":[{\"content\":\"hi\",\"role\":\"user\"}],\"model\":\"chat\","
                             "\"temperature\":0}"));
    }

    void digestsAreTheSha256OfTheCanonicalForms()
    {
        // Ids stay the same across versions: the SHA-256 of the canonical text (checked here with
        // Qt's own SHA-256), and the question's digest that of the canonical {model, messages}.
        const ChatRequest request = parse("{\"model\":\"alias\",\"temperature\":0,\"seed\":7,\"messages\":"
                                          "[{\"role\":\"user\",\"content\":\"say \\\"hi\\\"\\n\"}]}");
        const CacheKey key = cacheKeyFor(request, "chat");
        const auto sha256 = [](const std::string& text) {
            return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
                .toHex()
                .toStdString();
        };
        QCOMPARE(key.digest, sha256(key.canonical));
        const std::string question = "{\"messages\":[{\"content\":\"say \\\"hi\\\"\\n\",\"role\":\"user\"}],"
                                     "\"model\":\"chat\"}";
        QCOMPARE(canonicalJson("{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"say "
                               "\\\"hi\\\"\\n\"}]}"),
                 question);
        QCOMPARE(key.questionDigest, sha256(question));
        // A request that sends nothing but the question has no separate question digest.
        QVERIFY(
            cacheKeyFor(parse("{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"),
                        "chat")
                .questionDigest.empty());
    }

    void canonicalFormKeepsWhatChangesTheAnswer()
    {
        const std::string base = key(
            "{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        for (const char* other : {
                 "{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":\"hi "
                 "\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0.1,\"messages\":[{\"role\":\"user\",\"content\":"
                 "\"hi\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0,\"max_tokens\":5,\"messages\":[{\"role\":\"user\","
                 "\"content\":\"hi\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0,\"seed\":7,\"messages\":[{\"role\":\"user\","
                 "\"content\":\"hi\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0,\"messages\":[{\"role\":\"system\",\"content\":\"be "
                 "brief\"},{\"role\":\"user\",\"content\":\"hi\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0,\"tools\":[{\"type\":\"function\",\"function\":{"
                 "\"name\":\"f\"}}],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                 "{\"model\":\"chat\",\"temperature\":0,\"response_format\":{\"type\":\"json_object\"},"
                 "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
             })
            QVERIFY2(key(other) != base, other);
    }

    void determinismBounds()
    {
        CacheConfig config; // max_temperature 0.3, default_temperature 1.0
        QVERIFY(!whyNotStorable(
            parse("{\"model\":\"m\",\"temperature\":0.3,\"messages\":[{\"role\":\"user\"}]}"), config));
        QVERIFY(whyNotStorable(
            parse("{\"model\":\"m\",\"temperature\":0.31,\"messages\":[{\"role\":\"user\"}]}"), config));
        QVERIFY(whyNotStorable(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}]}"), config));
        QVERIFY(whyNotStorable(
            parse("{\"model\":\"m\",\"temperature\":0,\"n\":2,\"messages\":[{\"role\":\"user\"}]}"), config));
        config.defaultTemperature = 0;
        QVERIFY(!whyNotStorable(parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}]}"), config));
    }

    void streamedToolCallsRoundTrip()
    {
        const std::string completion =
            "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":5,\"model\":\"m\","
            "\"system_fingerprint\":\"fp\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
            "\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":"
            "{\"name\":\"lookup\",\"arguments\":\"{\\\"city\\\":\\\"Zürich\\\",\\\"days\\\":3}\"}}],"
            "\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"tool_calls\"}],"
            "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}";
        const auto events = replayAsEvents(completion, true);
        QVERIFY(events.size() > 4);
        QCOMPARE(events.back(), std::string("data: [DONE]\n\n"));
        AnswerAssembler assembler;
        for (const auto& event : events)
            QVERIFY(assembler.feed(dataOf(event)));
        const auto rebuilt = assembler.completion();
        QVERIFY(rebuilt);
        QCOMPARE(boost::json::parse(*rebuilt), boost::json::parse(completion));
    }

    void streamedTextRoundTripsWithoutUsage()
    {
        const std::string completion =
            "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":["
            "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello  there,\\nfriend. "
            "Grüße!\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}]}";
        const auto events = replayAsEvents(completion, true);
        AnswerAssembler assembler;
        std::size_t content = 0;
        for (const auto& event : events) {
            content += event.find("\"content\":\"") != std::string::npos &&
                       event.find("\"content\":\"\"") == std::string::npos;
            QVERIFY(assembler.feed(dataOf(event)));
        }
        QCOMPARE(content, std::size_t(4)); // word-sized pieces
        QCOMPARE(boost::json::parse(*assembler.completion()), boost::json::parse(completion));
    }

    void incompleteOrBrokenStreamsAreNotStorable()
    {
        AnswerAssembler noDone;
        QVERIFY(noDone.feed("{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_"
                            "reason\":\"stop\"}]}"));
        QVERIFY(!noDone.completion());

        AnswerAssembler error;
        QVERIFY(!error.feed("{\"error\":{\"message\":\"boom\"}}"));
        error.feed("[DONE]");
        QVERIFY(!error.completion());

        AnswerAssembler twoChoices;
        QVERIFY(!twoChoices.feed("{\"id\":\"c\",\"choices\":[{\"index\":1,\"delta\":{\"content\":\"x\"}}]}"));

        // A tool call index out of range is a broken stream, not a reason to allocate 1e9 calls.
        for (const char* index : {"1e300", "-1", "1000000000", "0.5", "\"0\""}) {
            AnswerAssembler farCall;
            QVERIFY2(!farCall.feed(
                         std::string("{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{"
                                     "\"index\":") +
                         index + "}]}}]}"),
                     index);
            farCall.feed("[DONE]");
            QVERIFY2(!farCall.completion(), index);
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayCacheAnswer)
#include "tst_gatewaycacheanswer.moc"
