// Fuzz target: gatehoused's request handling in-process, without sockets. The input is what a
// client sends on one connection, read as server/HttpSession reads it: the head whole and checked
// (RequestHeadCheck), Beast's parser within the configured header and body limits. Each request
// (pipelined ones too) becomes the handlers' Request (requestFromBeast) and goes through the Router
// gatehoused builds (makeRouter): client and admin API, the chat pipeline with access keys, content
// filter and an SQLite response cache, in front of the demo provider. Answers are recorded
// (RecordingResponseWriter) while an io_context runs the handlers.
//
// Findings beyond sanitizer reports (abort): a request left unanswered, a status outside
// 100..599, a 500, or an exception out of a handler (the session would answer 500).

#include "gateway/GatewayRoutes.h"
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/AccessKeyStore.h"
#include "gateway/cache/CacheService.h"
#include "gateway/cache/SqliteCacheStore.h"
#include "gateway/config/GatewayConfig.h"
#include "gateway/http/RecordingResponseWriter.h"
#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/pipeline/ChatPipeline.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/rules/LiveRuleSet.h"
#include "gateway/server/RequestFromBeast.h"
#include "gateway/server/RequestHeadCheck.h"
#include "gateway/state/StateDirectory.h"
#include "gateway/upstream/UpstreamFactory.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace gw = gatehouse::gateway;
namespace bhttp = boost::beast::http;

namespace {

// The seed corpus sends this token to reach the admin API (tests/fuzz/corpus/http_request).
constexpr std::string_view adminToken = "fuzz-admin-token";

// Two demo upstreams without delays (one failing), two models, the cache on, small limits so
// that the 431 and 413 paths are reachable within -max_len.
constexpr std::string_view configToml = R"([server]
listen = "127.0.0.1:0"

[access]
require_keys = false

[limits]
max_header_bytes = 2048
max_body_bytes = 8192

[cache]
enabled = true
backend = "sqlite"

[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 0

[[upstreams]]
name = "failing"
kind = "demo"
first_token_ms = 0
chunk_ms = 0
error_rate = 1.0
error_status = 503

[[models]]
name = "demo-chat"
upstreams = ["fast"]

[[models]]
name = "demo-failing"
upstreams = ["failing"]
)";

// A request may ask for this many: more in one input only repeats the same paths.
constexpr int maxRequestsPerInput = 8;
// How long one answer may take before it counts as never given (the demo answers at once).
constexpr auto answerDeadline = std::chrono::seconds(10);

// Everything runGateway builds around the Router, in the same order, on a throwaway state
// directory. Built once per process: requests change its state (rules, keys, cache) as they would
// a running gatehoused's.
struct InProcessGateway
{
    InProcessGateway()
        : config(gw::parseGatewayConfig(configToml, "fuzz_http_request.toml"))
        , log(nullptr)
        , stateDirectory(std::nullopt)
        , rules(stateDirectory.file("state.db"))
        , keys(std::make_unique<gw::access::AccessKeyStore>(stateDirectory.file("state.db")),
               config.access.requireKeys)
        , pool(config.routing, gw::makeUpstream)
        , admin(std::string(adminToken))
    {
        const std::filesystem::path cacheFile = stateDirectory.file("cache.db");
        cache = std::make_unique<gw::CacheService>(
            config.cache, "sqlite", [cacheFile] { return std::make_unique<gw::SqliteCacheStore>(cacheFile); },
            metrics.cache, log);
        cache->setLocation("fuzz:" + cacheFile.string());
        if (const auto problem = cache->start()) {
            std::fprintf(stderr, "the response cache did not start: %s\n", problem->c_str());
            std::abort();
        }
        pipeline = std::make_unique<gw::ChatPipeline>(
            gw::ChatPipeline::standard(log, keys, rules.holder(), &metrics, cache.get()));
        router = gw::makeRouter(config, pool, *pipeline, metrics, admin, keys, rules, cache.get());
    }

    ~InProcessGateway()
    {
        rules.stop(); // as runGateway: rule changes still running answer into a stopped io_context
    }

    InProcessGateway(const InProcessGateway&) = delete;
    InProcessGateway& operator=(const InProcessGateway&) = delete;

