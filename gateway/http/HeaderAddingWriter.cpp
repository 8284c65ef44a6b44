#include "gateway/http/HeaderAddingWriter.h"

namespace gatehouse::gateway::http {

HeaderAddingWriter::HeaderAddingWriter(std::shared_ptr<ResponseWriter> inner, std::string name,
                                       std::string value)
    : m_inner(std::move(inner))
    , m_name(std::move(name))
    , m_value(std::move(value))
{}

boost::asio::any_io_executor HeaderAddingWriter::executor() const
{
    return m_inner->executor();
}

void HeaderAddingWriter::send(Response response)
{
    response.setHeader(m_name, m_value);
    m_inner->send(std::move(response));
}

void HeaderAddingWriter::beginStream(unsigned status, std::vector<Header> headers)
{
    headers.emplace_back(m_name, m_value);
    m_inner->beginStream(status, std::move(headers));
}

void HeaderAddingWriter::write(std::string data, Done done)
{
    m_inner->write(std::move(data), std::move(done));
}

void HeaderAddingWriter::end(bool closeConnection)
{
    m_inner->end(closeConnection);
}

bool HeaderAddingWriter::started() const
{
    return m_inner->started();
}

bool HeaderAddingWriter::clientGone() const
{
    return m_inner->clientGone();
}

void HeaderAddingWriter::onClientGone(std::function<void()> callback)
{
    m_inner->onClientGone(std::move(callback));
}

std::size_t HeaderAddingWriter::pendingBytes() const
{
    return m_inner->pendingBytes();
}

} // namespace gatehouse::gateway::http
