#include "gateway/Gateway.h"

#include "gateway/GatewayRoutes.h"
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/admin/AdminToken.h"
#include "gateway/cache/CacheService.h"
#include "gateway/cache/RedisCacheStore.h"
#include "gateway/cache/SqliteCacheStore.h"
#include "gateway/config/SecretSource.h"
#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/pipeline/ChatPipeline.h"
#include "gateway/routing/HealthChecker.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/rules/LiveRuleSet.h"
#include "gateway/server/HttpServer.h"
#include "gateway/server/HttpService.h"
#include "gateway/server/ListenerTls.h"
#include "gateway/server/Router.h"
#include "gateway/state/SqliteDatabase.h"
#include "gateway/state/StateDirectory.h"
#include "gateway/upstream/UpstreamFactory.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/host_name.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <csignal>
#include <functional>
#include <optional>
#include <ostream>
#include <string>

namespace gatehouse::gateway {

namespace {

// How often access keys' last use is written to the state database (and once more at stop).
constexpr auto lastUseFlushInterval = std::chrono::seconds(30);

// Everything one configuration serves from: its copy of the config, the upstream pool (circuit
// breakers and all), the admin token and the routes over them. A SIGHUP reload builds a new one;
// requests keep the one they started with (their response writer holds it), so an SSE stream
// begun before the reload finishes on the old pool.
struct ServingGeneration : std::enable_shared_from_this<ServingGeneration>
{
    ServingGeneration(GatewayConfig config_, std::unique_ptr<UpstreamPool> pool_,
                      std::optional<std::string> adminToken)
        : config(std::move(config_))
        , pool(std::move(pool_))
        , admin(std::move(adminToken))
    {}

    HttpService service()
    {
        const auto self = shared_from_this();
        return {std::shared_ptr<const Router>(self, &router),
                std::shared_ptr<const HttpLimits>(self, &config.limits)};
    }
    // What [admin] listen serves.
    HttpService adminService()
    {
        const auto self = shared_from_this();
        return {std::shared_ptr<const Router>(self, &adminRouter),
                std::shared_ptr<const HttpLimits>(self, &config.limits)};
    }

