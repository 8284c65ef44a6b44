#pragma once

#include "gateway/http/ResponseWriter.h"

#include <optional>

namespace gatehouse::gateway::http {

// A ResponseWriter that keeps what it is given instead of sending it: for Router::route() and
// for tests of handlers and pipeline stages. Every write is "written" at once.
class RecordingResponseWriter : public ResponseWriter
{
public:
    explicit RecordingResponseWriter(boost::asio::any_io_executor executor = {});

    boost::asio::any_io_executor executor() const override { return m_executor; }
    void send(Response response) override;
    void beginStream(unsigned status, std::vector<Header> headers) override;
    void write(std::string data, Done done = {}) override;
    void end(bool closeConnection = false) override;
    bool started() const override { return m_response.has_value(); }
    bool clientGone() const override { return m_clientGone; }
    void onClientGone(std::function<void()> callback) override { m_onClientGone = std::move(callback); }
    std::size_t pendingBytes() const override { return 0; }

    // Simulates the client disconnecting: runs the onClientGone callback (once).
    void disconnect();

    // The response so far: status and headers, and the body (a stream's pieces concatenated).
    const std::optional<Response>& response() const { return m_response; }
    // The pieces of a streamed body as written, one per write().
    const std::vector<std::string>& pieces() const { return m_pieces; }
    bool streamed() const { return m_streamed; }
    // True once the exchange is complete: send() or end() was called.
    bool ended() const { return m_ended; }
    bool closedConnection() const { return m_closedConnection; }

private:
    boost::asio::any_io_executor m_executor;
    std::optional<Response> m_response;
    std::vector<std::string> m_pieces;
    std::function<void()> m_onClientGone;
    bool m_streamed = false;
    bool m_ended = false;
    bool m_closedConnection = false;
    bool m_clientGone = false;
};

} // namespace gatehouse::gateway::http
