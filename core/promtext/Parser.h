#pragma once

#include "core/promtext/Format.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

// A pull parser for the Prometheus text format 0.0.4 and OpenMetrics 1.0 (docs: specs.md §3).
// Zero-copy: every name, label and HELP text is a view into the scrape buffer, which must outlive
// the views; escapes are resolved only on request (core/promtext/Escapes.h).
namespace gatehouse::promtext {

// A label as written: `rawValue` is the text between the quotes with its escapes unresolved.
struct Label
{
    std::string_view name;
    std::string_view rawValue;
};

struct Exemplar
{
    std::span<const Label> labels;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
};

// Where the input is wrong (1-based line and column, the column counted in code points) and what
// the parser expected there.
struct ParseError
{
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;

    std::string toString() const; // "line 3, column 14: expected ..."
};

enum class Entry
{
    Help,   // familyName(), helpRaw()
    Type,   // familyName(), familyType()
    Unit,   // familyName(), unit()
    Sample, // metricName(), labels(), value(), timestampMs(), exemplar(), familyName()
    End,    // the input is complete and valid
    Error,  // error(); every later next() returns Error again
};

class Parser
{
public:
    Parser(std::string_view text, Format format);

    Entry next();

    Format format() const { return m_format; }

    // For metadata, the family the line names; for a sample, the family it belongs to (a
    // sample with no HELP/TYPE before it starts an untyped family of its own).
    std::string_view familyName() const { return m_family.name; }
    MetricType familyType() const { return m_family.type; }
    std::string_view helpRaw() const { return m_helpRaw; }
    std::string_view unit() const { return m_unit; }
    // Counts the families started so far: a change tells the caller that a new family began,
    // even when a 0.0.4 exposition repeats a name after other families.
    std::size_t familyOrdinal() const { return m_familyOrdinal; }

    std::string_view metricName() const { return m_metricName; }
    // Valid until the next call to next().
    std::span<const Label> labels() const { return m_labels; }
    double value() const { return m_value; }
    // OpenMetrics timestamps (seconds, possibly fractional) are converted to milliseconds,
    // rounded to the nearest millisecond.
    std::optional<std::int64_t> timestampMs() const { return m_timestampMs; }
    std::optional<Exemplar> exemplar() const;

    // The 1-based line of the current entry.
    std::size_t line() const { return m_line; }
    const ParseError& error() const { return m_error; }

private:
    struct FamilyState
    {
        std::string_view name;
        MetricType type = MetricType::Unknown;
        bool open = false;
        bool declared = false; // named by HELP/TYPE/UNIT, not implied by a sample
        bool typeSeen = false;
        bool helpSeen = false;
        bool unitSeen = false;
        std::size_t samples = 0;
    };
    enum class Metadata
    {
        Help,
        Type,
        Unit,
    };

    Entry parseCommentLine(const char* p, bool& skip);
    Entry parsePromComment(const char* p, bool& skip);
    Entry parseOpenMetricsComment(const char* p);
    Entry parseSampleLine(const char* p);
    Entry parseSampleTail(const char* p);
    Entry parseExemplar(const char* p);
    const char* parseLabels(const char* p, std::vector<Label>& labels, bool exemplar);
    bool startFamily(std::string_view name, bool declared, const char* at);
    bool acceptMetadata(Metadata kind, std::string_view name, const char* at);
    bool acceptSample(const char* at);
    bool belongsToFamily(std::string_view name) const;
    Entry finishInput();
    Entry fail(const char* at, std::string message);
    Entry failAtLine(std::size_t line, std::size_t column, std::string message);
    bool isOpenMetrics() const { return m_format == Format::OpenMetrics1; }

    std::string_view m_text;
    Format m_format;
    std::size_t m_next = 0; // offset of the next line
    std::size_t m_line = 0;
    const char* m_lineStart = nullptr;
    const char* m_lineEnd = nullptr;
    bool m_lineHasNewline = false;
    bool m_finished = false;
    bool m_failed = false;

    FamilyState m_family;
    std::size_t m_familyOrdinal = 0;
    std::unordered_set<std::string_view> m_closedFamilies; // OpenMetrics only

    std::string_view m_helpRaw;
    std::string_view m_unit;
    std::string_view m_metricName;
    std::vector<Label> m_labels;
    double m_value = 0;
    std::optional<std::int64_t> m_timestampMs;
    bool m_hasExemplar = false;
    std::vector<Label> m_exemplarLabels;
    double m_exemplarValue = 0;
    std::optional<std::int64_t> m_exemplarTimestampMs;

    ParseError m_error;
};

} // namespace gatehouse::promtext
