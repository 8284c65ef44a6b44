#include "core/promtext/HistogramSeries.h"

#include "core/promtext/Escapes.h"
#include "core/promtext/Numbers.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace gatehouse::promtext {
namespace {

using SeriesKey = std::vector<std::pair<std::string_view, std::string_view>>;

std::string describe(const ScrapeSample& sample)
{
    return "line " + std::to_string(sample.line) + " (" + std::string(sample.name) + ")";
}

} // namespace

HistogramGrouping groupHistogram(const Scrape& scrape, const Family& family)
{
    HistogramGrouping grouping;
    std::map<SeriesKey, std::size_t> index;
    const std::string bucketName = std::string(family.name) + "_bucket";
    const std::string countName = std::string(family.name) + "_count";
    const std::string sumName = std::string(family.name) + "_sum";

    for (const ScrapeSample& sample : scrape.samplesOf(family)) {
        enum class Role
        {
            Bucket,
            Count,
            Sum,
        } role;
        if (sample.name == bucketName)
            role = Role::Bucket;
        else if (sample.name == countName)
            role = Role::Count;
        else if (sample.name == sumName)
            role = Role::Sum;
        else
            continue; // _created and the like carry no bucket data

        SeriesKey key;
        std::optional<std::string_view> le;
        for (const Label& label : scrape.labelsOf(sample)) {
            if (label.name == "le")
                le = label.rawValue;
            else
                key.emplace_back(label.name, label.rawValue);
        }
        std::sort(key.begin(), key.end());
        auto [it, inserted] = index.try_emplace(key, grouping.series.size());
        if (inserted) {
            HistogramSeries series;
            for (const auto& [name, value] : key)
                series.labels.push_back(Label{name, value});
            grouping.series.push_back(std::move(series));
        }
        HistogramSeries& series = grouping.series[it->second];

        switch (role) {
        case Role::Count:
            series.count = sample.value;
            break;
        case Role::Sum:
            series.sum = sample.value;
            break;
        case Role::Bucket: {
            if (!le) {
                grouping.error = describe(sample) + ": a histogram bucket needs an \"le\" label";
                return grouping;
            }
            double bound = 0;
            const std::string leText = unescapeLabelValue(*le, scrape.format);
            if (parseFloat(leText, bound) != NumberStatus::Ok || std::isnan(bound)) {
                grouping.error = describe(sample) + ": le=\"" + leText + "\" is not a number";
                return grouping;
            }
            const auto at = std::lower_bound(series.buckets.begin(), series.buckets.end(), bound,
                                             [](const Bucket& b, double x) { return b.upperBound < x; });
            if (at != series.buckets.end() && at->upperBound == bound) {
                grouping.error = describe(sample) + ": le=\"" + leText +
                                 "\" is the same bound as an earlier bucket of this series";
                return grouping;
            }
            series.buckets.insert(at, Bucket{bound, sample.value});
            break;
        }
        }
    }
    return grouping;
}

} // namespace gatehouse::promtext
