#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// What gatehoused forwards where: [[upstreams]], [[models]], [retry], [circuit_breaker].
namespace gatehouse::gateway {

// How the built-in demo provider behaves (keys of an [[upstreams]] table with kind = "demo").
struct DemoSettings
{
    std::chrono::milliseconds firstTokenDelay{300}; // first_token_ms
    std::chrono::milliseconds chunkInterval{40};    // chunk_ms: between streamed chunks
    double errorRate = 0.0;                         // error_rate: share of requests answered with an error
    unsigned errorStatus = 500;                     // error_status: the status of those errors
    std::optional<unsigned> retryAfterSeconds;      // retry_after_s: sent with the errors
    std::optional<unsigned> failAfterChunks;        // fail_after_chunks: break streams after N content chunks
};

// health_check = { path = "/v1/models", interval_ms = 5000, timeout_ms = 2000, healthy_after = 2,
// unhealthy_after = 2 } in an [[upstreams]] table (kind = "openai" only; the demo is always healthy).
struct HealthCheckConfig
{
    std::string path = "/v1/models";          // path: GET on the upstream's host (absolute path)
    std::chrono::milliseconds interval{5000}; // interval_ms: between two checks
    std::chrono::milliseconds timeout{2000};  // timeout_ms: a check slower than this fails
    unsigned healthyAfter = 2;                // healthy_after: passes in a row that bring it back
    unsigned unhealthyAfter = 2;              // unhealthy_after: failures in a row that take it out
};

struct UpstreamConfig
{
    enum class Kind
    {
        OpenAi, // any OpenAI-compatible server, reached over HTTP
        Demo,   // the built-in offline provider
    };
    enum class Auth
    {
        Bearer, // Authorization: Bearer KEY (OpenAI, vLLM, LiteLLM, ...)
        ApiKey, // api-key: KEY (Azure OpenAI)
    };

    std::string name;
    Kind kind = Kind::OpenAi;
    std::string baseUrl; // base_url, e.g. "http://127.0.0.1:11434/v1"; "/chat/completions" is appended
    std::string query;   // query, e.g. "api-version=2024-10-21" (Azure)
    Auth auth = Auth::Bearer;
    std::string apiKeyEnv;    // api_key_env: the environment variable holding the key
    std::string apiKeyFile;   // api_key_file: the file holding the key
    std::string caFile;       // ca_file: PEM CA certificates trusted besides the system's (https only)
    std::string apiKeySecret; // api_key_secret: a secret given on stdin with --secrets-stdin (the console)
    unsigned weight = 1;      // default weight in every model group
    std::chrono::milliseconds connectTimeout{5000};     // connect_timeout_ms
    std::chrono::milliseconds firstByteTimeout{120000}; // first_byte_timeout_ms: until response headers
    std::chrono::milliseconds idleTimeout{60000};       // idle_timeout_ms: between body pieces
    DemoSettings demo;
    std::optional<HealthCheckConfig> healthCheck; // health_check = { ... }
    std::string where;                            // "FILE:LINE:COLUMN" of its table, for start-up errors
};

struct ModelConfig
{
    enum class Strategy
    {
        WeightedRoundRobin, // "weighted_round_robin"
        LeastOutstanding,   // "least_outstanding": fewest requests in flight, weights break ties
    };
    struct Member
    {
        std::string upstream;      // an [[upstreams]] name
        unsigned weight = 0;       // 0: the upstream's own weight
        std::string upstreamModel; // the model name sent upstream; default: the model's name
        std::string where;         // "FILE:LINE:COLUMN", for errors
    };

    std::string name; // what clients send as "model"
    Strategy strategy = Strategy::WeightedRoundRobin;
    std::vector<Member> members;
};

struct RetryConfig
{
    unsigned attemptsPerUpstream = 2; // attempts on one upstream before failing over
    std::chrono::milliseconds initialBackoff{100};
    std::chrono::milliseconds maxBackoff{2000};
};

struct CircuitBreakerConfig
{
    unsigned failureThreshold = 5;            // consecutive failures that open the circuit
    std::chrono::milliseconds openFor{30000}; // then one probe request is let through
};

struct RoutingConfig
{
    std::vector<UpstreamConfig> upstreams;
    std::vector<ModelConfig> models;
    RetryConfig retry;
    CircuitBreakerConfig circuitBreaker;

    const UpstreamConfig* upstream(const std::string& name) const;
};

// The routing of `gatehoused --demo`: model "gatehouse-demo" on one demo upstream.
RoutingConfig demoRouting();

} // namespace gatehouse::gateway
