#include "core/metrics/SignalCalculator.h"

#include "core/metrics/CanonicalSignal.h"
#include "core/promtext/Escapes.h"
#include "core/promtext/HistogramQuantile.h"
#include "core/promtext/HistogramSeries.h"
#include "core/promtext/RangeFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace gatehouse::metrics {

using namespace gatehouse::promtext;

namespace {

struct Series
{
    std::string byValue;
    std::vector<TimedValue> points;
};

const Family* familyIn(const Scrape& scrape, const std::string& folded)
{
    for (const Family& f : scrape.families) {
        if (foldFamilyName(f.name) == folded)
            return &f;
    }
    return nullptr;
}

// The first alternative present in the latest scrape, folded; empty when none is.
std::string chosenFamily(const Expression& e, std::span<const TimedScrape> scrapes)
{
    if (scrapes.empty())
        return {};
    for (const std::string& name : e.families) {
        std::string folded = foldFamilyName(name);
        if (familyIn(*scrapes.back().scrape, folded))
            return folded;
    }
    return {};
}

std::string labelValue(const Scrape& scrape, std::span<const Label> labels, std::string_view name)
{
    for (const Label& l : labels) {
        if (l.name == name)
            return hasEscapes(l.rawValue) ? unescapeLabelValue(l.rawValue, scrape.format)
                                          : std::string(l.rawValue);
    }
    return {};
}

bool selected(const Expression& e, const Scrape& scrape, std::span<const Label> labels)
{
    return std::all_of(e.matchers.begin(), e.matchers.end(),
                       [&](const LabelMatcher& m) { return m.matches(labelValue(scrape, labels, m.label)); });
}

std::string seriesKey(const Scrape& scrape, std::span<const Label> labels)
{
    std::vector<std::pair<std::string_view, std::string>> sorted;
    for (const Label& l : labels) {
        if (l.name != "le")
            sorted.emplace_back(l.name, labelValue(scrape, labels, l.name));
    }
    std::sort(sorted.begin(), sorted.end());
    std::string key;
    for (const auto& [name, value] : sorted) {
        key.append(name).push_back('\x1f');
        key.append(value).push_back('\x1e');
    }
    return key;
}

bool isValueSample(const Family& f, const ScrapeSample& s, const std::string& suffix)
{
    if (!suffix.empty())
        return s.name.size() == f.name.size() + suffix.size() && s.name.starts_with(f.name) &&
               s.name.ends_with(suffix);
    return s.name == f.name ||
           (s.name.size() == f.name.size() + 6 && s.name.starts_with(f.name) && s.name.ends_with("_total"));
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

void finish(SignalValue& out, const std::map<std::string, double>& byLabel, const Expression& e)
{
    if (!e.by.empty()) {
        for (const auto& [label, v] : byLabel)
            out.byLabel.emplace_back(text(label), v);
    }
}

SignalValue rateOf(const Expression& e, std::span<const TimedScrape> scrapes, double start, double end)
{
    SignalValue out;
    const std::string folded = chosenFamily(e, scrapes);
    if (folded.empty() || scrapes.size() < 2 || !familyIn(*scrapes.front().scrape, folded))
        return out;
    std::map<std::string, Series> series;
    for (const TimedScrape& ts : scrapes) {
        const Family* f = familyIn(*ts.scrape, folded);
        if (!f)
            continue;
        for (const ScrapeSample& s : ts.scrape->samplesOf(*f)) {
            const auto labels = ts.scrape->labelsOf(s);
            if (!isValueSample(*f, s, e.sampleSuffix) || !selected(e, *ts.scrape, labels))
                continue;
            Series& one = series[seriesKey(*ts.scrape, labels)];
            if (!e.by.empty())
                one.byValue = labelValue(*ts.scrape, labels, e.by);
            one.points.push_back({ts.seconds, s.value});
        }
    }
    double total = 0;
    std::map<std::string, double> byLabel;
    for (const auto& [key, one] : series) {
        if (const std::optional<double> r = rate(one.points, start, end)) {
            total += *r;
            byLabel[one.byValue] += *r;
        }
    }
    out.value = total; // the family is there: no matching series means none happened
    finish(out, byLabel, e);
    return out;
}

SignalValue gaugeOf(const Expression& e, std::span<const TimedScrape> scrapes)
{
    SignalValue out;
    const std::string folded = chosenFamily(e, scrapes);
    if (folded.empty())
        return out;
    const Scrape& scrape = *scrapes.back().scrape;
    const Family& f = *familyIn(scrape, folded);
    std::vector<double> values;
    std::map<std::string, double> byLabel;
    for (const ScrapeSample& s : scrape.samplesOf(f)) {
        const auto labels = scrape.labelsOf(s);
        if (!isValueSample(f, s, e.sampleSuffix) || !selected(e, scrape, labels) || std::isnan(s.value))
            continue;
        const double v = e.equals ? (s.value == *e.equals ? 1.0 : 0.0) : s.value;
        values.push_back(v);
        if (!e.by.empty())
            byLabel[labelValue(scrape, labels, e.by)] += v;
    }
    if (values.empty())
        return out;
    switch (e.aggregate) {
    case Expression::Aggregate::Sum:
    case Expression::Aggregate::Avg: {
        double sum = 0;
        for (double v : values)
            sum += v;
        out.value = e.aggregate == Expression::Aggregate::Sum ? sum : sum / double(values.size());
        break;
    }
    case Expression::Aggregate::Min:
        out.value = *std::min_element(values.begin(), values.end());
        break;
    case Expression::Aggregate::Max:
        out.value = *std::max_element(values.begin(), values.end());
        break;
    }
    finish(out, byLabel, e);
    return out;
}

SignalValue quantileOf(const Expression& e, std::span<const TimedScrape> scrapes, double start, double end)
{
    SignalValue out;
    const std::string folded = chosenFamily(e, scrapes);
    if (folded.empty())
        return out;
    // Per series and bound, the bucket's counter over time.
    std::map<std::pair<std::string, double>, std::vector<TimedValue>> buckets;
    for (const TimedScrape& ts : scrapes) {
        const Family* f = familyIn(*ts.scrape, folded);
        if (!f)
            continue;
        const HistogramGrouping grouping = groupHistogram(*ts.scrape, *f);
        if (grouping.error)
            continue;
        for (const HistogramSeries& hs : grouping.series) {
            if (!selected(e, *ts.scrape, hs.labels))
                continue;
            const std::string key = seriesKey(*ts.scrape, hs.labels);
            for (const Bucket& b : hs.buckets)
                buckets[{key, b.upperBound}].push_back({ts.seconds, b.count});
        }
    }
    std::map<double, double> byBound; // sum by (le) of the bucket rates
    for (const auto& [key, points] : buckets) {
        if (const std::optional<double> r = rate(points, start, end))
            byBound[key.second] += *r;
    }
    std::vector<Bucket> summed;
    summed.reserve(byBound.size());
    for (const auto& [bound, r] : byBound)
        summed.push_back({bound, r});
    const double q = histogramQuantile(e.quantile, std::move(summed));
    if (!std::isnan(q))
        out.value = q;
    return out;
}

} // namespace

SignalCalculator::SignalCalculator(const MetricProfile& profile)
    : m_profile(profile)
{}

SignalValue SignalCalculator::evaluate(const Expression& e, std::span<const TimedScrape> scrapes,
                                       double start, double end)
{
    SignalValue out;
    switch (e.kind) {
    case Expression::Kind::Rate:
        out = rateOf(e, scrapes, start, end);
        break;
    case Expression::Kind::Gauge:
        out = gaugeOf(e, scrapes);
        break;
    case Expression::Kind::Quantile:
        out = quantileOf(e, scrapes, start, end);
        break;
    case Expression::Kind::Ratio: {
        const SignalValue num = evaluate(e.terms[0], scrapes, start, end);
        const SignalValue den = evaluate(e.terms[1], scrapes, start, end);
        if (num.value && den.value && *den.value != 0)
            out.value = *num.value / *den.value;
        break;
    }
    case Expression::Kind::Sum: {
        double sum = 0;
        bool all = true;
        for (const Expression& t : e.terms) {
            const SignalValue v = evaluate(t, scrapes, start, end);
            all = all && v.value.has_value();
            sum += v.value.value_or(0);
        }
        if (all)
            out.value = sum;
        break;
    }
    }
    if (out.value)
        *out.value *= e.scale;
    for (auto& [label, v] : out.byLabel)
        v *= e.scale;
    return out;
}

std::vector<SignalValue> SignalCalculator::compute(std::span<const TimedScrape> scrapes) const
{
    std::vector<SignalValue> values;
    if (scrapes.empty())
        return values;
    const double start = scrapes.front().seconds - 0.001;
    const double end = scrapes.back().seconds;
    for (const CanonicalSignal& signal : canonicalSignals()) {
        const auto it = m_profile.expressions.find(QLatin1String(signal.id));
        if (it == m_profile.expressions.end())
            continue;
        SignalValue v = evaluate(it->second, scrapes, start, end);
        v.id = it->first;
        values.push_back(std::move(v));
    }
    return values;
}

} // namespace gatehouse::metrics
