// SSE parse throughput: gatehouse::sse::Parser over a recorded-looking 100,000-event stream of
// OpenAI chat-completion chunks, against a naive line splitter (find "\n", keep "data: " lines)
// in the same run. The naive one is the floor of what any SSE reader must do; it handles none of
// CR, CRLF, comments, multi-line data, BOM or UTF-8 repair.

#include "core/sse/SseParser.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <string_view>

namespace {

constexpr std::size_t eventCount = 100'000;

// Chunks as OpenAI sends them: one `data:` line of JSON per token, a blank line, a keep-alive
// comment now and then, a usage chunk and [DONE] at the end. Lines end with LF, CRLF or CR
// (`ends` 0, 1, 2).
std::string stream(int ends)
{
    static constexpr std::string_view words[] = {"The",  " quick", " brown", " fox", " jumps", " over",
                                                 " the", " lazy",  " dog",   ".",    " Прив",  "ет",
                                                 " мир", "!",      " code",  "```",  "\\n",    " 42"};
    const std::string end = ends == 1 ? "\r\n" : ends == 2 ? "\r" : "\n";
    std::mt19937 random(7);
    std::string out;
    out.reserve(eventCount * 200);
    for (std::size_t i = 0; i < eventCount; ++i) {
        if (i % 1000 == 0)
            out += ": keep-alive" + end + end;
        out += "data: "
               "{\"id\":\"chatcmpl-9xQ2bench\",\"object\":\"chat.completion.chunk\",\"created\":1733500000,"
               "\"model\":\"gpt-4o-mini-2024-07-18\",\"system_fingerprint\":\"fp_bench\",\"choices\":[{"
               "\"index\":0,"
               "\"delta\":{\"content\":\"";
        out += words[random() % std::size(words)];
        out += "\"},\"logprobs\":null,\"finish_reason\":null}]}" + end + end;
    }
    out += "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":100000}}" + end + end;
    out += "data: [DONE]" + end + end;
    return out;
}

const std::string& theStream(int ends)
{
    static const std::string streams[] = {stream(0), stream(1), stream(2)};
    return streams[ends];
}

// range(0): read size in bytes (0: the whole stream at once); range(1): line ends (0 LF, 1 CRLF,
// 2 CR — a CR-only stream must not cost a scan to the next LF per line).
void parser(benchmark::State& state)
{
    const std::string& text = theStream(static_cast<int>(state.range(1)));
    const std::size_t piece = state.range(0) > 0 ? static_cast<std::size_t>(state.range(0)) : text.size();
    std::size_t events = 0;
    std::size_t dataBytes = 0;
    for (auto _ : state) {
        gatehouse::sse::Parser p;
        events = 0;
        dataBytes = 0;
        const gatehouse::sse::Parser::Sink sink = [&](const gatehouse::sse::Event& e) {
            ++events;
            dataBytes += e.data.size();
        };
        for (std::size_t at = 0; at < text.size(); at += piece)
            p.feed(std::string_view(text).substr(at, piece), sink);
        p.finish();
        benchmark::DoNotOptimize(dataBytes);
    }
    if (events != eventCount + 2)
        state.SkipWithError("the parser did not dispatch every event");
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["events"] = static_cast<double>(events);
}

void naiveLines(benchmark::State& state)
{
    const std::string& text = theStream(0);
    std::size_t events = 0;
    for (auto _ : state) {
        events = 0;
        std::string data;
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t end = text.find('\n', at);
            if (end == std::string::npos)
                end = text.size();
            const std::string_view line(text.data() + at, end - at);
            if (line.empty()) {
                if (!data.empty())
                    ++events;
                data.clear();
            } else if (line.substr(0, 6) == "data: ") {
                data.append(line.substr(6));
            }
            at = end + 1;
        }
        benchmark::DoNotOptimize(events);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["events"] = static_cast<double>(events);
}

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            const auto it = run.counters.find("bytes_per_second");
            if (it != run.counters.end())
                rates[run.benchmark_name()] = it->second.value;
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        const auto floor = rates.find("naive_lines");
        std::printf("\nSSE parse, %zu events (%.1f MB), this run (target >= 200 MB/s):\n", eventCount + 2,
                    double(theStream(0).size()) / 1e6);
        for (const auto& [name, rate] : rates) {
            std::printf("  %-40s %8.1f MB/s", name.c_str(), rate / 1e6);
            if (floor != rates.end() && floor->second > 0 && name != floor->first)
                std::printf("   %.2fx the naive splitter", rate / floor->second);
            std::printf("\n");
        }
    }

private:
    std::map<std::string, double> rates;
};

} // namespace

BENCHMARK(parser)
    ->Name("parser")
    ->ArgNames({"read", "ends"})
    ->Args({0, 0})
    ->Args({1460, 0})
    ->Args({16384, 0})
    ->Args({1460, 1})
    ->Args({0, 2})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(naiveLines)->Name("naive_lines")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
