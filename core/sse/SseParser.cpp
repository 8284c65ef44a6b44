#include "core/sse/SseParser.h"

#include "core/sse/Utf8Repair.h"

#include <algorithm>
#include <cstring>

namespace gatehouse::sse {

namespace {
constexpr std::string_view bom = "\xEF\xBB\xBF";

// Finds line ends with memchr (vectorised by the C library) instead of find_first_of's test of
// every byte against both CR and LF. The next LF is remembered, so a stream of CR-only lines is
// still read once, not once per line.
class LineEnds
{
public:
    explicit LineEnds(std::string_view bytes)
        : m_bytes(bytes)
    {}

    // The first CR or LF at or after `from`, or npos.
    std::size_t next(std::size_t from)
    {
        if (!m_lfKnown || m_lf < from) {
            const void* lf = std::memchr(m_bytes.data() + from, '\n', m_bytes.size() - from);
            m_lf =
                lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - m_bytes.data()) : m_bytes.size();
            m_lfKnown = true;
        }
        const void* cr = std::memchr(m_bytes.data() + from, '\r', m_lf - from);
        if (cr)
            return static_cast<std::size_t>(static_cast<const char*>(cr) - m_bytes.data());
        return m_lf < m_bytes.size() ? m_lf : std::string_view::npos;
    }

private:
    std::string_view m_bytes;
    std::size_t m_lf = 0;
    bool m_lfKnown = false;
};
} // namespace

Parser::Parser(std::size_t maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

bool Parser::feed(std::string_view bytes, const Sink& sink)
{
    if (m_failed)
        return false;

    // One leading BOM is dropped, even when it arrives split over reads.
    while (!m_bomDone && !bytes.empty()) {
        if (bytes.front() == bom[m_bomBytesSeen]) {
            bytes.remove_prefix(1);
            if (++m_bomBytesSeen == bom.size())
                m_bomDone = true;
        } else {
            // Not a BOM after all: the bytes matched so far are content.
            m_line.append(bom.substr(0, m_bomBytesSeen));
            m_bomDone = true;
        }
    }

    LineEnds lineEnds(bytes);
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (m_afterCr) {
            m_afterCr = false;
            if (bytes[i] == '\n') { // the LF of a CRLF that was split between reads
                ++i;
                continue;
            }
        }
        const std::size_t end = lineEnds.next(i);
        if (end == std::string_view::npos) {
            m_line.append(bytes.substr(i));
            if (m_line.size() > m_maxLineBytes) {
                m_failed = true;
                m_line.clear();
                return false;
            }
            return true;
        }
        if (m_line.empty()) {
            processLine(bytes.substr(i, end - i), sink);
        } else {
            m_line.append(bytes.substr(i, end - i));
            processLine(m_line, sink);
            m_line.clear();
        }
        if (bytes[end] == '\r') {
            if (end + 1 < bytes.size()) {
                i = end + (bytes[end + 1] == '\n' ? 2 : 1);
            } else {
                m_afterCr = true;
                i = end + 1;
            }
        } else {
            i = end + 1;
        }
    }
    return true;
}

void Parser::finish()
{
    // "If the file ends in the middle of an event, before the final empty line, the incomplete
    // event is not dispatched."
    m_line.clear();
    m_data.clear();
    m_type.clear();
    m_afterCr = false;
}

void Parser::processLine(std::string_view rawLine, const Sink& sink)
{
    if (rawLine.empty()) {
        dispatch(sink);
        return;
    }
    if (rawLine.front() == ':')
        return; // comment, e.g. a keep-alive

    std::string repaired;
    std::string_view line = rawLine;
    if (!isValidUtf8(line)) {
        repaired = repairUtf8(line);
        line = repaired;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
        processField(line, {});
        return;
    }
    std::string_view value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ')
        value.remove_prefix(1);
    processField(line.substr(0, colon), value);
}

void Parser::processField(std::string_view name, std::string_view value)
{
    if (name == "event") {
        m_type.assign(value);
    } else if (name == "data") {
        m_data.append(value);
        m_data.push_back('\n');
    } else if (name == "id") {
        if (value.find('\0') == std::string_view::npos)
            m_idBuffer.assign(value);
    } else if (name == "retry") {
        const bool digits = !value.empty() && std::all_of(value.begin(), value.end(),
                                                          [](char c) { return c >= '0' && c <= '9'; });
        if (digits && value.size() <= 19) {
            std::uint64_t ms = 0;
            for (char c : value)
                ms = ms * 10 + static_cast<std::uint64_t>(c - '0');
            m_retry = ms;
        }
    }
    // Any other field is ignored.
}

void Parser::dispatch(const Sink& sink)
{
    m_lastEventId = m_idBuffer;
    if (m_data.empty()) {
        m_type.clear();
        return;
    }
    m_data.pop_back(); // the trailing LF
    Event event;
    event.type = m_type.empty() ? std::string("message") : m_type;
    event.data = std::move(m_data);
    event.lastEventId = m_lastEventId;
    m_data.clear();
    m_type.clear();
    if (sink)
        sink(event);
}

} // namespace gatehouse::sse
