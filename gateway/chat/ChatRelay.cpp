#include "gateway/chat/ChatRelay.h"

#include "gateway/cache/AnswerAssembler.h"
#include "gateway/chat/AnswerText.h"
#include "gateway/chat/ScratchJson.h"
#include "gateway/chat/SseEventSplitter.h"
#include "gateway/chat/TokenUsage.h"
#include "gateway/http/ErrorBody.h"
#include "gateway/http/ResponseWriter.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/ChatPipeline.h"
#include "gateway/pipeline/FilterVerdicts.h"
#include "gateway/pipeline/StreamedAnswerFilter.h"

#include <boost/asio/steady_timer.hpp>

#include <iterator>
#include <random>

namespace gatehouse::gateway {

namespace {

// A non-streamed answer larger than this is refused rather than held in memory.
constexpr std::size_t maxBufferedBody = std::size_t{32} * 1024 * 1024;

double random01()
{
    thread_local std::mt19937 generator{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

// A successful answer must be one JSON value: one cut short where only the end of the connection
// marked its end (no Content-Length, not chunked) is not, and must not reach the client as a 200.
bool isWholeJson(std::string_view body)
{
    return ScratchJson(body).valid();
}

// An event that reports a failure in OpenAI's shape, data: {"error": {...}}: the upstream ended
// its stream with a reason.
bool isErrorEvent(std::string_view data)
{
    if (data.find("\"error\"") == std::string_view::npos)
        return false;
    const ScratchJson parsed(data);
    return parsed.object() && parsed.object()->contains("error");
}

bool isEventStream(const std::vector<http::Header>& headers)
{
    http::Response view;
    view.headers = headers;
    return view.header("content-type").starts_with("text/event-stream");
}

class ChatRelay : public std::enable_shared_from_this<ChatRelay>
{
public:
    ChatRelay(UpstreamPool& pool, const UpstreamPool::Model& model, const ChatPipeline& pipeline,
              std::shared_ptr<ChatExchange> exchange, std::shared_ptr<http::ResponseWriter> writer)
        : m_pool(pool)
        , m_model(model)
        , m_pipeline(pipeline)
        , m_exchange(std::move(exchange))
        , m_writer(std::move(writer))
        , m_timer(m_writer->executor())
        , m_excluded(model.members.size(), false)
    {}

    void start()
    {
        m_writer->onClientGone([weak = weak_from_this()] {
            if (auto self = weak.lock())
                self->onClientGone();
        });
        failover();
    }

private:
    const UpstreamPool::Member& member() const { return m_model.members[m_member]; }

    // Ends the current attempt in the pool, with how long it took and what went wrong.
    void release(UpstreamPool::Outcome outcome, std::string error = {})
    {
        m_pool.release(member().upstream, outcome,
                       {std::chrono::steady_clock::now() - m_attemptStarted, std::move(error)});
    }

    void attempt()
    {
        ++m_exchange->attempts;
        m_attemptStarted = std::chrono::steady_clock::now();
        if (!m_exchange->upstreamStarted)
            m_exchange->upstreamStarted = std::chrono::steady_clock::now();
        ++m_attemptsOnMember;
        m_status = 0;
        m_headers.clear();
        m_body.clear();
        m_splitter = SseEventSplitter();
        m_inFlight = true;
        const std::uint64_t id = ++m_attemptId;
        const auto self = shared_from_this();
        UpstreamHandlers handlers;
        handlers.onHead = [self, id](unsigned status, std::vector<http::Header> headers) {
            if (self->m_attemptId == id)
                self->onHead(status, std::move(headers));
        };
        handlers.onBody = [self, id](std::string data, std::function<void()> more) {
            if (self->m_attemptId == id)
                self->onBody(std::move(data), std::move(more));
        };
        handlers.onEnd = [self, id](std::optional<UpstreamFailure> failure) {
            if (self->m_attemptId == id)
                self->onEnd(std::move(failure));
        };
        m_call = m_pool.upstream(member().upstream)
                     .start(m_writer->executor(),
                            UpstreamRequest{m_exchange->chat, member().upstreamModel, m_exchange->requestId},
                            std::move(handlers));
    }

    void onHead(unsigned status, std::vector<http::Header> headers)
    {
        m_status = status;
        m_headers = std::move(headers);
        if (status >= 200 && status < 300 && m_exchange->chat->stream && isEventStream(m_headers)) {
            m_exchange->upstream = m_pool.upstreamName(member().upstream);
            m_exchange->status = 200;
            m_exchange->streamed = true;
            m_streamFilter = m_pipeline.outputFilter->beginStream(*m_exchange);
            std::vector<http::Header> streamHeaders{
                {"Content-Type", "text/event-stream"},
                {"Cache-Control", "no-cache"},
                {"X-Accel-Buffering", "no"},
                {"X-Gatehouse-Cache", std::string(m_exchange->cache.header())}};
            // The output verdict of a stream comes too late for a header: this is the input's.
            for (auto& header : filterHeaders(*m_exchange))
                streamHeaders.push_back(std::move(header));
            m_writer->beginStream(200, std::move(streamHeaders));
        }
    }

    void onBody(std::string data, std::function<void()> more)
    {
        if (!m_exchange->streamed) {
            m_body += data;
            if (m_body.size() > maxBufferedBody) {
                m_call->cancel();
                return onEnd(UpstreamFailure{UpstreamFailure::Kind::Protocol,
                                             "the upstream's answer is larger than 32 MiB"});
            }
            return more();
        }
        std::vector<std::string> out;
        for (std::string& event : m_splitter.feed(data)) {
            const std::string eventData = SseEventSplitter::dataOf(event);
            if (eventData == "[DONE]")
                m_sawDone = true;
            else if (isErrorEvent(eventData))
                m_sawError = true;
            else if (!m_sawFinish && chunkFinishes(eventData))
                m_sawFinish = true;
            else if (!m_exchange->firstEvent)
                m_exchange->firstEvent = std::chrono::steady_clock::now();
            noteUsage(eventData);
            if (m_exchange->cache.verdict == CacheTicket::Verdict::Store && !m_assembler.feed(eventData))
                m_exchange->cache.verdict = CacheTicket::Verdict::Miss;
            if (!m_streamFilter) {
                out.push_back(std::move(event));
                continue;
            }
            StreamedAnswerFilter::Output filtered = m_streamFilter->onEvent(event);
            std::move(filtered.events.begin(), filtered.events.end(), std::back_inserter(out));
            if (filtered.stop)
                return stopStream(std::move(out), *filtered.stop);
        }
        if (out.empty())
            return more();
        for (std::size_t i = 0; i < out.size(); ++i) {
            m_exchange->bytesOut += out[i].size();
            if (m_exchange->logContent)
                noteAnswer(chunkText(SseEventSplitter::dataOf(out[i])));
            // Read on once the client has taken the last of these events.
            http::ResponseWriter::Done done;
            if (i + 1 == out.size())
                done = [more](bool written) {
                    if (written)
                        more();
                };
            m_writer->write(std::move(out[i]), std::move(done));
        }
    }

    // The output filter blocked mid-stream: what was released goes out, then the error event,
    // and the stream ends; the upstream's answer is not read any further.
    void stopStream(std::vector<std::string> events, const http::ApiError& error)
    {
        if (m_call) {
            m_call->cancel();
            m_call.reset();
        }
        if (m_inFlight) {
            m_inFlight = false;
            m_exchange->upstreamEnded = std::chrono::steady_clock::now();
            release(UpstreamPool::Outcome::Neutral);
        }
        m_exchange->errorCode = *error.code;
        events.push_back("data: " + error.body() + "\n\n");
        for (std::string& event : events) {
            m_exchange->bytesOut += event.size();
            m_writer->write(std::move(event));
        }
        m_writer->end(true);
        finish();
    }

    // What the client was sent, for the access log of a key with log_content (bounded).
    void noteAnswer(std::string_view text)
    {
        constexpr std::size_t maxLogged = 64 * 1024;
        std::string& answer = m_exchange->answerText;
        answer.append(text.substr(0, maxLogged - std::min(maxLogged, answer.size())));
    }

    void noteUsage(std::string_view json)
    {
        if (const auto usage = readTokenUsage(json)) {
            m_exchange->promptTokens = usage->promptTokens;
            m_exchange->completionTokens = usage->completionTokens;
        }
    }

    void onEnd(std::optional<UpstreamFailure> failure)
    {
        m_exchange->upstreamEnded = std::chrono::steady_clock::now();
        m_call.reset();
        m_inFlight = false;
        if (m_exchange->streamed) {
            if (failure) {
                release(UpstreamPool::Outcome::Failure, "failed mid-stream: " + failure->message);
                return failMidStream(*failure);
            }
            // An answer whose end only the closing connection marks (no length, not chunked)
            // looks whole when it was cut; a stream is whole with its [DONE] (or its error), or
            // when it ended after a finish_reason — some OpenAI-compatible servers send no [DONE].
            // The client then gets the [DONE] that OpenAI's clients wait for.
            const bool addDone = !m_sawDone && !m_sawError && m_sawFinish;
            if (!m_sawDone && !m_sawError && !m_sawFinish) {
                const UpstreamFailure cut{UpstreamFailure::Kind::Broken,
                                          "the stream ended without a finish_reason or [DONE]"};
                release(UpstreamPool::Outcome::Failure, "failed mid-stream: " + cut.message);
                return failMidStream(cut);
            }
            release(UpstreamPool::Outcome::Success);
            if (m_streamFilter) {
                StreamedAnswerFilter::Output rest = m_streamFilter->onEnd();
                if (rest.stop)
                    return stopStream(std::move(rest.events), *rest.stop);
                for (std::string& event : rest.events) {
                    m_exchange->bytesOut += event.size();
                    if (m_exchange->logContent)
                        noteAnswer(chunkText(SseEventSplitter::dataOf(event)));
                    m_writer->write(std::move(event));
                }
            }
            if (addDone) {
                std::string done = "data: [DONE]\n\n";
                m_exchange->bytesOut += done.size();
                m_writer->write(std::move(done));
                if (m_exchange->cache.verdict == CacheTicket::Verdict::Store)
                    m_assembler.feed("[DONE]");
            }
            m_streamComplete = true;
            m_writer->end();
            return finish();
        }
        if (failure) {
            m_lastFailure = failure;
            m_lastResponse.reset();
            return retryOrFailover(std::nullopt);
        }
        if (m_status >= 200 && m_status < 300 && !isWholeJson(m_body)) {
            m_lastFailure = UpstreamFailure{UpstreamFailure::Kind::Protocol,
                                            "upstream '" + m_pool.upstreamName(member().upstream) +
                                                "' sent an answer that is not whole JSON (cut off?)"};
            m_lastResponse.reset();
            return retryOrFailover(std::nullopt);
        }
        if (m_status >= 200 && m_status < 300) {
            release(UpstreamPool::Outcome::Success);
            noteUsage(m_body);
            m_exchange->upstream = m_pool.upstreamName(member().upstream);
            auto filtered = m_pipeline.outputFilter->filterBody(*m_exchange, std::move(m_body));
            if (auto* refusal = std::get_if<http::ApiError>(&filtered)) {
                m_exchange->errorCode = *refusal->code;
                return respond(refusal->toResponse());
            }
            http::Response response =
                http::Response::json(m_status, std::move(std::get<std::string>(filtered)));
            if (m_exchange->logContent)
                noteAnswer(completionText(response.body));
            m_pipeline.cache->store(*m_exchange, response.body);
            return respond(std::move(response));
        }
        http::Response upstreamError = http::Response::json(m_status, std::move(m_body));
        // Named, not a temporary: retryAfter points into its headers.
        const http::Response upstreamHead{0, m_headers, {}};
        if (const auto retryAfter = upstreamHead.header("retry-after"); !retryAfter.empty())
            upstreamError.setHeader("Retry-After", std::string(retryAfter));
        if (RetryPolicy::isRetryableStatus(m_status, upstreamError.body)) {
            m_lastFailure.reset();
            m_lastResponse = std::move(upstreamError);
            return retryOrFailover(RetryPolicy::retryAfter(m_headers));
        }
        // The client's own mistake (400, 401, 404, ...): the upstream is fine, the answer stands.
        release(UpstreamPool::Outcome::Success);
        m_exchange->upstream = m_pool.upstreamName(member().upstream);
        respond(std::move(upstreamError));
    }

    void retryOrFailover(std::optional<std::chrono::milliseconds> retryAfter)
    {
        release(UpstreamPool::Outcome::Failure,
                m_lastFailure ? m_lastFailure->message : "answered HTTP " + std::to_string(m_status));
        const RetryPolicy& policy = m_pool.retryPolicy();
        if (m_attemptsOnMember >= policy.config().attemptsPerUpstream)
            return failover();
        // A wait longer than the maximum backoff is better spent on another upstream.
        if (retryAfter && *retryAfter > policy.config().maxBackoff)
            return failover();
        const auto delay = retryAfter ? *retryAfter : policy.backoff(m_attemptsOnMember - 1, random01());
        m_timer.expires_after(delay);
        m_timer.async_wait([self = shared_from_this()](boost::system::error_code ec) {
            if (ec || self->m_finished)
                return;
            if (self->m_pool.acquireMember(self->m_model, self->m_member))
                return self->attempt();
            self->failover(); // its circuit opened meanwhile
        });
    }

    void failover()
    {
        if (m_started)
            m_excluded[m_member] = true;
        m_started = true;
        m_attemptsOnMember = 0;
        const auto next = m_pool.acquire(m_model, m_excluded);
        if (!next)
            return giveUp();
        m_member = *next;
        attempt();
    }

    void giveUp()
    {
        if (m_lastResponse) {
            m_exchange->upstream = m_pool.upstreamName(member().upstream);
            return respond(std::move(*m_lastResponse));
        }
        http::ApiError error;
        if (!m_lastFailure) {
            error = {503,
                     "No upstream of model '" + m_model.name +
                         "' is available: their circuit breakers are open after repeated failures; try again "
                         "shortly.",
                     "server_error", std::nullopt, "upstream_unavailable"};
        } else if (m_lastFailure->kind == UpstreamFailure::Kind::Timeout) {
            error = {504,
                     "The upstream of model '" + m_model.name + "' did not answer in time (" +
                         m_lastFailure->message + "); try again later.",
                     "server_error", std::nullopt, "upstream_timeout"};
        } else {
            error = {502,
                     "No upstream of model '" + m_model.name +
                         "' could answer (last: " + m_lastFailure->message + "); try again later.",
                     "server_error", std::nullopt, "upstream_unavailable"};
        }
        m_exchange->errorCode = *error.code;
        respond(error.toResponse());
    }

    void failMidStream(const UpstreamFailure& failure)
    {
        const http::ApiError error{502,
                                   "The upstream '" + m_pool.upstreamName(member().upstream) +
                                       "' failed mid-stream (" + failure.message +
                                       "); the answer is incomplete.",
                                   "server_error", std::nullopt, "upstream_stream_failed"};
        m_exchange->failedMidStream = true;
        m_exchange->errorCode = *error.code;
        std::string event = "data: " + error.body() + "\n\n";
        m_exchange->bytesOut += event.size();
        m_writer->write(std::move(event));
        m_writer->end(true);
        finish();
    }

    void respond(http::Response response)
    {
        addFilterHeaders(*m_exchange, response);
        // Only a successful answer is stored; whatever else comes back was not.
        if (m_exchange->cache.verdict == CacheTicket::Verdict::Store &&
            (response.status < 200 || response.status >= 300))
            m_exchange->cache.verdict = CacheTicket::Verdict::Miss;
        response.setHeader("X-Gatehouse-Cache", std::string(m_exchange->cache.header()));
        m_exchange->status = response.status;
        m_exchange->bytesOut += response.body.size();
        m_writer->send(std::move(response));
        finish();
    }

    void onClientGone()
    {
        if (m_finished)
            return;
        m_exchange->clientGone = true;
        m_timer.cancel();
        if (m_call) {
            m_call->cancel();
            m_call.reset();
        }
        if (m_inFlight) {
            m_inFlight = false;
            m_exchange->upstreamEnded = std::chrono::steady_clock::now();
            release(UpstreamPool::Outcome::Neutral);
        }
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_streamFilter)
            m_pipeline.outputFilter->endStream(*m_exchange, *m_streamFilter);
        // Stored once the output filter's verdict on the whole stream is known.
        if (m_streamComplete)
            if (auto completion = m_assembler.completion())
                m_pipeline.cache->store(*m_exchange, std::move(*completion));
        m_pipeline.cache->finish(*m_exchange);
        m_pipeline.finish(*m_exchange);
    }

    UpstreamPool& m_pool;
    const UpstreamPool::Model& m_model;
    const ChatPipeline& m_pipeline;
    std::shared_ptr<ChatExchange> m_exchange;
    std::shared_ptr<http::ResponseWriter> m_writer;
    boost::asio::steady_timer m_timer;
    std::vector<bool> m_excluded;
    std::size_t m_member = 0;
    bool m_started = false;
    unsigned m_attemptsOnMember = 0;
    std::uint64_t m_attemptId = 0;
    std::chrono::steady_clock::time_point m_attemptStarted;
    std::shared_ptr<UpstreamCall> m_call;
    bool m_inFlight = false;
    unsigned m_status = 0;
    std::vector<http::Header> m_headers;
    std::string m_body;
    SseEventSplitter m_splitter;
    std::unique_ptr<StreamedAnswerFilter> m_streamFilter; // null: no output rules
    AnswerAssembler m_assembler;                          // the streamed answer, for the cache
    bool m_streamComplete = false;                        // ended cleanly: the cache may store it
    bool m_sawDone = false;
    bool m_sawFinish = false; // a chunk gave a finish_reason
    bool m_sawError = false;  // the upstream's own error event
    std::optional<UpstreamFailure> m_lastFailure;
    std::optional<http::Response> m_lastResponse;
    bool m_finished = false;
};

} // namespace

void relayChat(UpstreamPool& pool, const UpstreamPool::Model& model, const ChatPipeline& pipeline,
               std::shared_ptr<ChatExchange> exchange, std::shared_ptr<http::ResponseWriter> writer)
{
    std::make_shared<ChatRelay>(pool, model, pipeline, std::move(exchange), std::move(writer))->start();
}

} // namespace gatehouse::gateway
