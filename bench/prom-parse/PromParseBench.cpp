// Parses one whole scrape per iteration and reports bytes per second. The input is
// shared/data/prometheus/alltypes.237mfs.prom.txt (the file Prometheus' own parser benchmark
// uses, ≈190 KB) when it is there, else an exposition of the same shape generated here; the
// "input" line of the context says which. References run in the same process on the same bytes:
//   MemchrLines     only finds the line ends — the ceiling for any line-based parser;
//   NaiveIstream    getline + substr + std::stod into std::string copies — the floor.
#include "core/promtext/Parser.h"
#include "core/promtext/Scrape.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace gatehouse::promtext;

namespace {

template <typename... Parts> void add(std::string& out, const Parts&... parts)
{
    (out += ... += parts);
}

// An exposition shaped like a Go service's /metrics: long HELP texts, mostly counters and
// gauges, a few histograms with a dozen buckets per series, a few summaries.
std::string generatedExposition()
{
    std::string out;
    const std::string help = "Help text of a typical length for a runtime metric, with a source path such as "
                             "/gc/heap/allocs:bytes and a sentence or two of explanation.";
    int family = 0;
    auto name = [&family](const char* kind) {
        std::string n = "gatehouse_bench_";
        add(n, std::to_string(family), "_", kind);
        return n;
    };
    auto metadata = [&out, &help](const std::string& n, const char* type) {
        add(out, "# HELP ", n, " ", help, "\n# TYPE ", n, " ", type, "\n");
    };
    for (int i = 0; i < 112; ++i, ++family) {
        const std::string n = name("requests_total");
        metadata(n, "counter");
        const int series = i % 4 == 0 ? 5 : 1;
        for (int s = 0; s < series; ++s) {
            out += n;
            if (series > 1)
                add(out, "{code=\"", std::to_string(200 + s), "\",handler=\"/api/v1/query\"}");
            add(out, " ", std::to_string(190932 + i * 7919 + s), "\n");
        }
    }
    for (int i = 0; i < 97; ++i, ++family) {
        const std::string n = name("bytes");
        metadata(n, "gauge");
        add(out, n, " ", std::to_string(9.03676723e+08 + i * 1.5), "\n");
    }
    for (int i = 0; i < 15; ++i, ++family) {
        const std::string n = name("duration_seconds");
        metadata(n, "histogram");
        for (int s = 0; s < 7; ++s) {
            std::string labels = "handler=\"/api/v";
            add(labels, std::to_string(s), "/query_range\"");
            double bound = 0.005;
            double count = 0;
            for (int b = 0; b < 11; ++b, bound *= 2.5) {
                count += 1234.0 + b * 17;
                add(out, n, "_bucket{", labels, ",le=\"", std::to_string(bound), "\"} ",
                    std::to_string(count), "\n");
            }
            add(out, n, "_bucket{", labels, ",le=\"+Inf\"} ", std::to_string(count), "\n");
            add(out, n, "_sum{", labels, "} ", std::to_string(count * 0.137), "\n");
            add(out, n, "_count{", labels, "} ", std::to_string(count), "\n");
        }
    }
    for (int i = 0; i < 13; ++i, ++family) {
        const std::string n = name("pause_seconds");
        metadata(n, "summary");
        for (const char* q : {"0", "0.25", "0.5", "0.75", "1"})
            add(out, n, "{quantile=\"", q, "\"} 7.6238e-05\n");
        add(out, n, "_sum 44.985611511\n", n, "_count 190932\n");
    }
    out += "# EOF\n"; // a comment in 0.0.4, the required last line in OpenMetrics
    return out;
}

struct Input
{
    std::string text;
    std::string description;
};

const Input& input()
{
    static const Input loaded = [] {
        std::string shared;
        // Read once, before any benchmark thread runs.
        if (const char* env = std::getenv("GATEHOUSE_SHARED_DIR")) // NOLINT(concurrency-mt-unsafe)
            shared = env;
        else
            shared = GATEHOUSE_DEFAULT_SHARED_DIR;
        const std::string path = shared.append("/data/prometheus/alltypes.237mfs.prom.txt");
        std::ifstream file(path, std::ios::binary);
        if (file) {
            std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
            return Input{std::move(text), path};
        }
        std::string text = generatedExposition();
        return Input{std::move(text),
                     "generated exposition (alltypes.237mfs.prom.txt not found at " + path + ")"};
    }();
    return loaded;
}

void setBytes(benchmark::State& state)
{
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(input().text.size()));
}

