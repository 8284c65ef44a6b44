#include "core/promtext/Parser.h"

#include "core/promtext/FamilyNames.h"
#include "core/promtext/Numbers.h"
#include "core/promtext/TextScanning.h"

#include <array>
#include <cmath>
#include <cstring>

namespace gatehouse::promtext {

using namespace detail;

namespace {

// Exemplar label sets are limited to 128 code points (OpenMetrics 1.0, "Exemplars").
constexpr std::size_t maxExemplarLabelCodePoints = 128;

} // namespace

std::string ParseError::toString() const
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
}

Parser::Parser(std::string_view text, Format format)
    : m_text(text)
    , m_format(format)
{
    m_labels.reserve(16);
}

std::optional<Exemplar> Parser::exemplar() const
{
    if (!m_hasExemplar)
        return std::nullopt;
    return Exemplar{m_exemplarLabels, m_exemplarValue, m_exemplarTimestampMs};
}

Entry Parser::next()
{
    if (m_failed)
        return Entry::Error;
    if (m_finished)
        return Entry::End;
    const char* const textEnd = m_text.data() + m_text.size();
    while (true) {
        if (m_next == m_text.size())
            return finishInput();
        m_lineStart = m_text.data() + m_next;
        const auto* newline = static_cast<const char*>(
            std::memchr(m_lineStart, '\n', static_cast<std::size_t>(textEnd - m_lineStart)));
        m_lineHasNewline = newline != nullptr;
        m_lineEnd = m_lineHasNewline ? newline : textEnd;
        m_next = static_cast<std::size_t>(m_lineEnd - m_text.data()) + (m_lineHasNewline ? 1 : 0);
        ++m_line;

        const char* p = m_lineStart;
        if (isOpenMetrics()) {
            if (p == m_lineEnd)
                return fail(p, "expected a sample or a '# HELP', '# TYPE', '# UNIT' or '# EOF' line; "
                               "OpenMetrics allows no empty lines");
        } else {
            p = skipBlanks(p, m_lineEnd);
            if (p == m_lineEnd)
                continue; // 0.0.4 ignores empty lines
        }
        if (*p == '#') {
            bool skip = false;
            const Entry entry = parseCommentLine(p, skip);
            if (skip)
                continue;
            return entry;
        }
        return parseSampleLine(p);
    }
}

Entry Parser::finishInput()
{
    if (isOpenMetrics()) {
        // Only reached without '# EOF': the EOF line finishes the input itself.
        return failAtLine(m_line + 1, 1,
                          "expected '# EOF' as the last line; OpenMetrics input must end with it "
                          "(was the scrape cut short?)");
    }
    m_finished = true;
    return Entry::End;
}

Entry Parser::fail(const char* at, std::string message)
{
    std::size_t column = 1;
    for (const char* p = m_lineStart; p < at; ++p)
        column += (byte(*p) & 0xC0) != 0x80 ? 1 : 0;
    return failAtLine(m_line, column, std::move(message));
}

Entry Parser::failAtLine(std::size_t line, std::size_t column, std::string message)
{
    m_failed = true;
    m_error = ParseError{line, column, std::move(message)};
    return Entry::Error;
}

Entry Parser::parseCommentLine(const char* p, bool& skip)
{
    if (isOpenMetrics())
        return parseOpenMetricsComment(p);
    return parsePromComment(p, skip);
}

Entry Parser::parsePromComment(const char* p, bool& skip)
{
    const char* const end = m_lineEnd;
    const char* q = p + 1;
    if (q == end || !isBlank(*q)) {
        skip = true; // "#" or "#text": a comment
        return Entry::End;
    }
    q = skipBlanks(q, end);
    const char* keywordEnd = q;
    while (keywordEnd != end && !isBlank(*keywordEnd))
        ++keywordEnd;
    const std::string_view keyword(q, static_cast<std::size_t>(keywordEnd - q));
    if (keyword != "HELP" && keyword != "TYPE") {
        skip = true; // any other comment
        return Entry::End;
    }
    const bool help = keyword == "HELP";
    q = skipBlanks(keywordEnd, end);
    const char* nameEnd = scanName(q, end, metricNameStart, metricNameChar);
    if (nameEnd == q)
        return fail(q, std::string("expected a metric name after ") + (help ? "HELP" : "TYPE") + ", got " +
                           describe(q, end));
    if (nameEnd != end && !isBlank(*nameEnd))
        return fail(nameEnd, std::string("expected a blank after the metric name in ") +
                                 (help ? "HELP" : "TYPE") + ", got " + describe(nameEnd, end));
    const std::string_view name(q, static_cast<std::size_t>(nameEnd - q));
    q = skipBlanks(nameEnd, end);
    if (help) {
        if (!acceptMetadata(Metadata::Help, name, p))
            return Entry::Error;
        m_helpRaw = std::string_view(q, static_cast<std::size_t>(end - q));
        return Entry::Help;
    }
    const char* typeEnd = q;
    while (typeEnd != end && !isBlank(*typeEnd))
        ++typeEnd;
    const std::string_view typeName(q, static_cast<std::size_t>(typeEnd - q));
    const std::optional<MetricType> type = typeFromName(typeName, m_format);
    if (!type)
        return fail(
            q, "expected counter, gauge, histogram, summary or untyped after the metric name in TYPE, got " +
                   describe(q, end));
    const char* rest = skipBlanks(typeEnd, end);
    if (rest != end)
        return fail(rest,
                    "unexpected " + describe(rest, end) + " after the type; expected the end of the line");
    if (!acceptMetadata(Metadata::Type, name, p))
        return Entry::Error;
    m_family.type = *type;
    return Entry::Type;
}

