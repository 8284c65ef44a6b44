#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gatehouse::sse {

// One dispatched server-sent event.
struct Event
{
    std::string type = "message";
    std::string data;
    std::string lastEventId;
};

// The WHATWG "event stream interpretation" (HTML §9.2.6), byte for byte: UTF-8 with one leading
// BOM dropped and invalid sequences replaced; lines end at CRLF, LF or CR — also when a CR ends
// one read and its LF starts the next; comments, field parsing, `data` accumulation, `id`
// without NUL, all-digit `retry`; an event whose data is empty is not dispatched; data still
// pending at the end of the stream is discarded. Plain C++ so the gateway and the chat client
// read streams the same way.
class Parser
{
public:
    using Sink = std::function<void(const Event& event)>;

    // A line longer than this puts the parser in the failed state (a stream that never sends a
    // line end must not grow memory without bound).
    static constexpr std::size_t defaultMaxLineBytes = 16 * 1024 * 1024;

    explicit Parser(std::size_t maxLineBytes = defaultMaxLineBytes);

    // Feeds the next bytes of the stream, in pieces of any size, calling `sink` for every event
    // completed by them. Returns false once the parser has failed (see failed()).
    bool feed(std::string_view bytes, const Sink& sink);

    // The stream ended: pending data is discarded, as the standard requires.
    void finish();

    bool failed() const { return m_failed; }
    const std::string& lastEventId() const { return m_lastEventId; }
    std::optional<std::uint64_t> retryMilliseconds() const { return m_retry; }

private:
    void processLine(std::string_view line, const Sink& sink);
    void processField(std::string_view name, std::string_view value);
    void dispatch(const Sink& sink);

    std::size_t m_maxLineBytes;
    std::string m_line;
    std::string m_data;
    std::string m_type;
    std::string m_idBuffer;
    std::string m_lastEventId;
    std::optional<std::uint64_t> m_retry;
    std::size_t m_bomBytesSeen = 0; // how much of a leading BOM has been matched so far
    bool m_bomDone = false;
    bool m_afterCr = false;
    bool m_failed = false;
};

} // namespace gatehouse::sse
