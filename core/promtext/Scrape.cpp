#include "core/promtext/Scrape.h"

namespace gatehouse::promtext {
namespace {

std::uint32_t count(std::size_t n)
{
    return static_cast<std::uint32_t>(n);
}

} // namespace

std::span<const ScrapeSample> Scrape::samplesOf(const Family& family) const
{
    return std::span<const ScrapeSample>(samples).subspan(family.firstSample, family.sampleCount);
}

std::span<const Label> Scrape::labelsOf(const ScrapeSample& sample) const
{
    return std::span<const Label>(labels).subspan(sample.firstLabel, sample.labelCount);
}

std::optional<Exemplar> Scrape::exemplarOf(const ScrapeSample& sample) const
{
    if (sample.exemplar < 0)
        return std::nullopt;
    const ScrapeExemplar& e = exemplars[static_cast<std::size_t>(sample.exemplar)];
    return Exemplar{std::span<const Label>(labels).subspan(e.firstLabel, e.labelCount), e.value,
                    e.timestampMs};
}

const Family* Scrape::family(std::string_view name) const
{
    for (const Family& f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

ScrapeResult parseScrape(std::string_view text, Format format)
{
    ScrapeResult result;
    Scrape& scrape = result.scrape;
    scrape.format = format;
    // A rough guess from typical expositions (≈100 bytes per line) saves most regrowth.
    scrape.samples.reserve(text.size() / 100);
    scrape.labels.reserve(text.size() / 100);

    Parser parser(text, format);
    std::size_t ordinal = 0;
    while (true) {
        const Entry entry = parser.next();
        if (entry == Entry::End)
            break;
        if (entry == Entry::Error) {
            result.error = parser.error();
            break;
        }
        if (parser.familyOrdinal() != ordinal) {
            ordinal = parser.familyOrdinal();
            Family family;
            family.name = parser.familyName();
            family.firstSample = count(scrape.samples.size());
            scrape.families.push_back(family);
        }
        Family& family = scrape.families.back();
        switch (entry) {
        case Entry::Help:
            family.helpRaw = parser.helpRaw();
            break;
        case Entry::Type:
            family.type = parser.familyType();
            break;
        case Entry::Unit:
            family.unit = parser.unit();
            break;
        case Entry::Sample: {
            ScrapeSample sample;
            sample.name = parser.metricName();
            sample.firstLabel = count(scrape.labels.size());
            const auto labels = parser.labels();
            sample.labelCount = count(labels.size());
            scrape.labels.insert(scrape.labels.end(), labels.begin(), labels.end());
            sample.value = parser.value();
            sample.timestampMs = parser.timestampMs();
            sample.line = count(parser.line());
            if (const auto exemplar = parser.exemplar()) {
                ScrapeExemplar stored;
                stored.firstLabel = count(scrape.labels.size());
                stored.labelCount = count(exemplar->labels.size());
                scrape.labels.insert(scrape.labels.end(), exemplar->labels.begin(), exemplar->labels.end());
                stored.value = exemplar->value;
                stored.timestampMs = exemplar->timestampMs;
                sample.exemplar = static_cast<std::int32_t>(scrape.exemplars.size());
                scrape.exemplars.push_back(stored);
            }
            scrape.samples.push_back(sample);
            ++family.sampleCount;
            break;
        }
        case Entry::End:
        case Entry::Error:
            break;
        }
    }
    return result;
}

} // namespace gatehouse::promtext