Entry Parser::parseOpenMetricsComment(const char* p)
{
    const char* const end = m_lineEnd;
    if (p + 1 == end || p[1] != ' ')
        return fail(p,
                    "expected '# ' followed by HELP, TYPE, UNIT or EOF; OpenMetrics has no other comments");
    const char* q = p + 2;
    const char* keywordEnd = q;
    while (keywordEnd != end && *keywordEnd != ' ')
        ++keywordEnd;
    const std::string_view keyword(q, static_cast<std::size_t>(keywordEnd - q));
    if (keyword == "EOF") {
        if (keywordEnd != end)
            return fail(keywordEnd, "unexpected " + describe(keywordEnd, end) + " after '# EOF'");
        if (m_next != m_text.size())
            return failAtLine(m_line + 1, 1, "unexpected data after '# EOF'; it must be the last line");
        m_finished = true;
        return Entry::End;
    }
    Metadata kind = Metadata::Help;
    if (keyword == "TYPE") {
        kind = Metadata::Type;
    } else if (keyword == "UNIT") {
        kind = Metadata::Unit;
    } else if (keyword != "HELP") {
        return fail(q, "expected HELP, TYPE, UNIT or EOF after '# ', got " + describe(q, end) +
                           "; OpenMetrics has no other comments");
    }
    if (keywordEnd == end)
        return fail(keywordEnd, "expected a space and a metric name after " + std::string(keyword));
    q = keywordEnd + 1;
    const char* nameEnd = scanName(q, end, metricNameStart, metricNameChar);
    if (nameEnd == q)
        return fail(q, "expected a metric name after " + std::string(keyword) + ", got " + describe(q, end));
    const std::string_view name(q, static_cast<std::size_t>(nameEnd - q));
    if (nameEnd == end || *nameEnd != ' ') {
        const char* what = kind == Metadata::Help   ? "the help text"
                           : kind == Metadata::Type ? "the type"
                                                    : "the unit";
        return fail(nameEnd, "expected a space and " + std::string(what) + " after the metric name, got " +
                                 describe(nameEnd, end));
    }
    q = nameEnd + 1;
    const std::string_view text(q, static_cast<std::size_t>(end - q));
    switch (kind) {
    case Metadata::Help:
        if (!acceptMetadata(kind, name, p))
            return Entry::Error;
        m_helpRaw = text;
        return Entry::Help;
    case Metadata::Type: {
        const std::optional<MetricType> type = typeFromName(text, m_format);
        if (!type)
            return fail(
                q, "expected counter, gauge, histogram, gaugehistogram, summary, stateset, info or unknown "
                   "as the type, got " +
                       quoted(text));
        if (!acceptMetadata(kind, name, p))
            return Entry::Error;
        m_family.type = *type;
        return Entry::Type;
    }
    case Metadata::Unit:
        if (!text.empty() && !(endsWith(name, text) && name.size() > text.size() &&
                               name[name.size() - text.size() - 1] == '_'))
            return fail(q, "the unit " + quoted(text) + " is not a suffix of the metric name " +
                               quoted(name) + "; the name must end in \"_" + std::string(text) + "\"");
        if (!acceptMetadata(kind, name, p))
            return Entry::Error;
        m_unit = text;
        return Entry::Unit;
    }
    return Entry::Error;
}

