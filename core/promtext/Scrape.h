#pragma once

#include "core/promtext/Format.h"
#include "core/promtext/Parser.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// A whole scrape parsed into families. Names, labels and HELP texts stay views into the scrape
// text, which must outlive the Scrape; labels of all samples share one array, so parsing a scrape
// allocates a handful of vectors rather than one per sample.
namespace gatehouse::promtext {

struct ScrapeSample
{
    std::string_view name;
    std::uint32_t firstLabel = 0;
    std::uint32_t labelCount = 0;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
    std::int32_t exemplar = -1; // index into Scrape::exemplars
    std::uint32_t line = 0;
};

struct ScrapeExemplar
{
    std::uint32_t firstLabel = 0;
    std::uint32_t labelCount = 0;
    double value = 0;
    std::optional<std::int64_t> timestampMs;
};

struct Family
{
    std::string_view name;
    MetricType type = MetricType::Unknown;
    std::string_view helpRaw; // unescape with unescapeHelp()
    std::string_view unit;
    std::uint32_t firstSample = 0;
    std::uint32_t sampleCount = 0;
};

struct Scrape
{
    Format format = Format::Prometheus004;
    std::vector<Family> families;
    std::vector<ScrapeSample> samples;
    std::vector<Label> labels;
    std::vector<ScrapeExemplar> exemplars;

    std::span<const ScrapeSample> samplesOf(const Family& family) const;
    std::span<const Label> labelsOf(const ScrapeSample& sample) const;
    std::optional<Exemplar> exemplarOf(const ScrapeSample& sample) const;
    // The first family with this name, or nullptr.
    const Family* family(std::string_view name) const;
};

struct ScrapeResult
{
    Scrape scrape;                   // what was read before the error, if any
    std::optional<ParseError> error; // set when the input is invalid

    bool ok() const { return !error; }
};

ScrapeResult parseScrape(std::string_view text, Format format);

} // namespace gatehouse::promtext