    gw::GatewayConfig config;
    std::ostream log; // access log and warnings: discarded
    // Before the services that post to it, so that it outlives them.
    boost::asio::io_context io;
    gw::state::StateDirectory stateDirectory;
    gw::LiveRuleSet rules;
    gw::access::AccessKeyRegistry keys;
    gw::metrics::GatewayMetrics metrics;
    std::unique_ptr<gw::CacheService> cache;
    std::unique_ptr<gw::ChatPipeline> pipeline;
    gw::UpstreamPool pool;
    gw::AdminAuthenticator admin;
    gw::Router router;
};

InProcessGateway& gateway()
{
    static InProcessGateway instance;
    return instance;
}

[[noreturn]] void finding(const std::string& request, const std::string& what)
{
    std::fprintf(stderr, "%s: %s\n", request.c_str(), what.c_str());
    std::abort();
}

// Dispatches one request and runs the handlers until it is answered.
void serve(InProcessGateway& g, gw::http::Request request)
{
    const std::string what = request.method + " " + request.target;
    auto writer = std::make_shared<gw::http::RecordingResponseWriter>(g.io.get_executor());
    try {
        g.router.dispatch(std::move(request), writer);
    } catch (const std::exception& e) {
        finding(what, std::string("a handler threw: ") + e.what());
    }
    const auto deadline = std::chrono::steady_clock::now() + answerDeadline;
    while (!writer->ended()) {
        if (std::chrono::steady_clock::now() > deadline)
            finding(what, "no answer within 10 s");
        g.io.restart();
        // Work may be on another thread (rule changes, the cache): wait for it in short steps.
        g.io.run_for(std::chrono::milliseconds(2));
    }
    g.io.restart();
    g.io.poll(); // what the answer left behind (access log, cache store)
    const unsigned status = writer->response()->status;
    if (status < 100 || status > 599)
        finding(what, "status " + std::to_string(status));
    if (status == 500)
        finding(what, "500: " + writer->response()->body);
}

// Reads one request from the front of `rest` as HttpSession does: the head must arrive whole and
// without folded lines, Beast parses it within the header limit, checkRequestHead vets it, then
// the body is read within the body limit. nullopt where the session would refuse the request
// (400, 413, 431: it answers and closes) or the input ends before the request does (the client
// closed): nothing more is read from this connection.
std::optional<gw::http::Request> readRequest(boost::asio::const_buffer& rest, const gw::HttpLimits& limits)
{
    const std::string_view received(static_cast<const char*>(rest.data()), rest.size());
    const std::size_t headEnd = gw::requestHeadEnd(received);
    if (headEnd == std::string_view::npos && received.size() <= limits.maxHeaderBytes)
        return std::nullopt;
    if (headEnd != std::string_view::npos && gw::hasFoldedLine(received.substr(0, headEnd)))
        return std::nullopt;

    bhttp::request_parser<bhttp::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.maxHeaderBytes));
    parser.body_limit(limits.maxBodyBytes);
    boost::system::error_code ec;
    // Feeds what is left until `done`; false on an error or when the input ran out first.
    const auto feed = [&](const auto& done) {
        while (!done() && rest.size() > 0) {
            const std::size_t used = parser.put(rest, ec);
            rest += used;
            if (ec == bhttp::error::need_more) { // incomplete: the rest of the input may finish it
                ec = {};
                if (used == 0)
                    break;
                continue;
            }
            if (ec || used == 0)
                break;
        }
        return !ec;
    };
    if (!feed([&] { return parser.is_header_done(); }) || !parser.is_header_done())
        return std::nullopt;
    if (gw::checkRequestHead(parser.get(), limits))
        return std::nullopt;
    parser.eager(true);
    if (!feed([&] { return parser.is_done(); }))
        return std::nullopt;
    if (!parser.is_done())
        parser.put_eof(ec); // the client closed: a body up to the close, or a partial message
    if (ec || !parser.is_done())
        return std::nullopt;
    return gw::requestFromBeast(parser.release());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    InProcessGateway& g = gateway();
    boost::asio::const_buffer rest(data, size);
    for (int served = 0; served < maxRequestsPerInput && rest.size() > 0; ++served) {
        std::optional<gw::http::Request> request = readRequest(rest, g.config.limits);
        if (!request)
            return 0;
        serve(g, std::move(*request));
    }
    return 0;
}
