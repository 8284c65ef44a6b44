#include "core/metrics/ProfileDetector.h"
#include "core/metrics/ProfileLoader.h"
#include "core/promtext/Scrape.h"

#include <QTest>

using namespace gatehouse::metrics;
using namespace gatehouse::promtext;

namespace {

// Small expositions in each gateway's own style (names from the gateways' docs and exporters).
const char* const gatehousedText =
    "# HELP gatehouse_requests_total Requests answered.\n"
    "# TYPE gatehouse_requests_total counter\n"
    "gatehouse_requests_total{route=\"chat\",model=\"gpt-4o\",upstream=\"openai\",code=\"200\"} 12\n"
    "# TYPE gatehouse_in_flight_requests gauge\n"
    "gatehouse_in_flight_requests 1\n"
    "# TYPE gatehouse_upstream_up gauge\n"
    "gatehouse_upstream_up{upstream=\"openai\"} 1\n";

const char* const litellmText =
    "# HELP litellm_proxy_total_requests_metric_total Total number of requests made to the proxy server\n"
    "# TYPE litellm_proxy_total_requests_metric_total counter\n"
    "litellm_proxy_total_requests_metric_total{api_key_alias=\"None\",end_user=\"None\",hashed_api_key="
    "\"88dc28\","
    "requested_model=\"gpt-4o\",status_code=\"200\",team=\"None\",team_alias=\"None\",user=\"default_user_"
    "id\"} 7.0\n"
    "# TYPE litellm_proxy_failed_requests_metric_total counter\n"
    "litellm_proxy_failed_requests_metric_total{exception_status=\"429\",requested_model=\"gpt-4o\"} 1.0\n"
    "# TYPE litellm_request_total_latency_metric histogram\n"
    "litellm_request_total_latency_metric_bucket{le=\"0.005\",model=\"gpt-4o\"} 0.0\n"
    "litellm_request_total_latency_metric_bucket{le=\"+Inf\",model=\"gpt-4o\"} 7.0\n"
    "litellm_request_total_latency_metric_count{model=\"gpt-4o\"} 7.0\n"
    "litellm_request_total_latency_metric_sum{model=\"gpt-4o\"} 9.1\n"
    "# TYPE litellm_deployment_state gauge\n"
    "litellm_deployment_state{api_base=\"https://api.openai.com\",api_provider=\"openai\"} 0.0\n";

const char* const kongText =
    "# HELP kong_http_requests_total HTTP status codes per consumer/service/route in Kong\n"
    "# TYPE kong_http_requests_total counter\n"
    "kong_http_requests_total{service=\"llm\",route=\"chat\",code=\"200\",source=\"service\","
    "workspace=\"default\",consumer=\"\"} 42\n"
    "# TYPE kong_ai_llm_requests_total counter\n"
    "kong_ai_llm_requests_total{ai_provider=\"openai\",ai_model=\"gpt-4o\",cache_status=\"\","
    "vector_db=\"\",embeddings_provider=\"\",embeddings_model=\"\",workspace=\"default\"} 40\n"
    "# TYPE kong_request_latency_ms histogram\n"
    "kong_request_latency_ms_bucket{service=\"llm\",route=\"chat\",workspace=\"default\",le=\"25\"} 3\n"
    "kong_request_latency_ms_bucket{service=\"llm\",route=\"chat\",workspace=\"default\",le=\"+Inf\"} 42\n"
    "kong_request_latency_ms_count{service=\"llm\",route=\"chat\",workspace=\"default\"} 42\n"
    "kong_request_latency_ms_sum{service=\"llm\",route=\"chat\",workspace=\"default\"} 30512\n"
    "# TYPE kong_nginx_connections_total gauge\n"
    "kong_nginx_connections_total{node_id=\"a1\",subsystem=\"http\",state=\"active\"} 3\n"
    "# TYPE http_request_duration_seconds histogram\n" // a name Bifrost uses too
    "http_request_duration_seconds_bucket{le=\"+Inf\"} 1\n"
    "http_request_duration_seconds_count 1\n"
    "http_request_duration_seconds_sum 0.1\n";

const char* const bifrostText =
    "# TYPE bifrost_upstream_requests_total counter\n"
    "bifrost_upstream_requests_total{provider=\"openai\",model=\"gpt-4o-mini\"} 9\n"
    "# TYPE bifrost_error_requests_total counter\n"
    "bifrost_error_requests_total{provider=\"openai\",model=\"gpt-4o-mini\"} 1\n"
    "# TYPE bifrost_active_requests gauge\n"
    "bifrost_active_requests 2\n"
    "# TYPE http_request_duration_seconds histogram\n"
    "http_request_duration_seconds_bucket{method=\"POST\",path=\"/v1/chat/completions\",le=\"+Inf\"} 9\n"
    "http_request_duration_seconds_count{method=\"POST\",path=\"/v1/chat/completions\"} 9\n"
    "http_request_duration_seconds_sum{method=\"POST\",path=\"/v1/chat/completions\"} 4.2\n";

const char* const tensorzeroText =
    "# TYPE tensorzero_requests_total counter\n"
    "tensorzero_requests_total{endpoint=\"inference\",function_name=\"chat\"} 5\n"
    "# TYPE tensorzero_inferences_total counter\n"
    "tensorzero_inferences_total{endpoint=\"inference\",function_name=\"chat\"} 5\n";

// The OpenTelemetry Prometheus exporter writes OpenMetrics; the counter family has no `_total`.
const char* const envoyText = "# TYPE gen_ai_server_request_duration_seconds histogram\n"
                              "# UNIT gen_ai_server_request_duration_seconds seconds\n"
                              "gen_ai_server_request_duration_seconds_bucket{gen_ai_operation_name=\"chat\","
                              "gen_ai_request_model=\"gpt-4o\","
                              "error_type=\"\",le=\"1.0\"} 2\n"
                              "gen_ai_server_request_duration_seconds_bucket{gen_ai_operation_name=\"chat\","
                              "gen_ai_request_model=\"gpt-4o\","
                              "error_type=\"\",le=\"+Inf\"} 3\n"
                              "gen_ai_server_request_duration_seconds_count{gen_ai_operation_name=\"chat\","
                              "gen_ai_request_model=\"gpt-4o\","
                              "error_type=\"\"} 3\n"
                              "gen_ai_server_request_duration_seconds_sum{gen_ai_operation_name=\"chat\",gen_"
                              "ai_request_model=\"gpt-4o\","
                              "error_type=\"\"} 2.5\n"
                              "# TYPE target info\n"
                              "target_info{service_name=\"ai-gateway\"} 1\n"
                              "# EOF\n";

const char* const vllmText =
    "# HELP vllm:num_requests_running Number of requests currently running on GPU.\n"
    "# TYPE vllm:num_requests_running gauge\n"
    "vllm:num_requests_running{model_name=\"meta-llama/Llama-3.1-8B-Instruct\"} 2.0\n"
    "# TYPE vllm:num_requests_waiting gauge\n"
    "vllm:num_requests_waiting{model_name=\"meta-llama/Llama-3.1-8B-Instruct\"} 0.0\n"
    "# TYPE vllm:generation_tokens_total counter\n"
    "vllm:generation_tokens_total{model_name=\"meta-llama/Llama-3.1-8B-Instruct\"} 5120.0\n";

const char* const llamacppText = "# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.\n"
                                 "# TYPE llamacpp:prompt_tokens_total counter\n"
                                 "llamacpp:prompt_tokens_total 120\n"
                                 "# TYPE llamacpp:tokens_predicted_total counter\n"
                                 "llamacpp:tokens_predicted_total 860\n"
                                 "# TYPE llamacpp:requests_processing gauge\n"
                                 "llamacpp:requests_processing 1\n"
                                 "# TYPE llamacpp:requests_deferred gauge\n"
                                 "llamacpp:requests_deferred 0\n";

const char* const goAppText = "# TYPE go_goroutines gauge\n"
                              "go_goroutines 12\n"
                              "# TYPE process_cpu_seconds_total counter\n"
                              "process_cpu_seconds_total 3.5\n";

} // namespace

