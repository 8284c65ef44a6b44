#pragma once

#include "gateway/config/RoutingConfig.h"
#include "gateway/upstream/Upstream.h"

namespace gatehouse::gateway {

// The built-in `demo` provider: answers offline, in-process, as an OpenAI server would over
// HTTP (status, headers, body bytes), with DemoAnswer's deterministic text. Delays run on
// timers of the call's executor, never by sleeping a thread. DemoSettings add what tests and
// first-time users want to see: first-token latency, chunk pacing, a share of errors with a
// chosen status (and Retry-After), and streams that break after N chunks.
class DemoUpstream : public Upstream
{
public:
    explicit DemoUpstream(DemoSettings settings);

    std::shared_ptr<UpstreamCall> start(boost::asio::any_io_executor executor, UpstreamRequest request,
                                        UpstreamHandlers handlers) override;

private:
    DemoSettings m_settings;
};

} // namespace gatehouse::gateway