bool Parser::startFamily(std::string_view name, bool declared, const char* at)
{
    if (m_family.open && isOpenMetrics())
        m_closedFamilies.insert(m_family.name);
    if (isOpenMetrics() && m_closedFamilies.count(name) != 0) {
        fail(at, "the family " + quoted(name) +
                     " appears again after other families; OpenMetrics does not allow interleaved families");
        return false;
    }
    m_family = FamilyState{};
    ++m_familyOrdinal;
    m_family.name = name;
    m_family.open = true;
    m_family.declared = declared;
    m_helpRaw = {};
    m_unit = {};
    return true;
}

bool Parser::acceptMetadata(Metadata kind, std::string_view name, const char* at)
{
    const char* what = kind == Metadata::Help ? "HELP" : kind == Metadata::Type ? "TYPE" : "UNIT";
    if (!m_family.open || m_family.name != name) {
        if (!startFamily(name, true, at))
            return false;
    }
    bool& seen = kind == Metadata::Help   ? m_family.helpSeen
                 : kind == Metadata::Type ? m_family.typeSeen
                                          : m_family.unitSeen;
    if (seen) {
        fail(at, std::string("a second ") + what + " line for " + quoted(name) + "; only one is allowed");
        return false;
    }
    if (m_family.samples != 0 && (kind == Metadata::Type || isOpenMetrics())) {
        fail(at, std::string(what) + " for " + quoted(name) +
                     " comes after its samples; it must come before the " + "first sample");
        return false;
    }
    seen = true;
    m_family.declared = true;
    return true;
}

bool Parser::belongsToFamily(std::string_view name) const
{
    if (!m_family.open)
        return false;
    const std::string_view family = m_family.name;
    if (name.size() < family.size() || name.compare(0, family.size(), family) != 0) {
        // An OpenMetrics family implied by samples alone takes every known suffix of its name.
        return isOpenMetrics() && !m_family.declared && withoutKnownSuffix(name) == family;
    }
    const std::string_view suffix = name.substr(family.size());
    if (suffix.empty())
        return true;
    if (!m_family.declared)
        return isOpenMetrics() && withoutKnownSuffix(name) == family;
    return suffixAllowed(m_family.type, suffix);
}

bool Parser::acceptSample(const char* at)
{
    if (!belongsToFamily(m_metricName)) {
        const std::string_view implied = isOpenMetrics() ? withoutKnownSuffix(m_metricName) : m_metricName;
        if (m_family.open && m_family.declared && implied == m_family.name) {
            fail(at, "the sample " + quoted(m_metricName) + " does not belong to the " +
                         std::string(metricTypeName(m_family.type)) + " family " + quoted(m_family.name));
            return false;
        }
        if (!startFamily(implied, false, at))
            return false;
    }
    if (isOpenMetrics() && m_family.type == MetricType::Counter && !endsWith(m_metricName, "_total") &&
        !endsWith(m_metricName, "_created")) {
        fail(at, "the counter sample " + quoted(m_metricName) + " must be named " +
                     quoted(std::string(m_family.name) + "_total") + " in OpenMetrics");
        return false;
    }
    ++m_family.samples;
    return true;
}

Entry Parser::parseSampleLine(const char* p)
{
    const char* const end = m_lineEnd;
    const bool om = isOpenMetrics();
    if (om && !m_lineHasNewline)
        return fail(end,
                    "expected a line end and '# EOF' as the last line; OpenMetrics input must end with it "
                    "(was the scrape cut short?)");
    const char* const lineStart = p;
    const char* nameEnd = scanName(p, end, metricNameStart, metricNameChar);
    if (nameEnd == p) {
        if (*p == '{')
            return fail(p, "expected a metric name before the labels '{'");
        return fail(p, "expected a metric name, a comment or an empty line, got " + describe(p, end));
    }
    m_metricName = std::string_view(p, static_cast<std::size_t>(nameEnd - p));
    p = nameEnd;
    m_labels.clear();
    m_hasExemplar = false;
    m_timestampMs.reset();

    bool blankBeforeValue = false;
    if (!om) {
        const char* afterBlanks = skipBlanks(p, end);
        blankBeforeValue = afterBlanks != p;
        p = afterBlanks;
    }
    if (p != end && *p == '{') {
        p = parseLabels(p + 1, m_labels, false);
        if (p == nullptr)
            return Entry::Error;
        blankBeforeValue = false;
        if (!om) {
            const char* afterBlanks = skipBlanks(p, end);
            blankBeforeValue = afterBlanks != p;
            p = afterBlanks;
        }
    }
    if (om) {
        if (p == end || *p != ' ')
            return fail(p, "expected a space and the sample value after " +
                               quoted(std::string_view(lineStart, static_cast<std::size_t>(p - lineStart))) +
                               ", got " + describe(p, end));
        ++p;
    } else if (!blankBeforeValue || p == end) {
        return fail(p, "expected a blank and the sample value after " +
                           quoted(std::string_view(lineStart, static_cast<std::size_t>(p - lineStart))) +
                           ", got " + describe(p, end));
    }

    const char* valueEnd = scanToken(p, end, om);
    const std::string_view valueToken(p, static_cast<std::size_t>(valueEnd - p));
    const NumberStatus status = parseFloat(valueToken, m_value);
    if (status != NumberStatus::Ok) {
        if (valueToken.empty())
            return fail(p, "expected the sample value after a single space, got " + describe(p, end));
        if (status == NumberStatus::OutOfRange)
            return fail(p, "the sample value " + quoted(valueToken) + " is out of range for a 64-bit float");
        return fail(p, "expected a number (decimal, NaN, Inf, +Inf or -Inf) as the sample value, got " +
                           quoted(valueToken));
    }
    const Entry entry = parseSampleTail(valueEnd);
    if (entry != Entry::Sample)
        return entry;
    if (!acceptSample(lineStart))
        return Entry::Error;
    return Entry::Sample;
}

