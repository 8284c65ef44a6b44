#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// Turns a keyword list into one RE2 pattern, so keywords run in the same RE2::Set pass as the
// regex rules. RE2 supplies what would otherwise need ICU: (?i) folds case by Unicode simple case
// folding (ПРИВЕТ = привет, Ё = ё), and \pL/\pN/\pM tell letters of any script apart from the
// rest, which RE2's ASCII-only \b cannot.
namespace gatehouse::rules {

// Capture group 1 of the pattern is the keyword itself; the text around it is the boundary.
struct KeywordPattern
{
    std::string pattern;
    std::optional<std::size_t> badKeyword; // set on error: index into the list
    std::string error;
};

// wholeWords: a keyword matches only where the character before and the character after it are
// not letters, digits, combining marks or '_' (or are the start/end of the text), so "кот" does
// not match inside "котлета". Inside a phrase, any run of white space matches any run of white
// space (including no-break and ideographic spaces).
KeywordPattern buildKeywordPattern(const std::vector<std::string>& keywords, bool wholeWords);

inline constexpr std::size_t maxKeywordLength = 1024;

} // namespace gatehouse::rules
