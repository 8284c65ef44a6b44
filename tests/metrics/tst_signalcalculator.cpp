#include "core/metrics/ProfileLoader.h"
#include "core/metrics/SignalCalculator.h"
#include "core/promtext/Scrape.h"

#include <QTest>

#include <cmath>
#include <string_view>

using namespace gatehouse::metrics;
using namespace gatehouse::promtext;

namespace {

// Two scrapes of gatehoused 10 s apart. Golden values are worked out in the comments (specs.md §4).
constexpr std::string_view before = R"(# TYPE gatehouse_requests_total counter
gatehouse_requests_total{route="chat",model="m",upstream="a",code="200"} 100
gatehouse_requests_total{route="chat",model="m",upstream="a",code="500"} 10
gatehouse_requests_total{route="chat",model="m",upstream="a",code="404"} 5
# TYPE gatehouse_request_duration_seconds histogram
gatehouse_request_duration_seconds_bucket{route="a",le="0.1"} 10
gatehouse_request_duration_seconds_bucket{route="a",le="0.5"} 20
gatehouse_request_duration_seconds_bucket{route="a",le="1.0"} 30
gatehouse_request_duration_seconds_bucket{route="a",le="+Inf"} 30
gatehouse_request_duration_seconds_sum{route="a"} 12
gatehouse_request_duration_seconds_count{route="a"} 30
gatehouse_request_duration_seconds_bucket{route="b",le="0.1"} 5
gatehouse_request_duration_seconds_bucket{route="b",le="0.5"} 5
gatehouse_request_duration_seconds_bucket{route="b",le="1"} 5
gatehouse_request_duration_seconds_bucket{route="b",le="+Inf"} 5
gatehouse_request_duration_seconds_sum{route="b"} 0.2
gatehouse_request_duration_seconds_count{route="b"} 5
# TYPE gatehouse_in_flight_requests gauge
gatehouse_in_flight_requests 4
# TYPE gatehouse_upstream_up gauge
gatehouse_upstream_up{upstream="a"} 1
gatehouse_upstream_up{upstream="b"} 1
# TYPE gatehouse_tokens_total counter
gatehouse_tokens_total{model="m",kind="prompt"} 400
gatehouse_tokens_total{model="m",kind="completion"} 1000
# TYPE gatehouse_cache_lookups_total counter
gatehouse_cache_lookups_total{result="hit"} 10
gatehouse_cache_lookups_total{result="miss"} 10
)";

constexpr std::string_view after = R"(# TYPE gatehouse_requests_total counter
gatehouse_requests_total{route="chat",model="m",upstream="a",code="200"} 180
gatehouse_requests_total{route="chat",model="m",upstream="a",code="500"} 20
gatehouse_requests_total{route="chat",model="m",upstream="a",code="404"} 5
gatehouse_requests_total{route="chat",model="m",upstream="a",code="503"} 3
# TYPE gatehouse_request_duration_seconds histogram
gatehouse_request_duration_seconds_count{route="a"} 110
gatehouse_request_duration_seconds_sum{route="a"} 70
gatehouse_request_duration_seconds_bucket{route="a",le="+Inf"} 110
gatehouse_request_duration_seconds_bucket{route="a",le="1.0"} 110
gatehouse_request_duration_seconds_bucket{route="a",le="0.5"} 60
gatehouse_request_duration_seconds_bucket{route="a",le="0.1"} 10
gatehouse_request_duration_seconds_bucket{route="b",le="0.100"} 15
gatehouse_request_duration_seconds_bucket{route="b",le="0.5"} 15
gatehouse_request_duration_seconds_bucket{route="b",le="1"} 15
gatehouse_request_duration_seconds_bucket{route="b",le="+Inf"} 15
gatehouse_request_duration_seconds_sum{route="b"} 0.9
gatehouse_request_duration_seconds_count{route="b"} 15
# TYPE gatehouse_in_flight_requests gauge
gatehouse_in_flight_requests 3
# TYPE gatehouse_upstream_up gauge
gatehouse_upstream_up{upstream="a"} 1
gatehouse_upstream_up{upstream="b"} 0
# TYPE gatehouse_tokens_total counter
gatehouse_tokens_total{model="m",kind="prompt"} 900
gatehouse_tokens_total{model="m",kind="completion"} 1500
# TYPE gatehouse_cache_lookups_total counter
gatehouse_cache_lookups_total{result="hit"} 30
gatehouse_cache_lookups_total{result="miss"} 20
)";

