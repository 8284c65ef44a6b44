#include "gateway/http/RecordingResponseWriter.h"

#include <stdexcept>

namespace gatehouse::gateway::http {

RecordingResponseWriter::RecordingResponseWriter(boost::asio::any_io_executor executor)
    : m_executor(std::move(executor))
{}

void RecordingResponseWriter::send(Response response)
{
    if (m_response)
        throw std::logic_error("ResponseWriter::send after the response was started");
    m_response = std::move(response);
    m_ended = true;
}

void RecordingResponseWriter::beginStream(unsigned status, std::vector<Header> headers)
{
    if (m_response)
        throw std::logic_error("ResponseWriter::beginStream after the response was started");
    m_response = Response{status, std::move(headers), {}};
    m_streamed = true;
}

void RecordingResponseWriter::write(std::string data, Done done)
{
    if (!m_streamed)
        throw std::logic_error("ResponseWriter::write before beginStream");
    const bool accepted = !m_ended && !m_clientGone;
    if (accepted && !data.empty()) {
        m_response->body += data;
        m_pieces.push_back(std::move(data));
    }
    if (done)
        done(accepted);
}

void RecordingResponseWriter::end(bool closeConnection)
{
    m_ended = true;
    m_closedConnection = closeConnection;
}

void RecordingResponseWriter::disconnect()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    if (auto callback = std::move(m_onClientGone))
        callback();
}

} // namespace gatehouse::gateway::http
