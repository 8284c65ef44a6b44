// Fuzz target: the server-sent events parser (core/sse) on an upstream's stream. The same bytes
// are fed whole and in pieces whose sizes come from the input; the standard says the events do
// not depend on how the stream was cut, so any difference is a bug (abort). A third parser with
// a short line limit covers the failed state.

#include "core/sse/SseParser.h"
#include "core/sse/Utf8Repair.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sse = gatehouse::sse;

namespace {

struct Outcome
{
    std::vector<sse::Event> events;
    std::string lastEventId;
    std::optional<std::uint64_t> retry;
    bool failed = false;
};

bool same(const Outcome& a, const Outcome& b)
{
    if (a.events.size() != b.events.size() || a.lastEventId != b.lastEventId || a.retry != b.retry ||
        a.failed != b.failed)
        return false;
    for (std::size_t i = 0; i < a.events.size(); ++i)
        if (a.events[i].type != b.events[i].type || a.events[i].data != b.events[i].data ||
            a.events[i].lastEventId != b.events[i].lastEventId)
            return false;
    return true;
}

// Feeds `bytes` in pieces: piece i is 1 + cuts[i % cuts.size()] % 13 bytes long (whole when no cuts).
Outcome parse(std::string_view bytes, std::string_view cuts, std::size_t maxLineBytes)
{
    Outcome outcome;
    sse::Parser parser(maxLineBytes);
    const auto sink = [&outcome](const sse::Event& event) {
        if (!sse::isValidUtf8(event.data) || !sse::isValidUtf8(event.type))
            std::abort(); // the parser promises UTF-8 out
        outcome.events.push_back(event);
    };
    std::size_t at = 0;
    for (std::size_t piece = 0; at < bytes.size(); ++piece) {
        const std::size_t length =
            cuts.empty() ? bytes.size() : 1 + static_cast<unsigned char>(cuts[piece % cuts.size()]) % 13;
        parser.feed(bytes.substr(at, length), sink);
        at += length;
    }
    parser.finish();
    outcome.lastEventId = parser.lastEventId();
    outcome.retry = parser.retryMilliseconds();
    outcome.failed = parser.failed();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    // The first 8 bytes (when there are more) say where to cut; the rest is the stream.
    const std::string_view cuts = input.size() > 8 ? input.substr(0, 8) : std::string_view();
    const std::string_view stream = input.substr(cuts.size());

    const Outcome whole = parse(stream, {}, sse::Parser::defaultMaxLineBytes);
    const Outcome pieces = parse(stream, cuts, sse::Parser::defaultMaxLineBytes);
    if (!same(whole, pieces)) {
        std::fprintf(stderr, "the events differ when the stream is fed in pieces: %zu whole, %zu in pieces\n",
                     whole.events.size(), pieces.events.size());
        std::abort();
    }
    (void)parse(stream, cuts, 64);
    (void)sse::repairUtf8(stream);
    return 0;
}