const MetricProfile* builtIn(const ProfileSet& set, const char* id)
{
    for (const MetricProfile& p : set.profiles) {
        if (p.id == QLatin1String(id))
            return &p;
    }
    return nullptr;
}

std::optional<double> valueOf(const std::vector<SignalValue>& values, const char* id)
{
    for (const SignalValue& v : values) {
        if (v.id == QLatin1String(id))
            return v.value;
    }
    return std::nullopt;
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestSignalCalculator : public QObject
{
    Q_OBJECT

    ProfileSet m_set;

private slots:
    void initTestCase()
    {
        m_set = loadProfiles(QString());
        QVERIFY(builtIn(m_set, "gatehoused"));
    }

    void twoScrapesTenSecondsApart()
    {
        const ScrapeResult a = parseScrape(before, Format::Prometheus004);
        const ScrapeResult b = parseScrape(after, Format::Prometheus004);
        QVERIFY(a.ok() && b.ok());
        const TimedScrape scrapes[] = {{1000, &a.scrape}, {1010, &b.scrape}};
        const std::vector<SignalValue> v = SignalCalculator(*builtIn(m_set, "gatehoused")).compute(scrapes);

        // Window (999.999, 1010]; each counter's rate is Δv / 10 s (see SignalCalculator.h):
        // 200: 80 → 8/s, 500: 10 → 1/s, 404: 0. The 503 series has one sample: no rate yet.
        QVERIFY(near(valueOf(v, "request_rate"), 9.0));
        QVERIFY(near(valueOf(v, "error_ratio"), 1.0 / 9.0));
        QVERIFY(near(valueOf(v, "error_ratio_5xx"), 1.0 / 9.0));
        QVERIFY(near(valueOf(v, "error_ratio_4xx"), 0.0)); // the family is there: no 4xx is 0, not absent
        const auto byCode = std::find_if(v.begin(), v.end(),
                                         [](const SignalValue& s) { return s.id == "error_rate_by_code"; });
        QVERIFY(byCode != v.end());
        QCOMPARE(byCode->byLabel.size(), size_t(2));
        QCOMPARE(byCode->byLabel[0].first, QStringLiteral("404"));
        QCOMPARE(byCode->byLabel[0].second, 0.0);
        QCOMPARE(byCode->byLabel[1].first, QStringLiteral("500"));
        QCOMPARE(byCode->byLabel[1].second, 1.0);

        // Bucket rates, route a: le 0.1 → 0, 0.5 → 4, 1 → 8, +Inf → 8; route b: 1, 1, 1, 1
        // ("0.100" and "0.1" are the same bound). Summed by le: 1, 5, 9, 9.
        // p50: rank 4.5 → bucket le=0.5: 0.1 + 0.4 · (4.5 − 1) / (5 − 1) = 0.45.
        // p95: rank 8.55 → bucket le=1: 0.5 + 0.5 · (8.55 − 5) / (9 − 5) = 0.94375.
        // p99: rank 8.91 → 0.5 + 0.5 · 3.91 / 4 = 0.98875.
        QVERIFY(near(valueOf(v, "latency_p50"), 0.45));
        QVERIFY(near(valueOf(v, "latency_p95"), 0.94375));
        QVERIFY(near(valueOf(v, "latency_p99"), 0.98875));

        QVERIFY(near(valueOf(v, "in_flight"), 3.0));             // the latest scrape's gauge
        QVERIFY(near(valueOf(v, "upstream_health"), 0.5));       // one of two upstreams up
        QVERIFY(near(valueOf(v, "tokens_per_second"), 50.0));    // completion tokens only: 500 / 10
        QVERIFY(near(valueOf(v, "cache_hit_ratio"), 2.0 / 3.0)); // 2/s hits of 3/s lookups

        // Families this scrape does not have: absent, not zero.
        for (const char* id : {"ttft_p50", "ttft_p95", "upstream_latency_p95", "overhead_p95"}) {
            const auto it =
                std::find_if(v.begin(), v.end(), [id](const SignalValue& s) { return s.id == id; });
            QVERIFY2(it != v.end() && !it->value, id);
        }
    }

    void counterResetsAreAddedBack()
    {
        const std::string one = "# TYPE gatehouse_requests_total counter\n"
                                "gatehouse_requests_total{code=\"200\"} 100\n";
        const std::string two = "# TYPE gatehouse_requests_total counter\n"
                                "gatehouse_requests_total{code=\"200\"} 30\n"; // gatehoused restarted
        const ScrapeResult a = parseScrape(one, Format::Prometheus004);
        const ScrapeResult b = parseScrape(two, Format::Prometheus004);
        const TimedScrape scrapes[] = {{0, &a.scrape}, {10, &b.scrape}};
        const std::vector<SignalValue> v = SignalCalculator(*builtIn(m_set, "gatehoused")).compute(scrapes);
        // The drop 100 → 30 is a reset: the increase is 30, the rate 3/s.
        QVERIFY(near(valueOf(v, "request_rate"), 3.0));
    }

    void oneScrapeHasGaugesButNoRates()
    {
        const ScrapeResult a = parseScrape(before, Format::Prometheus004);
        const TimedScrape scrapes[] = {{1000, &a.scrape}};
        const std::vector<SignalValue> v = SignalCalculator(*builtIn(m_set, "gatehoused")).compute(scrapes);
        QVERIFY(!valueOf(v, "request_rate"));
        QVERIFY(!valueOf(v, "error_ratio"));
        QVERIFY(!valueOf(v, "latency_p95"));
        QVERIFY(near(valueOf(v, "in_flight"), 4.0));
    }

    void millisecondBucketsAreScaledToSeconds()
    {
        // Kong's latency histograms count milliseconds; OpenMetrics spelling of the counter family.
        const std::string one = "# TYPE kong_request_latency_ms histogram\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"100\"} 0\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"500\"} 0\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"+Inf\"} 0\n"
                                "kong_request_latency_ms_count{service=\"llm\"} 0\n"
                                "kong_request_latency_ms_sum{service=\"llm\"} 0\n"
                                "# TYPE kong_http_requests counter\n"
                                "kong_http_requests_total{code=\"200\"} 10\n"
                                "kong_http_requests_created{code=\"200\"} 1.7e9\n"
                                "# EOF\n";
        const std::string two = "# TYPE kong_request_latency_ms histogram\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"100\"} 10\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"500\"} 30\n"
                                "kong_request_latency_ms_bucket{service=\"llm\",le=\"+Inf\"} 30\n"
                                "kong_request_latency_ms_count{service=\"llm\"} 30\n"
                                "kong_request_latency_ms_sum{service=\"llm\"} 6000\n"
                                "# TYPE kong_http_requests counter\n"
                                "kong_http_requests_total{code=\"200\"} 30\n"
                                "kong_http_requests_created{code=\"200\"} 1.7e9\n"
                                "# EOF\n";
        const ScrapeResult a = parseScrape(one, Format::OpenMetrics1);
        const ScrapeResult b = parseScrape(two, Format::OpenMetrics1);
        QVERIFY2(a.ok() && b.ok(), a.error ? a.error->toString().c_str() : b.error->toString().c_str());
        const TimedScrape scrapes[] = {{0, &a.scrape}, {10, &b.scrape}};
        const std::vector<SignalValue> v = SignalCalculator(*builtIn(m_set, "kong")).compute(scrapes);
        // Bucket rates 1, 3, 3 (/s); p50: rank 1.5 → le=500: 100 + 400 · 0.5 / 2 = 200 ms = 0.2 s.
        // The first scrape's zeros cap the extrapolation at the zero point, so the rates are
        // Δv / (10 s + 1 ms) — the quantile is a ratio of them and stays exact.
        QVERIFY(near(valueOf(v, "latency_p50"), 0.2));
        // 20 in 10 s; `_created` is not a sample of the counter.
        QVERIFY(near(valueOf(v, "request_rate"), 2.0));
    }
};

QTEST_GUILESS_MAIN(TestSignalCalculator)
#include "tst_signalcalculator.moc"
