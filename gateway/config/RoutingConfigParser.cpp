#include "gateway/config/RoutingConfigParser.h"

#include "gateway/config/TomlReading.h"

#include <optional>
#include <set>

namespace gatehouse::gateway::config {

namespace {

constexpr std::int64_t maxWeight = 1000;

const toml::array& requireArray(const std::string& sourceName, const toml::node& node,
                                const std::string& what)
{
    const toml::array* array = node.as_array();
    if (!array)
        throw ConfigError(position(sourceName, node.source()) + ": " + what +
                          " must be an array of tables (" + what + "), not " + std::string(typeName(node)));
    return *array;
}

HealthCheckConfig parseHealthCheck(const TableReader& upstream, const std::string& key,
                                   const toml::node& node)
{
    const toml::table* table = node.as_table();
    if (!table)
        upstream.fail(node.source(),
                      upstream.keyPath(key) +
                          " must be a table like { path = \"/v1/models\", interval_ms = 5000 }");
    HealthCheckConfig check;
    const TableReader reader(upstream.sourceName(), upstream.keyPath(key), *table);
    reader.forEach({"path", "interval_ms", "timeout_ms", "healthy_after", "unhealthy_after"},
                   [&](std::string_view field, const toml::node& value) {
                       if (field == "path") {
                           check.path = reader.string(field, value);
                           if (!check.path.starts_with('/'))
                               reader.fail(value.source(),
                                           reader.keyPath(field) +
                                               " must be an absolute path such as \"/v1/models\"");
                       } else if (field == "interval_ms") {
                           check.interval = reader.milliseconds(field, value);
                       } else if (field == "timeout_ms") {
                           check.timeout = reader.milliseconds(field, value);
                       } else if (field == "healthy_after") {
                           check.healthyAfter = static_cast<unsigned>(reader.integer(field, value, 1, 100));
                       } else if (field == "unhealthy_after") {
                           check.unhealthyAfter = static_cast<unsigned>(reader.integer(field, value, 1, 100));
                       }
                   });
    if (check.timeout > check.interval)
        reader.fail(table->source(), reader.path() + ": timeout_ms (" +
                                         std::to_string(check.timeout.count()) +
                                         ") must not be longer than interval_ms (" +
                                         std::to_string(check.interval.count()) + ")");
    return check;
}

UpstreamConfig parseUpstream(const std::string& sourceName, const toml::table& table, std::size_t index)
{
    UpstreamConfig upstream;
    upstream.where = position(sourceName, table.source());
    const TableReader reader(sourceName, "upstreams[" + std::to_string(index) + "]", table);
    std::vector<std::pair<std::string, toml::source_region>> demoKeys;
    std::vector<std::pair<std::string, toml::source_region>> httpKeys;
    bool hasKind = false;
    std::optional<toml::source_region> caFileWhere;
    reader.forEach(
        {"name",
         "kind",
         "base_url",
         "query",
         "auth",
         "api_key_env",
         "api_key_file",
         "api_key_secret",
         "ca_file",
         "health_check",
         "weight",
         "connect_timeout_ms",
         "first_byte_timeout_ms",
         "idle_timeout_ms",
         "first_token_ms",
         "chunk_ms",
         "error_rate",
         "error_status",
         "retry_after_s",
         "fail_after_chunks"},
        [&](std::string_view key, const toml::node& value) {
            const auto http = [&] { httpKeys.emplace_back(std::string(key), value.source()); };
            const auto demo = [&] { demoKeys.emplace_back(std::string(key), value.source()); };
            if (key == "name") {
                upstream.name = reader.string(key, value);
                if (upstream.name.empty())
                    reader.fail(value.source(), reader.keyPath(key) + " must not be empty");
            } else if (key == "kind") {
                const std::string kind = reader.string(key, value);
                hasKind = true;
                if (kind == "openai")
                    upstream.kind = UpstreamConfig::Kind::OpenAi;
                else if (kind == "demo")
                    upstream.kind = UpstreamConfig::Kind::Demo;
                else
                    reader.fail(value.source(), reader.keyPath(key) +
                                                    " must be \"openai\" or \"demo\", not \"" + kind + "\"");
            } else if (key == "base_url") {
                http();
                upstream.baseUrl = reader.string(key, value);
                if (!upstream.baseUrl.starts_with("http://") && !upstream.baseUrl.starts_with("https://"))
                    reader.fail(value.source(), reader.keyPath(key) +
                                                    " must start with http:// or https://, e.g. "
                                                    "\"http://127.0.0.1:11434/v1\"");
                while (upstream.baseUrl.ends_with('/'))
                    upstream.baseUrl.pop_back();
            } else if (key == "query") {
                http();
                upstream.query = reader.string(key, value);
            } else if (key == "auth") {
                http();
                const std::string auth = reader.string(key, value);
                if (auth == "bearer")
                    upstream.auth = UpstreamConfig::Auth::Bearer;
                else if (auth == "api-key")
                    upstream.auth = UpstreamConfig::Auth::ApiKey;
                else
                    reader.fail(value.source(), reader.keyPath(key) + " must be \"bearer\" or \"api-key\"");
            } else if (key == "api_key_env") {
                http();
                upstream.apiKeyEnv = reader.string(key, value);
            } else if (key == "api_key_file") {
                http();
                upstream.apiKeyFile = reader.string(key, value);
            } else if (key == "api_key_secret") {
                http();
                upstream.apiKeySecret = reader.string(key, value);
            } else if (key == "ca_file") {
                http();
                upstream.caFile = reader.string(key, value);
                caFileWhere = value.source();
                if (upstream.caFile.empty())
                    reader.fail(value.source(), reader.keyPath(key) + " must name a PEM file");
            } else if (key == "health_check") {
                http();
                upstream.healthCheck = parseHealthCheck(reader, std::string(key), value);
            } else if (key == "weight") {
                upstream.weight = static_cast<unsigned>(reader.integer(key, value, 1, maxWeight));
            } else if (key == "connect_timeout_ms") {
                http();
                upstream.connectTimeout = reader.milliseconds(key, value);
            } else if (key == "first_byte_timeout_ms") {
                http();
                upstream.firstByteTimeout = reader.milliseconds(key, value);
            } else if (key == "idle_timeout_ms") {
                http();
                upstream.idleTimeout = reader.milliseconds(key, value);
            } else if (key == "first_token_ms") {
                demo();
                upstream.demo.firstTokenDelay =
                    std::chrono::milliseconds(reader.integer(key, value, 0, 600000));
            } else if (key == "chunk_ms") {
                demo();
                upstream.demo.chunkInterval =
                    std::chrono::milliseconds(reader.integer(key, value, 0, 600000));
            } else if (key == "error_rate") {
                demo();
                upstream.demo.errorRate = reader.number(key, value, 0.0, 1.0);
            } else if (key == "error_status") {
                demo();
                upstream.demo.errorStatus = static_cast<unsigned>(reader.integer(key, value, 400, 599));
            } else if (key == "retry_after_s") {
                demo();
                upstream.demo.retryAfterSeconds = static_cast<unsigned>(reader.integer(key, value, 0, 3600));
            } else if (key == "fail_after_chunks") {
                demo();
                upstream.demo.failAfterChunks = static_cast<unsigned>(reader.integer(key, value, 0, 100000));
            }
        });
    if (upstream.name.empty())
        reader.fail(table.source(), reader.path() + " needs a name, e.g. name = \"local-ollama\"");
    if (!hasKind)
        reader.fail(table.source(), "upstream '" + upstream.name + "' needs a kind: \"openai\" or \"demo\"");
    if (upstream.kind == UpstreamConfig::Kind::Demo && !httpKeys.empty())
        reader.fail(httpKeys.front().second, "upstream '" + upstream.name + "': " + httpKeys.front().first +
                                                 " does not apply to kind = \"demo\"");
    if (upstream.kind == UpstreamConfig::Kind::OpenAi) {
        if (!demoKeys.empty())
            reader.fail(demoKeys.front().second, "upstream '" + upstream.name +
                                                     "': " + demoKeys.front().first +
                                                     " applies only to kind = \"demo\"");
        if (upstream.baseUrl.empty())
            reader.fail(table.source(), "upstream '" + upstream.name +
                                            "' needs a base_url, e.g. \"https://api.openai.com/v1\"");
        if (caFileWhere && !upstream.baseUrl.starts_with("https://"))
            reader.fail(*caFileWhere,
                        "upstream '" + upstream.name + "': ca_file applies only to an https:// base_url");
        const int keySources = int(!upstream.apiKeyEnv.empty()) + int(!upstream.apiKeyFile.empty()) +
                               int(!upstream.apiKeySecret.empty());
        if (keySources > 1)
            reader.fail(table.source(), "upstream '" + upstream.name +
                                            "': give one of api_key_env, api_key_file or api_key_secret");
    }
    return upstream;
}

ModelConfig::Member parseMember(const TableReader& models, const std::string& key, const toml::node& node)
{
    ModelConfig::Member member;
    member.where = position(models.sourceName(), node.source());
    if (const auto* name = node.as_string()) {
        member.upstream = name->get();
        return member;
    }
    const toml::table* table = node.as_table();
    if (!table)
        models.fail(node.source(),
                    models.keyPath(key) +
                        " lists upstreams as names or { name = \"...\", weight = N, model = \"...\" }");
    const TableReader reader(models.sourceName(), models.keyPath(key), *table);
    reader.forEach({"name", "weight", "model"}, [&](std::string_view field, const toml::node& value) {
        if (field == "name")
            member.upstream = reader.string(field, value);
        else if (field == "weight")
            member.weight = static_cast<unsigned>(reader.integer(field, value, 1, maxWeight));
        else if (field == "model")
            member.upstreamModel = reader.string(field, value);
    });
    if (member.upstream.empty())
        reader.fail(table->source(), models.keyPath(key) + ": each entry needs the upstream's name");
    return member;
}

ModelConfig parseModel(const std::string& sourceName, const toml::table& table, std::size_t index)
{
    ModelConfig model;
    const TableReader reader(sourceName, "models[" + std::to_string(index) + "]", table);
    bool hasMembers = false;
    reader.forEach({"name", "upstreams", "strategy"}, [&](std::string_view key, const toml::node& value) {
        if (key == "name") {
            model.name = reader.string(key, value);
            if (model.name.empty())
                reader.fail(value.source(), reader.keyPath(key) + " must not be empty");
        } else if (key == "strategy") {
            const std::string strategy = reader.string(key, value);
            if (strategy == "weighted_round_robin")
                model.strategy = ModelConfig::Strategy::WeightedRoundRobin;
            else if (strategy == "least_outstanding")
                model.strategy = ModelConfig::Strategy::LeastOutstanding;
            else
                reader.fail(value.source(),
                            reader.keyPath(key) +
                                " must be \"weighted_round_robin\" or \"least_outstanding\", not \"" +
                                strategy + "\"");
        } else if (key == "upstreams") {
            hasMembers = true;
            const toml::array* list = value.as_array();
            if (!list || list->empty())
                reader.fail(value.source(), reader.keyPath(key) + " must list at least one upstream name");
            for (const auto& entry : *list)
                model.members.push_back(parseMember(reader, std::string(key), entry));
        }
    });
    if (model.name.empty())
        reader.fail(table.source(), reader.path() + " needs a name: the model name clients send");
    if (!hasMembers)
        reader.fail(table.source(), "model '" + model.name + "' needs upstreams = [\"...\"]");
    for (auto& member : model.members) {
        if (member.upstreamModel.empty())
            member.upstreamModel = model.name;
    }
    return model;
}

} // namespace

void parseUpstreams(const std::string& sourceName, const toml::node& node, RoutingConfig& routing)
{
    const toml::array& list = requireArray(sourceName, node, "[[upstreams]]");
    for (std::size_t i = 0; i < list.size(); ++i)
        routing.upstreams.push_back(
            parseUpstream(sourceName, requireTable(sourceName, list[i], "each [[upstreams]] entry"), i));
}

void parseModels(const std::string& sourceName, const toml::node& node, RoutingConfig& routing)
{
    const toml::array& list = requireArray(sourceName, node, "[[models]]");
    for (std::size_t i = 0; i < list.size(); ++i)
        routing.models.push_back(
            parseModel(sourceName, requireTable(sourceName, list[i], "each [[models]] entry"), i));
}

void parseRetry(const std::string& sourceName, const toml::node& node, RoutingConfig& routing)
{
    const TableReader reader(sourceName, "retry", requireTable(sourceName, node, "[retry]"));
    reader.forEach({"attempts_per_upstream", "initial_backoff_ms", "max_backoff_ms"},
                   [&](std::string_view key, const toml::node& value) {
                       if (key == "attempts_per_upstream")
                           routing.retry.attemptsPerUpstream =
                               static_cast<unsigned>(reader.integer(key, value, 1, 10));
                       else if (key == "initial_backoff_ms")
                           routing.retry.initialBackoff = reader.milliseconds(key, value);
                       else if (key == "max_backoff_ms")
                           routing.retry.maxBackoff = reader.milliseconds(key, value);
                   });
}

void parseCircuitBreaker(const std::string& sourceName, const toml::node& node, RoutingConfig& routing)
{
    const TableReader reader(sourceName, "circuit_breaker",
                             requireTable(sourceName, node, "[circuit_breaker]"));
    reader.forEach({"failure_threshold", "open_ms"}, [&](std::string_view key, const toml::node& value) {
        if (key == "failure_threshold")
            routing.circuitBreaker.failureThreshold =
                static_cast<unsigned>(reader.integer(key, value, 1, 1000));
        else if (key == "open_ms")
            routing.circuitBreaker.openFor = reader.milliseconds(key, value);
    });
}

void checkRouting(const RoutingConfig& routing)
{
    std::set<std::string> names;
    for (const auto& upstream : routing.upstreams) {
        if (!names.insert(upstream.name).second)
            throw ConfigError(upstream.where + ": a second upstream named '" + upstream.name +
                              "'; upstream names must be unique");
    }
    std::set<std::string> models;
    for (const auto& model : routing.models) {
        for (const auto& member : model.members) {
            if (!names.contains(member.upstream))
                throw ConfigError(member.where + ": model '" + model.name + "' names upstream '" +
                                  member.upstream + "', but no [[upstreams]] entry has that name");
        }
        if (!models.insert(model.name).second)
            throw ConfigError(model.members.front().where + ": model '" + model.name +
                              "' is configured twice; model names must be unique");
    }
}

} // namespace gatehouse::gateway::config
