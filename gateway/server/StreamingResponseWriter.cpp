#include "gateway/server/StreamingResponseWriter.h"

#include "core/buildinfo/BuildInfo.h"
#include "gateway/http/ErrorBody.h"

#include <boost/asio/post.hpp>

#include <cstdio>
#include <stdexcept>

namespace gatehouse::gateway {

namespace {

namespace bhttp = boost::beast::http;

const std::string& serverHeader()
{
    static const std::string value = "gatehoused/" + std::string(buildinfo::version());
    return value;
}

class SessionResponseWriter : public http::ResponseWriter
{
public:
    SessionResponseWriter(std::shared_ptr<void> connection, ResponseQueue& queue,
                          std::shared_ptr<const void> service)
        : m_connection(std::move(connection))
        , m_service(std::move(service))
        , m_queue(queue)
        , m_generation(queue.generation())
    {}
    ~SessionResponseWriter() override
    {
        if (current())
            m_queue.abandon();
    }
    SessionResponseWriter(const SessionResponseWriter&) = delete;
    SessionResponseWriter& operator=(const SessionResponseWriter&) = delete;

    boost::asio::any_io_executor executor() const override { return m_queue.executor(); }
    void send(http::Response response) override
    {
        if (current())
            m_queue.send(std::move(response));
    }
    void beginStream(unsigned status, std::vector<http::Header> headers) override
    {
        if (current())
            m_queue.beginStream(status, std::move(headers));
    }
    void write(std::string data, Done done) override
    {
        if (current())
            m_queue.write(std::move(data), std::move(done));
        else if (done)
            boost::asio::post(executor(), [done = std::move(done)] { done(false); });
    }
    void end(bool closeConnection) override
    {
        if (current())
            m_queue.end(closeConnection);
    }
    bool started() const override { return !current() || m_queue.started(); }
    bool clientGone() const override { return !current() || m_queue.clientGone(); }
    void onClientGone(std::function<void()> callback) override
    {
        if (current())
            m_queue.onClientGone(std::move(callback));
    }
    std::size_t pendingBytes() const override { return current() ? m_queue.pendingBytes() : 0; }

private:
    // A writer kept past its exchange's end must not touch the next one.
    bool current() const { return m_queue.generation() == m_generation; }

    std::shared_ptr<void> m_connection; // owns m_queue
    std::shared_ptr<const void> m_service;
    ResponseQueue& m_queue;
    std::uint64_t m_generation;
};

} // namespace

ResponseQueue::ResponseQueue(boost::asio::any_io_executor executor, std::function<void()> startWriting)
    : m_executor(std::move(executor))
    , m_startWriting(std::move(startWriting))
{}

void ResponseQueue::begin(unsigned version, bool keepAlive, bool headOnly)
{
    ++m_generation;
    m_version = version;
    m_keepAlive = keepAlive;
    m_headOnly = headOnly;
    m_started = m_streaming = m_ended = m_clientGone = m_writing = false;
    m_pendingBytes = 0;
    m_queue.clear();
    m_onClientGone = nullptr;
}

void ResponseQueue::send(http::Response response)
{
    if (m_started)
        throw std::logic_error("ResponseWriter::send after the response was started");
    m_started = true;
    m_ended = true;
    if (m_clientGone)
        return;
    OutgoingWrite item;
    item.whole = makeMessage(std::move(response));
    enqueue(std::move(item));
}

void ResponseQueue::beginStream(unsigned status, std::vector<http::Header> headers)
{
    if (m_started)
        throw std::logic_error("ResponseWriter::beginStream after the response was started");
    m_started = true;
    m_streaming = true;
    if (m_clientGone)
        return;
    auto header = std::make_shared<bhttp::response<bhttp::empty_body>>();
    header->version(m_version);
    header->result(status);
    header->set(bhttp::field::server, serverHeader());
    for (auto& [name, value] : headers)
        header->set(name, value);
    header->keep_alive(m_keepAlive);
    header->chunked(true);
    OutgoingWrite item;
    item.streamHeader = std::move(header);
    enqueue(std::move(item));
}

void ResponseQueue::write(std::string data, http::ResponseWriter::Done done)
{
    if (!m_streaming)
        throw std::logic_error("ResponseWriter::write before beginStream");
    if (m_clientGone || m_ended || data.empty()) {
        if (done)
            boost::asio::post(m_executor,
                              [done = std::move(done), ok = data.empty() && !m_clientGone] { done(ok); });
        return;
    }
    m_pendingBytes += data.size();
    OutgoingWrite item;
    item.chunk = std::make_shared<std::string>(std::move(data));
    item.done = std::move(done);
    enqueue(std::move(item));
}

void ResponseQueue::end(bool closeConnection)
{
    if (!m_streaming || m_ended)
        return;
    m_ended = true;
    m_keepAlive = m_keepAlive && !closeConnection;
    if (m_clientGone)
        return;
    OutgoingWrite item;
    item.lastChunk = true;
    enqueue(std::move(item));
}

void ResponseQueue::abandon()
{
    if (!m_started) {
        send(http::internalError().toResponse());
    } else if (!m_ended) {
        if (!m_clientGone)
            std::fprintf(stderr, "gatehoused: a streamed response was abandoned unfinished\n");
        end(true);
    }
}

OutgoingWrite* ResponseQueue::next()
{
    if (m_queue.empty() || m_clientGone)
        return nullptr;
    return &m_queue.front();
}

OutgoingWrite ResponseQueue::finishWrite()
{
    m_writing = false;
    OutgoingWrite item = std::move(m_queue.front());
    m_queue.pop_front();
    if (item.chunk)
        m_pendingBytes -= std::min(m_pendingBytes, item.chunk->size());
    return item;
}

void ResponseQueue::clientWentAway()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    // Complete the queued writes' callbacks (the one in flight completes with its error).
    for (auto& item : m_queue) {
        if (item.done)
            boost::asio::post(m_executor, [done = std::move(item.done)] { done(false); });
    }
    if (!m_queue.empty() && m_writing)
        m_queue.erase(m_queue.begin() + 1, m_queue.end());
    else
        m_queue.clear();
    m_pendingBytes = 0;
    if (auto callback = std::move(m_onClientGone))
        boost::asio::post(m_executor, std::move(callback));
}

std::shared_ptr<bhttp::response<bhttp::string_body>> ResponseQueue::makeMessage(http::Response response) const
{
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->version(m_version);
    message->result(response.status);
    message->set(bhttp::field::server, serverHeader());
    for (auto& [name, value] : response.headers)
        message->set(name, value);
    message->keep_alive(m_keepAlive);
    message->body() = std::move(response.body);
    message->prepare_payload();
    if (m_headOnly) // keep Content-Length as for GET, send no body
        message->body().clear();
    return message;
}

void ResponseQueue::enqueue(OutgoingWrite item)
{
    m_queue.push_back(std::move(item));
    if (!m_writing)
        m_startWriting();
}

std::shared_ptr<http::ResponseWriter> makeStreamingResponseWriter(std::shared_ptr<void> connection,
                                                                  ResponseQueue& queue,
                                                                  std::shared_ptr<const void> service)
{
    return std::make_shared<SessionResponseWriter>(std::move(connection), queue, std::move(service));
}

} // namespace gatehouse::gateway
