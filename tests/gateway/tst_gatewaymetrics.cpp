// The metrics registry (gateway/metrics) and the metrics stage: what they render must parse as
// Prometheus text 0.0.4 with the project's own parser, with the families, types and values a
// scraper would see.

#include "core/promtext/Escapes.h"
#include "core/promtext/Scrape.h"
#include "gateway/chat/TokenUsage.h"
#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/metrics/TextExposition.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/MetricsStage.h"

#include <QTest>

#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace gatehouse;
using namespace gatehouse::gateway;

namespace {

using Labels = std::map<std::string, std::string>;

struct Parsed
{
    std::string text; // the scrape outlives the views into it
    promtext::Scrape scrape;
    std::string error;

    const promtext::Family* family(std::string_view name) const { return scrape.family(name); }

    // The value of the sample `name` whose labels include all of `labels`; nullopt if none.
    std::optional<double> value(std::string_view name, const Labels& labels = {}) const
    {
        for (const auto& sample : scrape.samples) {
            if (sample.name != name)
                continue;
            Labels have;
            for (const auto& label : scrape.labelsOf(sample))
                have[std::string(label.name)] =
                    promtext::unescapeLabelValue(label.rawValue, promtext::Format::Prometheus004);
            bool match = true;
            for (const auto& [key, wanted] : labels)
                match = match && have.count(key) && have[key] == wanted;
            if (match)
                return sample.value;
        }
        return std::nullopt;
    }
};

Parsed parse(std::string text)
{
    Parsed parsed;
    parsed.text = std::move(text);
    auto result = promtext::parseScrape(parsed.text, promtext::Format::Prometheus004);
    parsed.scrape = std::move(result.scrape);
    if (result.error)
        parsed.error = result.error->toString();
    return parsed;
}

} // namespace

class TestGatewayMetrics : public QObject
{
    Q_OBJECT

private slots:
    void counterSumsPerLabelSetAndEscapesValues()
    {
        metrics::CounterFamily counter("test_requests_total", "Requests.", {"route", "code"});
        counter.add({"/a", "200"});
        counter.add({"/a", "200"}, 2);
        counter.add({"/a \"quoted\"\\\n", "500"});
        counter.add({"/a", "200"}, -5); // counters never go down
        std::string out;
        counter.render(out);
        const Parsed parsed = parse(out);
        QVERIFY2(parsed.error.empty(), parsed.error.c_str());
        const promtext::Family* family = parsed.family("test_requests_total");
        QVERIFY(family);
        QCOMPARE(family->type, promtext::MetricType::Counter);
        QCOMPARE(family->sampleCount, 2u);
        QCOMPARE(parsed.value("test_requests_total", {{"route", "/a"}, {"code", "200"}}), std::optional(3.0));
        QCOMPARE(parsed.value("test_requests_total", {{"route", "/a \"quoted\"\\\n"}, {"code", "500"}}),
                 std::optional(1.0));
    }

    void histogramBucketsAreCumulativeWithSumAndCount()
    {
        metrics::HistogramFamily histogram("test_duration_seconds", "Duration.", {"model"}, {0.1, 1, 10});
        histogram.observe({"m"}, 0.05);
        histogram.observe({"m"}, 0.1); // on a bound: counted in that bucket (le means <=)
        histogram.observe({"m"}, 5);
        histogram.observe({"m"}, 500);
        std::string out;
        histogram.render(out);
        const Parsed parsed = parse(out);
        QVERIFY2(parsed.error.empty(), parsed.error.c_str());
        const promtext::Family* family = parsed.family("test_duration_seconds");
        QVERIFY(family);
        QCOMPARE(family->type, promtext::MetricType::Histogram);
        QCOMPARE(parsed.value("test_duration_seconds_bucket", {{"model", "m"}, {"le", "0.1"}}),
                 std::optional(2.0));
        QCOMPARE(parsed.value("test_duration_seconds_bucket", {{"model", "m"}, {"le", "1"}}),
                 std::optional(2.0));
        QCOMPARE(parsed.value("test_duration_seconds_bucket", {{"model", "m"}, {"le", "10"}}),
                 std::optional(3.0));
        QCOMPARE(parsed.value("test_duration_seconds_bucket", {{"model", "m"}, {"le", "+Inf"}}),
                 std::optional(4.0));
        QCOMPARE(parsed.value("test_duration_seconds_count", {{"model", "m"}}), std::optional(4.0));
        QCOMPARE(parsed.value("test_duration_seconds_sum", {{"model", "m"}}), std::optional(505.15));
    }

