#pragma once

#include "gateway/http/ResponseWriter.h"

#include <memory>
#include <string>

namespace gatehouse::gateway::http {

// Passes a handler's answer on to `inner` unchanged but for one header set on it, whole or
// streamed: e.g. the request id on every answer, Cache-Control: no-store on admin answers.
class HeaderAddingWriter final : public ResponseWriter
{
public:
    HeaderAddingWriter(std::shared_ptr<ResponseWriter> inner, std::string name, std::string value);

    boost::asio::any_io_executor executor() const override;
    void send(Response response) override;
    void beginStream(unsigned status, std::vector<Header> headers) override;
    void write(std::string data, Done done) override;
    void end(bool closeConnection) override;
    bool started() const override;
    bool clientGone() const override;
    void onClientGone(std::function<void()> callback) override;
    std::size_t pendingBytes() const override;

private:
    std::shared_ptr<ResponseWriter> m_inner;
    std::string m_name;
    std::string m_value;
};

} // namespace gatehouse::gateway::http
