#include "core/rules/KeywordPattern.h"

#include "core/rules/Utf8.h"

#include <re2/re2.h>

#include <string_view>

namespace gatehouse::rules {
namespace {

constexpr std::string_view wordChar = R"(\pL\pN\pM_)";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

// Literal text with each run of ASCII white space turned into "any white space".
std::string phrasePattern(std::string_view phrase)
{
    std::string out;
    std::size_t i = 0;
    while (i < phrase.size()) {
        if (isSpace(phrase[i])) {
            while (i < phrase.size() && isSpace(phrase[i])) {
                ++i;
            }
            out += R"([\s\p{Zs}]+)";
            continue;
        }
        std::size_t j = i;
        while (j < phrase.size() && !isSpace(phrase[j])) {
            ++j;
        }
        out += RE2::QuoteMeta(re2::StringPiece(phrase.data() + i, j - i));
        i = j;
    }
    return out;
}

} // namespace

KeywordPattern buildKeywordPattern(const std::vector<std::string>& keywords, bool wholeWords)
{
    KeywordPattern result;
    if (keywords.empty()) {
        result.error = "add at least one keyword or phrase";
        return result;
    }
    std::string alternatives;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        const std::string_view keyword = trimmed(keywords[i]);
        if (keyword.empty()) {
            result.badKeyword = i;
            result.error = "the keyword is empty; remove it or type a word";
            return result;
        }
        if (keyword.size() > maxKeywordLength) {
            result.badKeyword = i;
            result.error = "the keyword is longer than " + std::to_string(maxKeywordLength) +
                           " bytes; use a regex rule for long text";
            return result;
        }
        if (!utf8::isValid(keyword)) {
            result.badKeyword = i;
            result.error = "the keyword is not valid UTF-8";
            return result;
        }
        if (!alternatives.empty()) {
            alternatives += '|';
        }
        alternatives += phrasePattern(keyword);
    }
    const std::string body = "((?i:" + alternatives + "))";
    if (!wholeWords) {
        result.pattern = body;
        return result;
    }
    result.pattern =
        "(?:^|[^" + std::string(wordChar) + "])" + body + "(?:[^" + std::string(wordChar) + "]|$)";
    return result;
}

} // namespace gatehouse::rules
