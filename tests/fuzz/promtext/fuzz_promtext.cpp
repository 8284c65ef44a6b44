// Fuzz target: the Prometheus text 0.0.4 / OpenMetrics 1.0 parser (core/promtext) on a scrape
// body as an exporter would send it, in both formats, then what the Metrics page does with a
// parsed scrape: unescape labels and HELP, group histograms, take quantiles.

#include "core/promtext/Escapes.h"
#include "core/promtext/HistogramQuantile.h"
#include "core/promtext/HistogramSeries.h"
#include "core/promtext/Parser.h"
#include "core/promtext/Scrape.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace promtext = gatehouse::promtext;

namespace {

void pull(std::string_view text, promtext::Format format)
{
    promtext::Parser parser(text, format);
    for (;;) {
        const promtext::Entry entry = parser.next();
        if (entry == promtext::Entry::End)
            return;
        if (entry == promtext::Entry::Error) {
            (void)parser.error().toString();
            return;
        }
        if (entry == promtext::Entry::Help)
            (void)promtext::unescapeHelp(parser.helpRaw(), format);
        if (entry == promtext::Entry::Sample) {
            for (const promtext::Label& label : parser.labels())
                (void)promtext::unescapeLabelValue(label.rawValue, format);
            (void)parser.exemplar();
        }
    }
}

void scrape(std::string_view text, promtext::Format format)
{
    const promtext::ScrapeResult result = promtext::parseScrape(text, format);
    const promtext::Scrape& parsed = result.scrape;
    for (const promtext::Family& family : parsed.families) {
        for (const promtext::ScrapeSample& sample : parsed.samplesOf(family)) {
            (void)parsed.labelsOf(sample);
            (void)parsed.exemplarOf(sample);
        }
        if (family.type != promtext::MetricType::Histogram)
            continue;
        const promtext::HistogramGrouping grouping = promtext::groupHistogram(parsed, family);
        for (const promtext::HistogramSeries& series : grouping.series) {
            promtext::QuantileNotes notes;
            (void)promtext::histogramQuantile(0.5, series.buckets, &notes);
            (void)promtext::histogramQuantile(0.99, series.buckets, &notes);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const promtext::Format format : {promtext::Format::Prometheus004, promtext::Format::OpenMetrics1}) {
        pull(text, format);
        scrape(text, format);
    }
    return 0;
}
