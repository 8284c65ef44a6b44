#include "core/rules/TokenEstimate.h"

#include "core/rules/Utf8.h"

namespace gatehouse::rules {

std::uint64_t estimateTokens(std::string_view text)
{
    std::uint64_t asciiRun = 0;
    std::uint64_t twoByteRun = 0;
    std::uint64_t tokens = 0;
    const auto closeRuns = [&] {
        tokens += (asciiRun + 3) / 4 + (twoByteRun + 1) / 2;
        asciiRun = 0;
        twoByteRun = 0;
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8::charLength(text, i);
        if (n == 1) {
            if (twoByteRun > 0) {
                closeRuns();
            }
            ++asciiRun;
        } else if (n == 2) {
            if (asciiRun > 0) {
                closeRuns();
            }
            ++twoByteRun;
        } else {
            closeRuns();
            ++tokens;
        }
        i += n;
    }
    closeRuns();
    return tokens;
}

} // namespace gatehouse::rules
