#pragma once

#include <boost/asio/any_io_executor.hpp>

#include <iosfwd>
#include <memory>

namespace gatehouse::gateway {

class UpstreamPool;
struct RoutingConfig;

// Active health checks for the upstreams with a health_check table: every interval_ms a GET of
// its path (with the upstream's key), where a 2xx within timeout_ms passes. unhealthy_after
// failures in a row take the upstream out of the pool (selectors skip it; /readyz and
// gatehouse_upstream_up show it), healthy_after passes in a row bring it back. Transitions are
// logged. Runs on one executor; `pool` must outlive it, and stop() must be called before the
// executor's io_context stops running.
class HealthChecker
{
public:
    HealthChecker(boost::asio::any_io_executor executor, UpstreamPool& pool, const RoutingConfig& routing,
                  std::ostream& log);
    ~HealthChecker();
    HealthChecker(const HealthChecker&) = delete;
    HealthChecker& operator=(const HealthChecker&) = delete;

    // Cancels the timers and the probes in flight; no callback runs afterwards.
    void stop();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace gatehouse::gateway
