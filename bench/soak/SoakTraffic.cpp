#include "SoakTraffic.h"

#include "AnswerText.h"

#include <algorithm>
#include <random>

namespace gatehouse::bench {

namespace http = boost::beast::http;

namespace {

// The address every streamed question carries; the input filter redacts it before the demo
// model repeats the question, so it must never come back.
constexpr const char* emailAddress = "soak.user@example.com";

std::string chat(const std::string& content, bool stream, const std::string& extra = {})
{
    return R"({"model":"chat",)" + std::string(stream ? R"("stream":true,)" : "") + extra +
           R"("messages":[{"role":"user","content":")" + content + R"("}]})";
}

std::string snippet(const std::string& body)
{
    std::string text = body.substr(0, 160);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

} // namespace

const char* kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Streaming:
        return "streaming";
    case RequestKind::Repeated:
        return "cache hit";
    case RequestKind::Filtered:
        return "filtered";
    }
    return "?";
}

SoakTraffic::SoakTraffic(const SoakOptions& options)
{
    m_pattern.insert(m_pattern.end(), options.streamingPercent, RequestKind::Streaming);
    m_pattern.insert(m_pattern.end(), options.filteredPercent, RequestKind::Filtered);
    m_pattern.resize(100, RequestKind::Repeated);
    std::mt19937 shuffle(9); // the same order every run
    std::shuffle(m_pattern.begin(), m_pattern.end(), shuffle);
    for (unsigned k = 0; k < options.repeatedPrompts; ++k)
        m_repeated.push_back(
            chat("Repeated question " + std::to_string(k) + ": what does a response cache keep?", k % 2 == 1,
                 R"("temperature":0,)"));
}

std::string SoakTraffic::request(std::uint64_t i) const
{
    std::string body;
    switch (kind(i)) {
    case RequestKind::Streaming:
        // No temperature: the default (1.0) is above the cache's bound, so every stream reaches
        // the model. Every fourth asks for the usage chunk as well.
        body = chat("Soak streamcheck " + std::to_string(i) + ": write to " + emailAddress +
                        " about the weekly numbers, please",
                    true, i % 4 == 0 ? R"("stream_options":{"include_usage":true},)" : "");
        break;
    case RequestKind::Repeated:
        body = m_repeated[i % m_repeated.size()];
        break;
    case RequestKind::Filtered:
        body = filteredBody(i, i % 2 == 0);
        break;
    }
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
}

Verdict SoakTraffic::judge(RequestKind kind, const http::response<http::string_body>& answer) const
{
    const auto unexpected = [&](const std::string& what) {
        return Verdict{Verdict::Outcome::Unexpected, what + " (status " +
                                                         std::to_string(answer.result_int()) + ": " +
                                                         snippet(answer.body()) + ")"};
    };
    const std::string contentType(answer[http::field::content_type]);
    const bool eventStream = contentType.rfind("text/event-stream", 0) == 0;
    std::string problem;
    switch (kind) {
    case RequestKind::Streaming: {
        if (answer.result_int() != 200 || !eventStream)
            return unexpected("a stream that is not a 200 event stream");
        const std::optional<std::string> text = streamedText(answer.body(), problem);
        if (!text)
            return unexpected("a broken stream: " + problem);
        // The output filter re-chunks a stream as it scans it: the redaction is checked on the
        // assembled text, not on the bytes.
        if (text->find(emailAddress) != std::string::npos ||
            text->find("write to [EMAIL] about") == std::string::npos)
            return unexpected("a stream whose question was not redacted on input");
        return {};
    }
    case RequestKind::Repeated: {
        if (answer.result_int() != 200)
            return unexpected("a repeated question not answered with 200");
        const std::optional<std::string> text =
            eventStream ? streamedText(answer.body(), problem) : wholeText(answer.body(), problem);
        if (!text)
            return unexpected("a repeated question with a broken answer: " + problem);
        if (text->find("what does a response cache keep?") == std::string::npos)
            return unexpected("a repeated question answered with another text");
        if (answer["X-Gatehouse-Cache"] != "HIT")
            return {Verdict::Outcome::NotFromCache, std::string(answer["X-Gatehouse-Cache"])};
        return {};
    }
    case RequestKind::Filtered:
        if (answer.result_int() != 400 || answer.body().find("\"content_filtered\"") == std::string::npos)
            return unexpected("a blocked question not refused with 400 content_filtered");
        return {};
    }
    return unexpected("an unknown kind");
}

std::string SoakTraffic::ruleSet()
{
    return R"({"version":1,"options":{"failMode":"closed","maxMatchLength":64},"rules":[)"
           R"({"id":"no-blackbird","kind":"keywords","keywords":["project blackbird"],"action":"block",)"
           R"("scope":{"input":true,"output":false}},)"
           R"({"id":"emails","kind":"pii","detectors":["email"],"action":"redact",)"
           R"("scope":{"input":true,"output":false}},)"
           R"({"id":"streamcheck","kind":"regex","pattern":"streamcheck \\d+","action":"flag",)"
           R"("scope":{"input":false,"output":true}}]})";
}

std::string SoakTraffic::filteredBody(std::uint64_t n, bool stream)
{
    return chat("Tell me everything about project blackbird, request " + std::to_string(n), stream);
}

} // namespace gatehouse::bench
