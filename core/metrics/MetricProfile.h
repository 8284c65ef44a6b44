#pragma once

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace re2 {
class RE2;
}

// A profile says how to compute each canonical signal (core/metrics/CanonicalSignal.h) from the
// metric families one gateway kind exports. Profiles are JSON files (resources/profiles/, or the
// user's own folder; format in docs of ProfileLoader.h) so a new exporter needs no rebuild.
namespace gatehouse::metrics {

// One label condition, PromQL style. Regexes are RE2 (profiles are user input: no backtracking)
// and, as in PromQL, must match the whole value.
struct LabelMatcher
{
    enum class Op
    {
        Equal,
        NotEqual,
        Matches,
        NotMatches,
    };
    std::string label;
    Op op = Op::Equal;
    std::string value;
    std::shared_ptr<const re2::RE2> regex; // for Matches / NotMatches

    bool matches(const std::string& labelValue) const; // a missing label reads as ""
};

struct Expression
{
    enum class Kind
    {
        Rate,     // sum of rate() over the selected counter series
        Gauge,    // the latest value of the selected series, aggregated
        Quantile, // histogram_quantile(q, sum by (le) (rate(family_bucket[...])))
        Ratio,    // numerator / denominator
        Sum,      // terms added up
    };
    enum class Aggregate
    {
        Sum,
        Avg,
        Min,
        Max,
    };

    Kind kind = Kind::Rate;
    // Alternative names of one family, the first present wins. Matched after folding `.` to `_`
    // and dropping a trailing `_total`, so 0.0.4 and OpenMetrics spellings of a counter both fit.
    std::vector<std::string> families;
    std::string sampleSuffix; // e.g. "_count" or "_sum" of a histogram; empty: the family's value
    std::vector<LabelMatcher> matchers;
    std::string by; // Rate/Gauge: also break the value down by this label
    Aggregate aggregate = Aggregate::Sum;
    std::optional<double> equals; // Gauge: a series counts 1 when its value equals this, else 0
    double quantile = 0.5;
    double scale = 1;              // applied to the result, e.g. 0.001 for milliseconds
    std::vector<Expression> terms; // Ratio: numerator, denominator; Sum: the terms
};

struct MetricProfile
{
    QString id;                        // "litellm"; a user file with the same id replaces the built-in one
    QString name;                      // "LiteLLM proxy"
    int priority = 0;                  // breaks ties between profiles that fit a scrape equally
    std::vector<std::string> detect;   // families that identify this kind (all referenced if empty)
    std::vector<std::string> prefixes; // or a family name prefix such as "vllm:"
    std::map<QString, Expression> expressions; // by canonical signal id
    QString source;                            // the file it came from
};

// The folded form used to compare family names (see Expression::families).
std::string foldFamilyName(std::string_view name);

} // namespace gatehouse::metrics