Entry Parser::parseSampleTail(const char* p)
{
    const char* const end = m_lineEnd;
    if (!isOpenMetrics()) {
        p = skipBlanks(p, end);
        if (p == end)
            return Entry::Sample;
        const char* tokenEnd = scanToken(p, end, false);
        const std::string_view token(p, static_cast<std::size_t>(tokenEnd - p));
        std::int64_t ms = 0;
        const NumberStatus status = parseInteger(token, ms);
        if (status == NumberStatus::OutOfRange)
            return fail(p, "the timestamp " + quoted(token) + " is out of range for 64-bit milliseconds");
        if (status != NumberStatus::Ok)
            return fail(
                p,
                "expected a timestamp in milliseconds (an integer) or the end of the line after the value, "
                "got " +
                    quoted(token));
        m_timestampMs = ms;
        p = skipBlanks(tokenEnd, end);
        if (p != end)
            return fail(p, "unexpected " + describe(p, end) +
                               " after the timestamp; expected the end of the line");
        return Entry::Sample;
    }

    if (p == end)
        return Entry::Sample;
    ++p; // the space that ended the value
    if (p == end)
        return fail(p, "expected a timestamp or an exemplar after the space, got the end of the line");
    if (*p == '#')
        return parseExemplar(p);
    const char* tokenEnd = scanToken(p, end, true);
    const std::string_view token(p, static_cast<std::size_t>(tokenEnd - p));
    double seconds = 0;
    const NumberStatus status = parseFloat(token, seconds);
    if (status != NumberStatus::Ok || !std::isfinite(seconds) || std::abs(seconds) > 9.2e15)
        return fail(p, "expected a timestamp in seconds (a finite number) after the value, got " +
                           quoted(token));
    m_timestampMs = std::llround(seconds * 1000.0);
    p = tokenEnd;
    if (p == end)
        return Entry::Sample;
    ++p;
    if (p != end && *p == '#')
        return parseExemplar(p);
    return fail(p - 1, "unexpected " + describe(p - 1, end) +
                           " after the timestamp; expected the end of the line or an exemplar '# {...}'");
}

