#include "core/sse/Utf8Repair.h"

#include <cstdint>
#include <cstring>

namespace gatehouse::sse {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Length of the valid sequence starting at `i`, or 0 with `bad` set to the number of bytes
// that form the maximal invalid subsequence to replace.
std::size_t validSequence(std::string_view s, std::size_t i, std::size_t& bad)
{
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t b0 = byte(i);
    bad = 1;
    if (b0 < 0x80)
        return 1;
    std::size_t need = 0;
    std::uint8_t lower = 0x80;
    std::uint8_t upper = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        if (b0 == 0xE0)
            lower = 0xA0;
        if (b0 == 0xED)
            upper = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        if (b0 == 0xF0)
            lower = 0x90;
        if (b0 == 0xF4)
            upper = 0x8F;
    } else {
        return 0;
    }
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size() || byte(i + k) < lower || byte(i + k) > upper) {
            bad = k; // the lead byte and the valid continuations before the offending byte
            return 0;
        }
        lower = 0x80;
        upper = 0xBF;
    }
    return need + 1;
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size();) {
        // ASCII, the bulk of any stream, eight bytes at a time.
        while (i + 8 <= bytes.size()) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= bytes.size())
            break;
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t bad = 0;
        const std::size_t n = validSequence(bytes, i, bad);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

std::string repairUtf8(std::string_view bytes)
{
    if (isValidUtf8(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + 8);
    for (std::size_t i = 0; i < bytes.size();) {
        std::size_t bad = 0;
        const std::size_t n = validSequence(bytes, i, bad);
        if (n == 0) {
            out += replacement;
            i += bad;
        } else {
            out.append(bytes.substr(i, n));
            i += n;
        }
    }
    return out;
}

} // namespace gatehouse::sse