// Auto-detection: each gateway's exposition picks its own profile; anything else is "raw".
class TestProfileDetector : public QObject
{
    Q_OBJECT

    ProfileSet m_set;

private slots:
    void initTestCase()
    {
        m_set = loadProfiles(QString());
        QVERIFY(m_set.errors.isEmpty());
    }

    void picksTheGatewaysOwnProfile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gatehoused") << gatehousedText << "gatehoused";
        QTest::newRow("litellm") << litellmText << "litellm";
        QTest::newRow("kong") << kongText << "kong";
        QTest::newRow("bifrost") << bifrostText << "bifrost";
        QTest::newRow("tensorzero") << tensorzeroText << "tensorzero";
        QTest::newRow("envoy") << envoyText << "envoy-ai-gateway";
        QTest::newRow("vllm") << vllmText << "vllm";
        QTest::newRow("llama.cpp") << llamacppText << "llamacpp";
        QTest::newRow("go app") << goAppText << "raw";
    }

    void picksTheGatewaysOwnProfile()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QByteArray bytes = text.toUtf8();
        const Format format = bytes.endsWith("# EOF\n") ? Format::OpenMetrics1 : Format::Prometheus004;
        const ScrapeResult r = parseScrape(std::string_view(bytes.constData(), size_t(bytes.size())), format);
        QVERIFY2(r.ok(), r.error ? r.error->toString().c_str() : "");
        QCOMPARE(detectProfile(m_set.profiles, r.scrape).id(), expected);
    }

    void tiesGoToTheHigherPriority()
    {
        MetricProfile low;
        low.id = QStringLiteral("low");
        low.detect = {"shared_requests_total"};
        MetricProfile high = low;
        high.id = QStringLiteral("high");
        high.priority = 5;
        const std::string text = "shared_requests_total 1\n";
        const ScrapeResult r = parseScrape(text, Format::Prometheus004);
        const std::vector<MetricProfile> profiles = {low, high};
        QCOMPARE(detectProfile(profiles, r.scrape).id(), QStringLiteral("high"));
        const std::vector<MetricProfile> reversed = {high, low};
        QCOMPARE(detectProfile(reversed, r.scrape).id(), QStringLiteral("high"));
    }
};

QTEST_GUILESS_MAIN(TestProfileDetector)
#include "tst_profiledetector.moc"