// Ours, the way the gateway and poller use it: one pull over the scrape, every value read.
void PullParser(benchmark::State& state, Format format)
{
    const std::string_view text = input().text;
    std::size_t samples = 0;
    while (state.KeepRunning()) {
        Parser parser(text, format);
        double sum = 0;
        std::size_t labels = 0;
        Entry entry;
        while ((entry = parser.next()) != Entry::End) {
            if (entry == Entry::Error) {
                state.SkipWithError(parser.error().toString().c_str());
                return;
            }
            if (entry == Entry::Sample) {
                sum += parser.value();
                labels += parser.labels().size();
                ++samples;
            }
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(labels);
    }
    state.counters["samples/scrape"] =
        static_cast<double>(samples) / static_cast<double>(state.iterations() ? state.iterations() : 1);
    setBytes(state);
}

// Ours, building families (what the console stores).
void ParseScrape(benchmark::State& state)
{
    const std::string_view text = input().text;
    while (state.KeepRunning()) {
        ScrapeResult result = parseScrape(text, Format::Prometheus004);
        if (!result.ok()) {
            state.SkipWithError(result.error->toString().c_str());
            return;
        }
        benchmark::DoNotOptimize(result.scrape.samples.data());
    }
    setBytes(state);
}

// Ceiling: finding the line ends is all a line-based parser must do at the least.
void MemchrLines(benchmark::State& state)
{
    const std::string& text = input().text;
    while (state.KeepRunning()) {
        std::size_t lines = 0;
        const char* p = text.data();
        const char* const end = p + text.size();
        while (p != end) {
            const auto* nl =
                static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            ++lines;
            p = nl ? nl + 1 : end;
        }
        benchmark::DoNotOptimize(lines);
    }
    setBytes(state);
}

// Floor: the parser one writes in an afternoon — getline, substr copies, std::stod.
struct NaiveSample
{
    std::string name;
    std::vector<std::pair<std::string, std::string>> labels;
    double value = 0;
};

std::vector<NaiveSample> naiveParse(const std::string& text)
{
    std::vector<NaiveSample> samples;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        if (line[0] == '#') {
            std::istringstream words(line);
            std::string hash, keyword, name;
            words >> hash >> keyword >> name;
            continue;
        }
        NaiveSample sample;
        const std::size_t brace = line.find('{');
        std::string rest;
        if (brace != std::string::npos) {
            sample.name = line.substr(0, brace);
            const std::size_t close = line.find('}', brace);
            std::string labels = line.substr(brace + 1, close - brace - 1);
            std::istringstream pairs(labels);
            std::string pair;
            while (std::getline(pairs, pair, ',')) {
                const std::size_t eq = pair.find('=');
                if (eq == std::string::npos)
                    continue;
                sample.labels.emplace_back(pair.substr(0, eq), pair.substr(eq + 2, pair.size() - eq - 3));
            }
            rest = line.substr(close + 1);
        } else {
            const std::size_t space = line.find(' ');
            sample.name = line.substr(0, space);
            rest = line.substr(space);
        }
        std::istringstream fields(rest);
        std::string value;
        fields >> value;
        sample.value = std::stod(value);
        samples.push_back(std::move(sample));
    }
    return samples;
}

void NaiveIstream(benchmark::State& state)
{
    const std::string& text = input().text;
    while (state.KeepRunning()) {
        std::vector<NaiveSample> samples = naiveParse(text);
        benchmark::DoNotOptimize(samples.data());
    }
    setBytes(state);
}

} // namespace

BENCHMARK(MemchrLines)->Name("reference/MemchrLines (ceiling)")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(PullParser, prom004, Format::Prometheus004)
    ->Name("ours/Parser text-0.0.4")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(PullParser, openmetrics, Format::OpenMetrics1)
    ->Name("ours/Parser OpenMetrics-1.0")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(ParseScrape)->Name("ours/parseScrape (families)")->Unit(benchmark::kMicrosecond);
BENCHMARK(NaiveIstream)->Name("reference/NaiveIstream (floor)")->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("input", input().description);
    benchmark::AddCustomContext("input bytes", std::to_string(input().text.size()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
