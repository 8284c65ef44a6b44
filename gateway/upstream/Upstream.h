#pragma once

#include "gateway/http/HttpMessage.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/post.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gatehouse::gateway {

struct ChatRequest;

// Why an upstream call ended without a complete response.
struct UpstreamFailure
{
    enum class Kind
    {
        Connect, // could not connect or send the request: nothing reached the upstream
        Timeout, // no answer, or no next piece, in time
        Broken,  // the connection or stream ended early
        Protocol // the upstream's answer was not valid HTTP
    };
    Kind kind = Kind::Broken;
    std::string message; // one sentence, no secrets
};

// What one call reports, on the executor it was started on, in order: onHead at most once,
// onBody any number of times after it, onEnd exactly once — unless cancel() was called, after
// which nothing is reported.
struct UpstreamHandlers
{
    std::function<void(unsigned status, std::vector<http::Header> headers)> onHead;
    // One piece of the body as it arrived; the next piece is read only after `more` is called.
    std::function<void(std::string data, std::function<void()> more)> onBody;
    // nullopt: the response is complete.
    std::function<void(std::optional<UpstreamFailure> failure)> onEnd;
};

// One chat request sent upstream.
struct UpstreamRequest
{
    std::shared_ptr<const ChatRequest> chat;
    std::string upstreamModel; // the model name this upstream knows it by
    std::string requestId;     // passed on as X-Request-Id, so that one id follows the request
};

class UpstreamCall
{
public:
    virtual ~UpstreamCall() = default;
    // Stops the call and its connection; no handler runs afterwards.
    virtual void cancel() = 0;
};

// A server that answers OpenAI chat completions: one reached over HTTP, or the built-in demo.
// Shared by all worker threads; each call runs on the executor it is started on.
class Upstream
{
public:
    virtual ~Upstream() = default;
    virtual std::shared_ptr<UpstreamCall> start(boost::asio::any_io_executor executor,
                                                UpstreamRequest request, UpstreamHandlers handlers) = 0;

    // One health check: GET `path` on the upstream's server. `done(nullopt)` when it answered 2xx
    // within `timeout`, else `done(why)`; on `executor`, not after cancel(). An upstream without a
    // server to ask (the demo) is always healthy.
    using ProbeDone = std::function<void(std::optional<std::string> failure)>;
    virtual std::shared_ptr<UpstreamCall> probe(boost::asio::any_io_executor executor,
                                                const std::string& path, std::chrono::milliseconds timeout,
                                                ProbeDone done)
    {
        (void)path;
        (void)timeout;
        boost::asio::post(executor, [done = std::move(done)] { done(std::nullopt); });
        return nullptr;
    }
};

} // namespace gatehouse::gateway
