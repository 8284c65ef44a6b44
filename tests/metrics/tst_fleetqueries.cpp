#include "core/metrics/FleetQueries.h"
#include "core/metrics/ProfileLoader.h"

#include <QTest>

#include <re2/re2.h>

using namespace gatehouse::metrics;

// The PromQL fleet mode sends for each canonical signal, written from the built-in profiles
// (golden strings: a change to a profile or to the generator shows here first). Whether Prometheus
// accepts every one of them, and computes what the direct poller does, is tst_fleetmode's part.
class TestFleetQueries : public QObject
{
    Q_OBJECT

    std::vector<MetricProfile> m_all;

    const MetricProfile& profile(const char* id) const
    {
        for (const MetricProfile& p : m_all) {
            if (p.id == QLatin1String(id))
                return p;
        }
        qFatal("no built-in profile %s", id);
    }

    QString promql(const char* profileId, const char* signal,
                   const std::vector<LabelMatcher>& extra = {}) const
    {
        const MetricProfile& p = profile(profileId);
        return fleetSignalPromql(std::span(&p, 1), QLatin1String(signal), 60, extra)
            .value_or(QStringLiteral("<none>"));
    }

private slots:
    void initTestCase()
    {
        const ProfileSet set = loadProfiles(QString());
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.join('\n')));
        m_all = set.profiles;
    }

    void gatehoused_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("expected");
        const QString all = QStringLiteral("sum by (job, instance) (rate(gatehouse_requests_total[60s]))");
        auto requestsWhere = [&](const char* code) {
            return QStringLiteral(
                       "(sum by (job, instance) (rate(gatehouse_requests_total{code=~\"%1\"}[60s])) or 0 * ")
                       .arg(QLatin1String(code)) +
                   all + QStringLiteral(") / ") + all;
        };
        auto quantile = [](const char* q, const char* family) {
            return QStringLiteral("histogram_quantile(%1, sum by (job, instance, le) (rate(%2_bucket[60s])))")
                .arg(QLatin1String(q), QLatin1String(family));
        };
        QTest::newRow("request_rate") << "request_rate" << all;
        QTest::newRow("error_ratio") << "error_ratio" << requestsWhere("5..");
        QTest::newRow("error_ratio_4xx") << "error_ratio_4xx" << requestsWhere("4..");
        QTest::newRow("error_ratio_5xx") << "error_ratio_5xx" << requestsWhere("5..");
        QTest::newRow("error_rate_by_code")
            << "error_rate_by_code"
            << "sum by (job, instance, code) (rate(gatehouse_requests_total{code=~\"[45]..\"}[60s]))";
        QTest::newRow("latency_p50") << "latency_p50"
                                     << quantile("0.5", "gatehouse_request_duration_seconds");
        QTest::newRow("latency_p95") << "latency_p95"
                                     << quantile("0.95", "gatehouse_request_duration_seconds");
        QTest::newRow("latency_p99") << "latency_p99"
                                     << quantile("0.99", "gatehouse_request_duration_seconds");
        QTest::newRow("upstream_latency_p95")
            << "upstream_latency_p95" << quantile("0.95", "gatehouse_upstream_duration_seconds");
        QTest::newRow("overhead_p95") << "overhead_p95" << quantile("0.95", "gatehouse_overhead_seconds");
        QTest::newRow("ttft_p50") << "ttft_p50" << quantile("0.5", "gatehouse_time_to_first_token_seconds");
        QTest::newRow("in_flight") << "in_flight"
                                   << "sum by (job, instance) (gatehouse_in_flight_requests)";
        QTest::newRow("cache_hit_ratio")
            << "cache_hit_ratio"
            << "(sum by (job, instance) (rate(gatehouse_cache_lookups_total{result=\"hit\"}[60s])) or 0 * "
               "sum by "
               "(job, instance) (rate(gatehouse_cache_lookups_total[60s]))) / sum by (job, instance) "
               "(rate(gatehouse_cache_lookups_total[60s]))";
        QTest::newRow("tokens_per_second")
            << "tokens_per_second"
            << "sum by (job, instance) (rate(gatehouse_tokens_total{kind=~\"completion|output\"}[60s])) or 0 "
               "* "
               "sum by (job, instance) (rate(gatehouse_tokens_total[60s]))";
        QTest::newRow("upstream_health") << "upstream_health"
                                         << "avg by (job, instance) (gatehouse_upstream_up)";
        QTest::newRow("up") << "up"
                            << "max by (job, instance) (up)";
    }

    void gatehoused()
    {
        QFETCH(QString, signal);
        QFETCH(QString, expected);
        QCOMPARE(promql("gatehoused", qPrintable(signal)), expected);
    }

    void otherKinds_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("signal");
        QTest::addColumn<QString>("expected");
        // A gauge that counts the series equal to a value (LiteLLM: 0 is a healthy deployment).
        QTest::newRow("litellm upstream_health")
            << "litellm"
            << "upstream_health"
            << "avg by (job, instance) (litellm_deployment_state == bool 0)";
        // Alternative families: the first an instance has wins; a counter named without _total is
        // selected under both spellings.
        QTest::newRow("litellm tokens_per_second")
            << "litellm"
            << "tokens_per_second"
            << "sum by (job, instance) (rate(litellm_output_tokens_metric_total[60s])) or sum by (job, "
               "instance) "
               "(rate({__name__=~\"litellm_output_tokens(_total)?\"}[60s]))";
        // Milliseconds scaled to seconds.
        QTest::newRow("kong latency_p95") << "kong"
                                          << "latency_p95"
                                          << "histogram_quantile(0.95, sum by (job, instance, le) "
                                             "(rate(kong_request_latency_ms_bucket[60s]))) * 0.001";
        QTest::newRow("kong upstream_latency_p95")
            << "kong"
            << "upstream_latency_p95"
            << "(histogram_quantile(0.95, sum by (job, instance, le) "
               "(rate(kong_ai_llm_provider_latency_ms_bucket[60s]))) "
               "or histogram_quantile(0.95, sum by (job, instance, le) "
               "(rate(kong_upstream_latency_ms_bucket[60s])))) * 0.001";
        QTest::newRow("kong upstream_health")
            << "kong"
            << "upstream_health"
            << "sum by (job, instance) (kong_upstream_target_health{state=~\"healthy|healthchecks_off\"}) / "
               "sum by "
               "(job, instance) (kong_upstream_target_health)";
        QTest::newRow("kong cache_hit_ratio")
            << "kong"
            << "cache_hit_ratio"
            << "(sum by (job, instance) (rate(kong_ai_llm_requests_total{cache_status=~\"(?i)hit\"}[60s])) "
               "or 0 * sum "
               "by (job, instance) (rate(kong_ai_llm_requests_total[60s]))) / (sum by (job, instance) "
               "(rate(kong_ai_llm_requests_total{cache_status=~\"(?i)hit|miss\"}[60s])) or 0 * sum by (job, "
               "instance) "
               "(rate(kong_ai_llm_requests_total[60s])))";
        // A histogram's _count as the request counter; "!=" is "not empty".
        QTest::newRow("envoy error_ratio")
            << "envoy-ai-gateway"
            << "error_ratio"
            << "(sum by (job, instance) "
               "(rate(gen_ai_server_request_duration_seconds_count{error_type!=\"\"}[60s])) or "
               "0 * sum by (job, instance) (rate(gen_ai_server_request_duration_seconds_count[60s]))) / sum "
               "by (job, "
               "instance) (rate(gen_ai_server_request_duration_seconds_count[60s]))";
        QTest::newRow("envoy error_rate_by_code")
            << "envoy-ai-gateway"
            << "error_rate_by_code"
            << "sum by (job, instance, error_type) "
               "(rate(gen_ai_server_request_duration_seconds_count{error_type!=\"\"}[60s]))";
        // A sum inside a ratio; microseconds scaled.
        QTest::newRow("bifrost cache_hit_ratio")
            << "bifrost"
            << "cache_hit_ratio"
            << "sum by (job, instance) (rate(bifrost_cache_hits_total[60s])) / (sum by (job, instance) "
               "(rate(bifrost_cache_hits_total[60s])) + sum by (job, instance) "
               "(rate(bifrost_upstream_requests_total[60s])))";
        QTest::newRow("bifrost overhead_p95")
            << "bifrost"
            << "overhead_p95"
            << "histogram_quantile(0.95, sum by (job, instance, le) "
               "(rate(bifrost_overhead_latency_microseconds_bucket[60s]))) * 1e-06";
        QTest::newRow("vllm request_rate")
            << "vllm"
            << "request_rate"
            << "sum by (job, instance) (rate(vllm:request_success_total[60s]))";
        QTest::newRow("llamacpp has no latency") << "llamacpp"
                                                 << "latency_p95"
                                                 << "<none>";
    }

    void otherKinds()
    {
        QFETCH(QString, profile);
        QFETCH(QString, signal);
        QFETCH(QString, expected);
        QCOMPARE(promql(qPrintable(profile), qPrintable(signal)), expected);
    }

    void aJobNarrowsEverySelector()
    {
        const std::vector<LabelMatcher> job{jobMatcher(QStringLiteral("gatehoused"))};
        QCOMPARE(promql("gatehoused", "request_rate", job),
                 QStringLiteral(
                     "sum by (job, instance) (rate(gatehouse_requests_total{job=\"gatehoused\"}[60s]))"));
        QCOMPARE(
            promql("gatehoused", "error_ratio_5xx", job),
            QStringLiteral(
                "(sum by (job, instance) "
                "(rate(gatehouse_requests_total{code=~\"5..\",job=\"gatehoused\"}[60s])) "
                "or 0 * sum by (job, instance) (rate(gatehouse_requests_total{job=\"gatehoused\"}[60s]))) / "
                "sum by (job, instance) (rate(gatehouse_requests_total{job=\"gatehoused\"}[60s]))"));
        QCOMPARE(promql("gatehoused", "up", job),
                 QStringLiteral("max by (job, instance) (up{job=\"gatehoused\"})"));
    }

    void theWindowIsTheOneAskedFor()
    {
        const MetricProfile& p = profile("gatehoused");
        QCOMPARE(fleetSignalPromql(std::span(&p, 1), QStringLiteral("request_rate"), 315).value(),
                 QStringLiteral("sum by (job, instance) (rate(gatehouse_requests_total[315s]))"));
    }

    void labelValuesAndNamesAreWrittenAsPromqlReadsThem()
    {
        Expression e;
        e.kind = Expression::Kind::Rate;
        e.families = {"gen_ai.client.operation"};
        e.sampleSuffix = "_count";
        LabelMatcher m;
        m.label = "message";
        m.op = LabelMatcher::Op::Matches;
        m.value = "a\"b\\d"; // a"b\d
        m.regex = std::make_shared<RE2>(m.value);
        e.matchers = {m};
        e.by = "message";
        QCOMPARE(fleetPromql(e, 30),
                 QStringLiteral("sum by (job, instance, message) "
                                "(rate(gen_ai_client_operation_count{message=~\"a\\\"b\\\\d\"}[30s]))"));
    }

    void everyProfileTogetherHighestPriorityFirst()
    {
        // A server that scrapes several kinds: each instance gets its own kind's figures.
        QCOMPARE(fleetSignalPromql(m_all, QStringLiteral("request_rate"), 60).value(),
                 QStringLiteral(
                     "sum by (job, instance) (rate(gatehouse_requests_total[60s])) or "
                     "sum by (job, instance) (rate(litellm_proxy_total_requests_metric_total[60s])) or "
                     "sum by (job, instance) (rate(bifrost_upstream_requests_total[60s])) or "
                     "(sum by (job, instance) (rate(kong_http_requests_total[60s])) or "
                     "sum by (job, instance) (rate(kong_ai_llm_requests_total[60s]))) or "
                     "(sum by (job, instance) (rate(tensorzero_requests_total[60s])) or "
                     "sum by (job, instance) (rate(tensorzero_inferences_total[60s]))) or "
                     "sum by (job, instance) (rate(gen_ai_server_request_duration_seconds_count[60s])) or "
                     "sum by (job, instance) (rate(vllm:request_success_total[60s]))"));
        QVERIFY(!fleetSignalPromql({}, QStringLiteral("request_rate"), 60));
        QCOMPARE(fleetSignalPromql({}, QStringLiteral("up"), 60).value(),
                 QStringLiteral("max by (job, instance) (up)"));
    }

    void theSignalsAProfileCanGive()
    {
        const MetricProfile& llama = profile("llamacpp");
        QCOMPARE(fleetSignalIds(std::span(&llama, 1)), (QStringList{"in_flight", "tokens_per_second", "up"}));
        const MetricProfile& ours = profile("gatehoused");
        QCOMPARE(fleetSignalIds(std::span(&ours, 1)), allFleetSignalIds());
        QCOMPARE(allFleetSignalIds().first(), QStringLiteral("request_rate"));
        QCOMPARE(allFleetSignalIds().last(), QStringLiteral("up"));
    }
};

QTEST_GUILESS_MAIN(TestFleetQueries)
#include "tst_fleetqueries.moc"
