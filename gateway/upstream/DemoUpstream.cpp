#include "gateway/upstream/DemoUpstream.h"

#include "gateway/chat/ChatRequest.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/upstream/DemoAnswer.h"

#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <random>

namespace gatehouse::gateway {

namespace {

std::string nextId()
{
    static std::atomic<std::uint64_t> counter{0};
    return "chatcmpl-demo-" + std::to_string(++counter);
}

std::int64_t now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool drawError(double rate)
{
    if (rate <= 0.0)
        return false;
    thread_local std::mt19937 generator{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator) < rate;
}

http::ApiError demoError(unsigned status)
{
    const bool rateLimited = status == 429;
    return {status,
            rateLimited ? std::string("The demo provider is rate limiting this request (error_rate in "
                                      "gatehoused.toml); retry after a moment.")
                        : "The demo provider failed this request on purpose (error_rate in gatehoused.toml).",
            rateLimited ? "rate_limit_error" : (status >= 500 ? "server_error" : "invalid_request_error"),
            std::nullopt, rateLimited ? "rate_limit_exceeded" : "demo_error"};
}

class DemoCall : public UpstreamCall, public std::enable_shared_from_this<DemoCall>
{
public:
    DemoCall(boost::asio::any_io_executor executor, const DemoSettings& settings, UpstreamRequest request,
             UpstreamHandlers handlers)
        : m_timer(std::move(executor))
        , m_settings(settings)
        , m_request(std::move(request))
        , m_handlers(std::move(handlers))
    {}

    void start()
    {
        const ChatRequest& chat = *m_request.chat;
        if (drawError(m_settings.errorRate))
            return after(m_settings.firstTokenDelay, [this] { sendError(); });
        const DemoAnswer answer(chat, m_request.upstreamModel, nextId(), now());
        if (!chat.stream) {
            const auto total = m_settings.firstTokenDelay + m_settings.chunkInterval * answer.pieces().size();
            return after(total, [this, body = answer.completionJson()] {
                m_handlers.onHead(200, {{"Content-Type", "application/json"}});
                deliver({body});
            });
        }
        m_events.push_back(answer.roleEvent());
        std::size_t pieces = answer.pieces().size();
        if (m_settings.failAfterChunks)
            pieces = std::min<std::size_t>(pieces, *m_settings.failAfterChunks);
        for (std::size_t i = 0; i < pieces; ++i)
            m_events.push_back(answer.contentEvent(i));
        m_breaks = m_settings.failAfterChunks.has_value() && pieces == *m_settings.failAfterChunks;
        if (!m_breaks) {
            m_events.push_back(answer.finishEvent());
            if (chat.includeUsage)
                m_events.push_back(answer.usageEvent());
            m_events.push_back(DemoAnswer::doneEvent());
        }
        m_handlers.onHead(200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}});
        after(m_settings.firstTokenDelay, [this] { streamNext(); });
    }

    void cancel() override
    {
        m_cancelled = true;
        m_timer.cancel();
    }

private:
    template <typename Then> void after(std::chrono::milliseconds delay, Then then)
    {
        m_timer.expires_after(delay);
        m_timer.async_wait([self = shared_from_this(), then = std::move(then)](boost::system::error_code ec) {
            if (!ec && !self->m_cancelled)
                then();
        });
    }

    void sendError()
    {
        const http::ApiError error = demoError(m_settings.errorStatus);
        std::vector<http::Header> headers{{"Content-Type", "application/json"}};
        if (m_settings.retryAfterSeconds)
            headers.emplace_back("Retry-After", std::to_string(*m_settings.retryAfterSeconds));
        m_handlers.onHead(error.status, std::move(headers));
        deliver({error.body()});
    }

    // Hands over pieces one at a time as the receiver asks for them, then ends.
    void deliver(std::deque<std::string> pieces)
    {
        m_events = std::move(pieces);
        deliverNext();
    }

    void deliverNext()
    {
        if (m_cancelled)
            return;
        if (m_events.empty())
            return m_handlers.onEnd(std::nullopt);
        std::string piece = std::move(m_events.front());
        m_events.pop_front();
        m_handlers.onBody(std::move(piece), [self = shared_from_this()] { self->deliverNext(); });
    }

    void streamNext()
    {
        if (m_events.empty()) {
            if (m_breaks)
                return m_handlers.onEnd(UpstreamFailure{
                    UpstreamFailure::Kind::Broken, "the demo provider broke the stream after " +
                                                       std::to_string(*m_settings.failAfterChunks) +
                                                       " chunks (fail_after_chunks in gatehoused.toml)"});
            return m_handlers.onEnd(std::nullopt);
        }
        std::string event = std::move(m_events.front());
        m_events.pop_front();
        // The role event comes after the first-token latency, each content event after the chunk
        // interval, and the closing events (finish, usage, [DONE]) at once.
        m_handlers.onBody(std::move(event), [self = shared_from_this()] {
            if (self->m_cancelled)
                return;
            const bool content = !self->m_events.empty() &&
                                 self->m_events.front().find("\"delta\":{\"content\"") != std::string::npos;
            if (content && self->m_settings.chunkInterval.count() > 0)
                self->after(self->m_settings.chunkInterval, [self] { self->streamNext(); });
            else
                self->streamNext();
        });
    }

    boost::asio::steady_timer m_timer;
    const DemoSettings& m_settings;
    UpstreamRequest m_request;
    UpstreamHandlers m_handlers;
    std::deque<std::string> m_events;
    bool m_breaks = false;
    bool m_cancelled = false;
};

} // namespace

DemoUpstream::DemoUpstream(DemoSettings settings)
    : m_settings(settings)
{}

std::shared_ptr<UpstreamCall> DemoUpstream::start(boost::asio::any_io_executor executor,
                                                  UpstreamRequest request, UpstreamHandlers handlers)
{
    auto call =
        std::make_shared<DemoCall>(std::move(executor), m_settings, std::move(request), std::move(handlers));
    call->start();
    return call;
}

} // namespace gatehouse::gateway