    GatewayConfig config;
    std::unique_ptr<UpstreamPool> pool;
    AdminAuthenticator admin;
    Router router;
    Router adminRouter;                    // empty unless [admin] listen
    std::unique_ptr<HealthChecker> health; // before the pool in destruction
};

// Settings a running gatehoused cannot change: a reload that changes them says so and keeps them.
void keepRestartOnlySettings(const GatewayConfig& running, GatewayConfig& next, std::ostream& log)
{
    const auto needsRestart = [&](const std::string& what, const std::string& from, const std::string& to) {
        log << "gatehoused: SIGHUP: " << what << " changed from " << from << " to " << to
            << "; that needs a restart, the running value stays" << std::endl;
    };
    if (next.server.listen.toString() != running.server.listen.toString())
        needsRestart("[server] listen", running.server.listen.toString(), next.server.listen.toString());
    if (next.server.workers != running.server.workers)
        needsRestart("[server] workers", std::to_string(running.server.workers),
                     std::to_string(next.server.workers));
    const auto dir = [](const GatewayConfig& c) {
        return c.state.dir ? c.state.dir->string() : "(throwaway)";
    };
    if (dir(next) != dir(running))
        needsRestart("[state] dir", dir(running), dir(next));
    if (next.server.tlsCert != running.server.tlsCert || next.server.tlsKey != running.server.tlsKey)
        needsRestart("[server] tls_cert/tls_key", running.server.tls() ? running.server.tlsCert : "(none)",
                     next.server.tls() ? next.server.tlsCert : "(none)");
    if (next.log.access != running.log.access)
        log << "gatehoused: SIGHUP: [log] access changed; that needs a restart, the running format stays"
            << std::endl;
    if (!(next.cache == running.cache))
        log << "gatehoused: SIGHUP: [cache] changed; that needs a restart, the running cache settings stay"
            << std::endl;
    const auto adminListen = [](const GatewayConfig& c) {
        return c.admin.listen ? c.admin.listen->toString() : "(the client address)";
    };
    if (adminListen(next) != adminListen(running))
        needsRestart("[admin] listen", adminListen(running), adminListen(next));
    next.server = running.server;
    next.state = running.state;
    next.cache = running.cache;
    next.admin.listen = running.admin.listen;
}

std::string modelNames(const UpstreamPool& pool)
{
    std::string names;
    for (const auto& model : pool.models())
        names += (names.empty() ? "" : ", ") + model.name;
    return names.empty() ? "(none)" : names;
}

// The response cache on its backend; null (after saying why) when gatehoused cannot start. A
// Redis that does not answer yet does not stop the start: requests bypass the cache until it does.
std::unique_ptr<CacheService> makeCache(const CacheConfig& config, std::string redisPassword,
                                        const state::StateDirectory& stateDirectory,
                                        metrics::CacheMetrics& metrics, std::ostream& log)
{
    if (config.backend == CacheConfig::Backend::Redis) {
        RedisAddress address = parseRedisAddress(config.redisUrl);
        address.username = config.redisUsername;
        address.password = std::move(redisPassword);
        const std::string prefix = config.keyPrefix;
        const auto timeout = std::max(config.lookupTimeout, std::chrono::milliseconds(1000));
        auto cache = std::make_unique<CacheService>(
            config, "redis",
            [address, prefix, timeout] {
                return std::make_unique<RedisCacheStore>(address, prefix, timeout);
            },
            metrics, log);
        cache->setLocation(address.host + ":" + std::to_string(address.port) + "/" +
                           std::to_string(address.database) + " " + prefix);
        if (const auto problem = cache->start())
            log << "gatehoused: " << *problem << "; requests bypass the cache until it answers" << std::endl;
        return cache;
    }
    const std::filesystem::path file = stateDirectory.file("cache.db");
    auto cache = std::make_unique<CacheService>(
        config, "sqlite", [file] { return std::make_unique<SqliteCacheStore>(file); }, metrics, log);
    cache->setLocation(boost::asio::ip::host_name() + ":" + std::filesystem::absolute(file).string());
    if (const auto problem = cache->start()) {
        log << "gatehoused: " << *problem << std::endl;
        return nullptr;
    }
    return cache;
}

// Writes the keys' last uses every lastUseFlushInterval until cancelled, on the registry's write
// thread (the timer's thread also accepts connections).
void scheduleLastUseFlush(boost::asio::steady_timer& timer, access::AccessKeyRegistry& keys,
                          std::ostream& log)
{
    timer.expires_after(lastUseFlushInterval);
    timer.async_wait([&timer, &keys, &log](const boost::system::error_code& ec) {
        if (ec)
            return;
        keys.post([&keys, &log] {
            try {
                keys.flushLastUsed();
            } catch (const state::StateError& e) {
                log << "gatehoused: cannot record when access keys were last used (will retry): " << e.what()
                    << std::endl;
            }
        });
        scheduleLastUseFlush(timer, keys, log);
    });
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    case SIGHUP:
        return "SIGHUP";
    default:
        return "a signal";
    }
}

} // namespace

