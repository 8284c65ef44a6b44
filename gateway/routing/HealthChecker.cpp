#include "gateway/routing/HealthChecker.h"

#include "gateway/config/RoutingConfig.h"
#include "gateway/routing/UpstreamPool.h"

#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <ostream>
#include <vector>

namespace gatehouse::gateway {

struct HealthChecker::State : std::enable_shared_from_this<HealthChecker::State>
{
    struct Target
    {
        std::size_t upstream;
        HealthCheckConfig check;
        std::unique_ptr<boost::asio::steady_timer> timer;
        std::shared_ptr<UpstreamCall> probe;
        unsigned passes = 0;
        unsigned failures = 0;
        bool healthy = true;
    };

    State(boost::asio::any_io_executor executor_, UpstreamPool& pool_, std::ostream& log_)
        : executor(std::move(executor_))
        , pool(pool_)
        , log(log_)
    {}

    void schedule(Target& target, std::chrono::milliseconds delay)
    {
        target.timer->expires_after(delay);
        target.timer->async_wait([self = shared_from_this(), &target](boost::system::error_code ec) {
            if (!ec && !self->stopped)
                self->probe(target);
        });
    }

    void probe(Target& target)
    {
        target.probe = pool.upstream(target.upstream)
                           .probe(executor, target.check.path, target.check.timeout,
                                  [self = shared_from_this(), &target](std::optional<std::string> failure) {
                                      if (!self->stopped)
                                          self->record(target, std::move(failure));
                                  });
    }

    void record(Target& target, std::optional<std::string> failure)
    {
        target.probe.reset();
        const std::string& name = pool.upstreamName(target.upstream);
        if (failure) {
            target.passes = 0;
            if (++target.failures >= target.check.unhealthyAfter && target.healthy) {
                target.healthy = false;
                pool.setHealthy(target.upstream, false);
                log << "gatehoused: upstream '" << name << "' is unhealthy after " << target.failures
                    << " failed health checks (GET " << target.check.path << ": " << *failure
                    << "); it gets no requests until it passes " << target.check.healthyAfter << " in a row"
                    << std::endl;
            }
        } else {
            target.failures = 0;
            if (++target.passes >= target.check.healthyAfter && !target.healthy) {
                target.healthy = true;
                pool.setHealthy(target.upstream, true);
                log << "gatehoused: upstream '" << name << "' is healthy again (" << target.passes
                    << " health checks passed)" << std::endl;
            }
        }
        schedule(target, target.check.interval);
    }

    boost::asio::any_io_executor executor;
    UpstreamPool& pool;
    std::ostream& log;
    std::vector<std::unique_ptr<Target>> targets;
    std::atomic<bool> stopped{false};
};

HealthChecker::HealthChecker(boost::asio::any_io_executor executor, UpstreamPool& pool,
                             const RoutingConfig& routing, std::ostream& log)
    : m_state(std::make_shared<State>(executor, pool, log))
{
    for (std::size_t i = 0; i < pool.upstreamCount(); ++i) {
        const UpstreamConfig* config = routing.upstream(pool.upstreamName(i));
        if (!config || !config->healthCheck)
            continue;
        auto target = std::make_unique<State::Target>();
        target->upstream = i;
        target->check = *config->healthCheck;
        target->timer = std::make_unique<boost::asio::steady_timer>(executor);
        m_state->targets.push_back(std::move(target));
    }
    for (auto& target : m_state->targets)
        m_state->schedule(*target, std::chrono::milliseconds(0));
}

HealthChecker::~HealthChecker()
{
    // Normally stopped already on its own thread; the last request of an old configuration may
    // release it on a worker thread, which must not touch the timers.
    if (!m_state->stopped)
        stop();
}

void HealthChecker::stop()
{
    // Called on the executor's thread (or after it stopped running).
    m_state->stopped = true;
    for (auto& target : m_state->targets) {
        target->timer->cancel();
        if (target->probe)
            target->probe->cancel();
        target->probe.reset();
    }
}

} // namespace gatehouse::gateway