    void recordsFromManyThreadsAddUp()
    {
        metrics::CounterFamily counter("test_total", "T.", {"worker"});
        metrics::HistogramFamily histogram("test_seconds", "S.", {}, metrics::llmLatencyBuckets());
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i) {
                    counter.add({"all"});
                    histogram.observe({}, 0.2);
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(counter.collect().at({"all"}), 4000.0);
        QCOMPARE(histogram.collect().at({}).count, std::uint64_t{4000});
    }

    void bucketsSuitLlmLatencies()
    {
        const auto buckets = metrics::llmLatencyBuckets();
        QCOMPARE(buckets.front(), 0.001);
        QCOMPARE(buckets.back(), 300.0);
        QVERIFY(std::is_sorted(buckets.begin(), buckets.end()));
    }

    void metricsStageRecordsAnExchange()
    {
        metrics::GatewayMetrics registry;
        const MetricsStage stage(registry);
        ChatExchange exchange;
        exchange.path = "/v1/chat/completions";
        exchange.model = "chat";
        exchange.upstream = "local";
        exchange.status = 200;
        exchange.streamed = true;
        stage.begin(exchange);
        QCOMPARE(registry.inFlight.load(), std::int64_t{1});
        exchange.upstreamStarted = exchange.received;
        exchange.firstEvent = exchange.received;
        exchange.upstreamEnded = std::chrono::steady_clock::now();
        exchange.promptTokens = 12;
        exchange.completionTokens = 30;
        stage.record(exchange);

        std::string out;
        registry.render(out);
        const Parsed parsed = parse(out);
        QVERIFY2(parsed.error.empty(), parsed.error.c_str());
        QCOMPARE(parsed.family("gatehouse_requests_total")->type, promtext::MetricType::Counter);
        QCOMPARE(parsed.value("gatehouse_requests_total", {{"route", "/v1/chat/completions"},
                                                           {"model", "chat"},
                                                           {"upstream", "local"},
                                                           {"code", "200"}}),
                 std::optional(1.0));
        for (const char* name : {"gatehouse_request_duration_seconds", "gatehouse_upstream_duration_seconds",
                                 "gatehouse_time_to_first_token_seconds", "gatehouse_overhead_seconds"}) {
            QVERIFY2(parsed.family(name), name);
            QCOMPARE(parsed.family(name)->type, promtext::MetricType::Histogram);
            QCOMPARE(parsed.value(std::string(name) + "_count"), std::optional(1.0));
        }
        QCOMPARE(parsed.value("gatehouse_tokens_total", {{"model", "chat"}, {"kind", "prompt"}}),
                 std::optional(12.0));
        QCOMPARE(parsed.value("gatehouse_tokens_total", {{"model", "chat"}, {"kind", "completion"}}),
                 std::optional(30.0));
        QCOMPARE(parsed.family("gatehouse_in_flight_requests")->type, promtext::MetricType::Gauge);
        QCOMPARE(parsed.value("gatehouse_in_flight_requests"), std::optional(0.0));
    }

    void refusedExchangeHasNoUpstreamOrTtft()
    {
        metrics::GatewayMetrics registry;
        const MetricsStage stage(registry);
        ChatExchange exchange;
        exchange.path = "/v1/chat/completions";
        exchange.status = 404;
        stage.record(exchange);
        std::string out;
        registry.render(out);
        const Parsed parsed = parse(out);
        QVERIFY2(parsed.error.empty(), parsed.error.c_str());
        QCOMPARE(parsed.value("gatehouse_requests_total", {{"code", "404"}, {"model", ""}}),
                 std::optional(1.0));
        QCOMPARE(parsed.value("gatehouse_upstream_duration_seconds_count"), std::nullopt);
        QCOMPARE(parsed.value("gatehouse_time_to_first_token_seconds_count"), std::nullopt);
        QCOMPARE(parsed.value("gatehouse_overhead_seconds_count"), std::optional(1.0));
    }

    void tokenUsageIsReadFromBodiesAndChunks()
    {
        const auto usage =
            readTokenUsage(R"({"usage":{"prompt_tokens":7,"completion_tokens":9,"total_tokens":16}})");
        QVERIFY(usage);
        QCOMPARE(usage->promptTokens, std::uint64_t{7});
        QCOMPARE(usage->completionTokens, std::uint64_t{9});
        QVERIFY(!readTokenUsage(R"({"choices":[],"usage":null})"));
        QVERIFY(!readTokenUsage(R"({"choices":[]})"));
        QVERIFY(!readTokenUsage("not json \"usage\""));
    }

    void specialValuesUseTheFormatsSpelling()
    {
        QCOMPARE(metrics::formatValue(std::numeric_limits<double>::infinity()), std::string("+Inf"));
        QCOMPARE(metrics::formatValue(0.25), std::string("0.25"));
        QCOMPARE(metrics::formatValue(3), std::string("3"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayMetrics)
#include "tst_gatewaymetrics.moc"
