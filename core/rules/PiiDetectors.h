#pragma once

#include "core/rules/Rule.h"

#include <cstddef>
#include <string_view>

// Built-in detectors for personal data and credentials. Each is a candidate pattern that runs in
// the rule set's RE2::Set pass like any other pattern, and a check in C++ (checksums, ranges,
// decoding) that every candidate must pass before it counts as a match.
namespace gatehouse::rules {

struct PiiDetectorSpec
{
    PiiDetector detector;
    std::string_view label; // default redaction label
    std::string_view pattern;
    int spanGroup; // capture group that holds the candidate (0: the whole match)
    // Length of the accepted candidate (a prefix of it), or 0 to reject it.
    std::size_t (*accept)(std::string_view candidate);
    // After a rejected candidate, look for another one starting inside it ("ref 12 4111 1111
    // 1111 1111" holds a card), or skip it whole (the tail of a card is no phone number).
    bool retryInside;
};

const PiiDetectorSpec& detectorSpec(PiiDetector detector);

// Phone numbers in international (+49 30 1234567) or grouped national form ((555) 123-4567,
// 020 7946 0958): 8-15 digits after '+', 10-15 without it (then with separators), not a card
// number, an IP address, or one digit repeated.
bool phoneValid(std::string_view text);

// addr-spec in its common form: local part 1-64 characters without leading, trailing or doubled
// dots; domain of dot-separated labels (1-63 letters, digits, inner hyphens), alphabetic TLD.
bool emailValid(std::string_view text);

} // namespace gatehouse::rules