int runGateway(const GatewayConfig& config, std::ostream& log,
               const std::function<GatewayConfig()>& reloadConfig)
{
    std::unique_ptr<UpstreamPool> pool;
    std::optional<std::string> adminToken;
    std::unique_ptr<state::StateDirectory> stateDirectory;
    std::unique_ptr<LiveRuleSet> rules;
    std::unique_ptr<ListenerTls> tls;
    std::unique_ptr<access::AccessKeyRegistry> keys;
    std::string redisPassword;
    try {
        if (config.server.tls())
            tls = std::make_unique<ListenerTls>(config.server.tlsCert, config.server.tlsKey);
        adminToken = loadAdminToken(config.admin);
        if (config.cache.enabled && config.cache.backend == CacheConfig::Backend::Redis) {
            const std::string who = "gatehoused: [cache]: ";
            if (!config.cache.redisPasswordEnv.empty())
                redisPassword = readSecretFromEnv(who, config.cache.redisPasswordEnv, "redis_password_env");
            else if (!config.cache.redisPasswordFile.empty())
                redisPassword =
                    readSecretFromFile(who, config.cache.redisPasswordFile, "redis_password_file");
        }
        pool = std::make_unique<UpstreamPool>(config.routing, makeUpstream);
        stateDirectory = std::make_unique<state::StateDirectory>(config.state.dir);
        rules = std::make_unique<LiveRuleSet>(stateDirectory->file("state.db"));
        keys = std::make_unique<access::AccessKeyRegistry>(
            std::make_unique<access::AccessKeyStore>(stateDirectory->file("state.db")),
            config.access.requireKeys);
    } catch (const ConfigError& e) {
        log << e.what() << std::endl;
        return 1;
    } catch (const state::StateError& e) {
        log << "gatehoused: " << e.what() << std::endl;
        return 1;
    } catch (const TlsSetupError& e) {
        log << config.server.tlsWhere << ": " << e.what() << std::endl;
        return 1;
    }
    if (tls)
        log << "gatehoused: TLS certificate " << tls->describe() << std::endl;
    metrics::GatewayMetrics metrics;
    std::unique_ptr<CacheService> cache;
    if (config.cache.enabled) {
        cache = makeCache(config.cache, std::move(redisPassword), *stateDirectory, metrics.cache, log);
        if (!cache)
            return 1;
    }
    const ChatPipeline pipeline =
        ChatPipeline::standard(log, *keys, rules->holder(), &metrics, cache.get(), config.log.access);
    boost::asio::io_context acceptContext{1};
    const auto serve = [&](GatewayConfig next, std::unique_ptr<UpstreamPool> nextPool,
                           std::optional<std::string> token) {
        auto generation =
            std::make_shared<ServingGeneration>(std::move(next), std::move(nextPool), std::move(token));
        generation->router = makeRouter(generation->config, *generation->pool, pipeline, metrics,
                                        generation->admin, *keys, *rules, cache.get());
        if (generation->config.admin.listen)
            addAdminRoutes(generation->adminRouter, generation->config, *generation->pool, *keys, *rules,
                           cache.get(), generation->admin);
        generation->health = std::make_unique<HealthChecker>(acceptContext.get_executor(), *generation->pool,
                                                             generation->config.routing, log);
        return generation;
    };
    std::shared_ptr<ServingGeneration> current = serve(config, std::move(pool), std::move(adminToken));
    HttpServiceSlot service(current->service());
    HttpServer server(acceptContext, service, config.effectiveWorkers(), tls.get());

    // [admin] listen: the admin API on its own address, served by one worker of its own.
    HttpServiceSlot adminService(current->adminService());
    std::unique_ptr<HttpServer> adminServer;
    if (config.admin.listen)
        adminServer = std::make_unique<HttpServer>(acceptContext, adminService, 1, tls.get());

    ListenAddress bound;
    ListenAddress adminBound;
    try {
        bound = server.listen(config.server.listen);
        if (adminServer)
            adminBound = adminServer->listen(*config.admin.listen);
    } catch (const ListenError& e) {
        log << "gatehoused: " << e.what() << std::endl;
        return 1;
    }

    boost::asio::steady_timer lastUseFlush(acceptContext);
    scheduleLastUseFlush(lastUseFlush, *keys, log);

    // Handle the signals before announcing the address: whoever reads that line may stop us at once.
    boost::asio::signal_set signals(acceptContext, SIGTERM, SIGINT);
    // Runs on this thread only (the signal handler), so `current` needs no lock.
    const auto reloadConfiguration = [&] {
        if (!reloadConfig) {
            log << "gatehoused: SIGHUP: no config file to reload (started without --config)" << std::endl;
            return;
        }
        GatewayConfig next;
        std::unique_ptr<UpstreamPool> nextPool;
        std::optional<std::string> nextToken;
        try {
            next = reloadConfig();
            keepRestartOnlySettings(current->config, next, log);
            nextToken = loadAdminToken(next.admin);
            nextPool = std::make_unique<UpstreamPool>(next.routing, makeUpstream);
        } catch (const ConfigError& e) {
            log << "gatehoused: SIGHUP: keeping the previous configuration: " << e.what() << std::endl;
            return;
        }
        current->health->stop(); // requests still on the old configuration keep its pool, not its checks
        current = serve(std::move(next), std::move(nextPool), std::move(nextToken));
        service.replace(current->service());
        adminService.replace(current->adminService());
        log << "gatehoused: SIGHUP: configuration reloaded; models: " << modelNames(*current->pool)
            << std::endl;
    };
    boost::asio::signal_set reloadSignal(acceptContext, SIGHUP);
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec)
            return;
        log << "gatehoused: " << signalName(signal) << " received, stopping" << std::endl;
        reloadSignal.cancel(); // nothing left to wait for: run() returns once the server stopped
        current->health->stop();
        lastUseFlush.cancel();
        server.stop();
        if (adminServer)
            adminServer->stop();
    });
    std::function<void()> waitForReload = [&] {
        reloadSignal.async_wait([&](const boost::system::error_code& ec, int) {
            if (ec)
                return;
            if (tls) {
                try {
                    tls->reload();
                    log << "gatehoused: SIGHUP: TLS certificate reloaded: " << tls->describe() << std::endl;
                } catch (const TlsSetupError& e) {
                    log << "gatehoused: SIGHUP: keeping the previous TLS certificate: " << e.what()
                        << std::endl;
                }
            }
            reloadConfiguration();
            waitForReload();
        });
    };
    waitForReload();

    log << "gatehoused: state in " << stateDirectory->path().string()
        << (stateDirectory->throwaway() ? " (throwaway: set [state] dir to keep it)" : "") << std::endl;
    if (cache)
        log << "gatehoused: response cache in "
            << (config.cache.backend == CacheConfig::Backend::Redis
                    ? config.cache.redisUrl + " under " + config.cache.keyPrefix
                    : stateDirectory->file("cache.db").string())
            << std::endl;
    if (const auto published = rules->published(); !published->problem.empty())
        log << "gatehoused: content filter: " << published->problem << std::endl;
    else
        log << "gatehoused: content filter: " << published->ruleSet.rules.size()
            << (published->ruleSet.rules.size() == 1 ? " rule" : " rules") << " in force" << std::endl;
    for (const auto& model : current->pool->models())
        log << "gatehoused: model " << model.name << (model.demo ? " (built-in demo provider, offline)" : "")
            << std::endl;
    const auto snapshot = keys->snapshot();
    log << "gatehoused: " << snapshot->byHash.size() << " access key(s); "
        << (snapshot->keysRequired ? "every request needs one"
                                   : "requests without a key are served as anonymous ([access] require_keys)")
        << std::endl;
    if (adminServer)
        log << "gatehoused admin API listening on " << (tls ? "https://" : "http://") << adminBound.toString()
            << std::endl;
    log << "gatehoused listening on " << (tls ? "https://" : "http://") << bound.toString() << std::endl;
    server.start();
    if (adminServer)
        adminServer->start();
    acceptContext.run();
    server.join();
    if (adminServer)
        adminServer->join();
    keys->stop(); // key changes still running answer into the stopped workers' queues
    try {
        keys->flushLastUsed();
    } catch (const state::StateError& e) {
        log << "gatehoused: cannot record when access keys were last used: " << e.what() << std::endl;
    }
    rules->stop(); // rule changes still running answer into the stopped workers' queues
    // So do cache admin jobs; the last of them may hold the last reference to a session, which
    // must go while the server's connection sets still exist.
    cache.reset();
    // Kept-alive upstream connections belong to the workers' io_contexts, which the server
    // destroys: close them while those still exist.
    service.replace({});
    adminService.replace({});
    current.reset();
    return 0;
}

} // namespace gatehouse::gateway