Entry Parser::parseExemplar(const char* p)
{
    const char* const end = m_lineEnd;
    if (end - p < 3 || p[1] != ' ' || p[2] != '{')
        return fail(p, "expected an exemplar '# {labels} value', got " + describe(p, end));
    m_exemplarLabels.clear();
    const char* labelsStart = p + 2;
    p = parseLabels(p + 3, m_exemplarLabels, true);
    if (p == nullptr)
        return Entry::Error;
    std::size_t length = 0;
    for (const Label& label : m_exemplarLabels) {
        length += codePoints(label.name) + codePoints(label.rawValue);
        for (std::size_t i = 0; i + 1 < label.rawValue.size(); ++i) {
            if (label.rawValue[i] == '\\') {
                --length; // an escape is one character
                ++i;
            }
        }
    }
    if (length > maxExemplarLabelCodePoints)
        return fail(labelsStart, "the exemplar's labels have " + std::to_string(length) +
                                     " characters; OpenMetrics allows at most 128");
    if (p == end || *p != ' ')
        return fail(p, "expected a space and the exemplar value after its labels, got " + describe(p, end));
    ++p;
    const char* valueEnd = scanToken(p, end, true);
    const std::string_view valueToken(p, static_cast<std::size_t>(valueEnd - p));
    if (parseFloat(valueToken, m_exemplarValue) != NumberStatus::Ok)
        return fail(p, "expected a number as the exemplar value, got " + quoted(valueToken));
    m_exemplarTimestampMs.reset();
    p = valueEnd;
    if (p != end) {
        ++p;
        const char* tokenEnd = scanToken(p, end, true);
        const std::string_view token(p, static_cast<std::size_t>(tokenEnd - p));
        double seconds = 0;
        if (parseFloat(token, seconds) != NumberStatus::Ok || !std::isfinite(seconds) ||
            std::abs(seconds) > 9.2e15)
            return fail(p,
                        "expected a timestamp in seconds (a finite number) after the exemplar value, got " +
                            quoted(token));
        m_exemplarTimestampMs = std::llround(seconds * 1000.0);
        if (tokenEnd != end)
            return fail(tokenEnd, "unexpected " + describe(tokenEnd, end) +
                                      " after the exemplar's timestamp; expected the end of the line");
    }
    m_hasExemplar = true;
    return Entry::Sample;
}

// From after '{' to after '}'; nullptr (with the error set) when the labels are malformed.
// 0.0.4 is lenient like Prometheus: blanks anywhere, a trailing comma, a missing comma.
// OpenMetrics allows no blanks and needs the commas (a trailing one is tolerated, as Prometheus does).
const char* Parser::parseLabels(const char* p, std::vector<Label>& labels, bool exemplar)
{
    const char* const end = m_lineEnd;
    const bool om = isOpenMetrics();
    const char* where = exemplar ? " in the exemplar" : "";
    while (true) {
        if (!om)
            p = skipBlanks(p, end);
        if (p != end && *p == '}')
            return p + 1;
        const char* nameEnd = scanName(p, end, labelNameStart, labelNameChar);
        if (nameEnd == p) {
            if (p != end && *p == '=')
                fail(p, std::string("expected a label name before '='") + where +
                            "; label names cannot be empty");
            else
                fail(p, std::string("expected a label name or '}'") + where + ", got " + describe(p, end));
            return nullptr;
        }
        const std::string_view name(p, static_cast<std::size_t>(nameEnd - p));
        p = om ? nameEnd : skipBlanks(nameEnd, end);
        if (p == end || *p != '=') {
            fail(p,
                 "expected '=' after the label name " + quoted(name) + where + ", got " + describe(p, end));
            return nullptr;
        }
        ++p;
        if (!om)
            p = skipBlanks(p, end);
        if (p == end || *p != '"') {
            if (p != end && *p == '\'')
                fail(p, "expected '\"' to open the value of label " + quoted(name) +
                            "; label values must be in double quotes, not single quotes");
            else
                fail(p, "expected '\"' to open the value of label " + quoted(name) + ", got " +
                            describe(p, end));
            return nullptr;
        }
        const char* valueStart = ++p;
        const auto* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
        // Escaped quotes are rare: look for a backslash only up to the first quote.
        if (quote != nullptr && std::memchr(p, '\\', static_cast<std::size_t>(quote - p)) != nullptr) {
            quote = nullptr;
            while (p != end && *p != '"') {
                if (*p == '\\' && p + 1 != end)
                    ++p;
                ++p;
            }
            if (p != end)
                quote = p;
        }
        if (quote == nullptr) {
            fail(end,
                 "expected '\"' to close the value of label " + quoted(name) + " before the end of the line");
            return nullptr;
        }
        unsigned char high = 0;
        for (const char* v = valueStart; v != quote; ++v)
            high |= byte(*v);
        if ((high & 0x80) != 0) {
            if (const char* bad = invalidUtf8(valueStart, quote)) {
                fail(bad,
                     "invalid UTF-8 in the value of label " + quoted(name) + "; label values must be UTF-8");
                return nullptr;
            }
        }
        labels.push_back(
            Label{name, std::string_view(valueStart, static_cast<std::size_t>(quote - valueStart))});
        p = quote + 1;
        if (!om)
            p = skipBlanks(p, end);
        if (p != end && *p == ',') {
            ++p;
            continue;
        }
        if (p != end && *p == '}')
            return p + 1;
        if (!om && p != end)
            continue; // 0.0.4: a missing comma between labels is accepted
        fail(p, "expected ',' or '}' after the value of label " + quoted(name) + where + ", got " +
                    describe(p, end));
        return nullptr;
    }
}

} // namespace gatehouse::promtext
