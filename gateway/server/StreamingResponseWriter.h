#pragma once

#include "gateway/http/ResponseWriter.h"

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>

namespace gatehouse::gateway {

// One write the session owes its client: a whole response, a stream's header, one chunk of a
// streamed body, or the last chunk.
struct OutgoingWrite
{
    std::shared_ptr<boost::beast::http::response<boost::beast::http::string_body>> whole;
    std::shared_ptr<boost::beast::http::response<boost::beast::http::empty_body>> streamHeader;
    std::shared_ptr<std::string> chunk;
    bool lastChunk = false;
    http::ResponseWriter::Done done;
};

// The response to the request a connection is answering, as its handler produces it through
// http::ResponseWriter: whole or streamed, turned into an ordered queue of writes that the session
// (over plain TCP or TLS alike) sends one at a time. Knows nothing of the stream; used only on
// the connection's thread.
class ResponseQueue
{
public:
    // `startWriting` is called when a write is queued while none is in progress.
    ResponseQueue(boost::asio::any_io_executor executor, std::function<void()> startWriting);

    // A new exchange: forgets the previous one. Writers of earlier exchanges go stale.
    void begin(unsigned version, bool keepAlive, bool headOnly);
    std::uint64_t generation() const { return m_generation; }

    // --- The handler's side (through SessionResponseWriter) ---
    void send(http::Response response);
    void beginStream(unsigned status, std::vector<http::Header> headers);
    void write(std::string data, http::ResponseWriter::Done done);
    void end(bool closeConnection);
    // The handler let go of its writer: complete whatever it left unfinished.
    void abandon();
    bool started() const { return m_started; }
    bool clientGone() const { return m_clientGone; }
    std::size_t pendingBytes() const { return m_pendingBytes; }
    void onClientGone(std::function<void()> callback) { m_onClientGone = std::move(callback); }
    const boost::asio::any_io_executor& executor() const { return m_executor; }

    // --- The session's side ---
    // The next write to send, or null when there is none (or the client is gone).
    OutgoingWrite* next();
    // The write returned by next() has completed; removes and returns it.
    OutgoingWrite finishWrite();
    bool writing() const { return m_writing; }
    void setWriting(bool writing) { m_writing = writing; }
    bool keepAlive() const { return m_keepAlive; }
    bool headOnly() const { return m_headOnly; }
    // The client disconnected or a write failed: fail the queued writes' callbacks (the one in
    // flight completes with its own error) and tell the handler.
    void clientWentAway();
    // A whole response in this exchange's HTTP version and keep-alive setting.
    std::shared_ptr<boost::beast::http::response<boost::beast::http::string_body>>
    makeMessage(http::Response response) const;

private:
    void enqueue(OutgoingWrite item);

    boost::asio::any_io_executor m_executor;
    std::function<void()> m_startWriting;
    std::uint64_t m_generation = 0;
    unsigned m_version = 11;
    bool m_keepAlive = false;
    bool m_headOnly = false;
    bool m_started = false;
    bool m_streaming = false;
    bool m_ended = false;
    bool m_clientGone = false;
    bool m_writing = false;
    std::size_t m_pendingBytes = 0;
    std::deque<OutgoingWrite> m_queue;
    std::function<void()> m_onClientGone;
};

// The http::ResponseWriter handed to a handler for one exchange. Keeps the connection and
// `service` (what the handler serves from) alive until the handler lets go of it; once its
// exchange is over (a later request, or the connection closed) every call is ignored.
std::shared_ptr<http::ResponseWriter> makeStreamingResponseWriter(std::shared_ptr<void> connection,
                                                                  ResponseQueue& queue,
                                                                  std::shared_ptr<const void> service = {});

} // namespace gatehouse::gateway
