#include "HttpFetch.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <stdexcept>

namespace gatehouse::bench {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

HttpAnswer fetch(std::uint16_t port, const std::string& method, const std::string& target,
                 const std::string& body, const std::string& bearer)
{
    asio::io_context io;
    tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec)
        throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port) + ": " + ec.message());
    http::request<http::string_body> request(http::string_to_verb(method), target, 11);
    request.set(http::field::host, "127.0.0.1");
    if (!bearer.empty())
        request.set(http::field::authorization, "Bearer " + bearer);
    if (!body.empty()) {
        request.set(http::field::content_type, "application/json");
        request.body() = body;
    }
    request.prepare_payload();
    http::write(socket, request, ec);
    boost::beast::flat_buffer buffer;
    http::response<http::string_body> response;
    if (!ec)
        http::read(socket, buffer, response, ec);
    if (ec)
        throw std::runtime_error(method + " " + target + " on port " + std::to_string(port) + ": " +
                                 ec.message());
    HttpAnswer answer;
    answer.status = response.result_int();
    answer.cacheVerdict = std::string(response["X-Gatehouse-Cache"]);
    answer.contentType = std::string(response[http::field::content_type]);
    answer.body = std::move(response.body());
    return answer;
}

} // namespace gatehouse::bench
