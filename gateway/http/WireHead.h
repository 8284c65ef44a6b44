#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>
#include <string>

namespace gatehouse::gateway::http {

// The start line and header fields of a message as they go on the wire, in one string — what
// Beast's serializer sends, without walking a buffer per field piece on every send (it cost a
// sixth of a proxied request's instructions). Bodies are the caller's: a whole message is
// this head and its body, two buffers in one write; a streamed answer, this head, then its chunks.
std::string wireHead(const boost::beast::http::response_header<>& head);
std::string wireHead(const boost::beast::http::request_header<>& head);

// `head` (from wireHead) and the message's body, for one gathered write; both must outlive it.
template <bool isRequest>
std::array<boost::asio::const_buffer, 2>
wholeMessage(const std::string& head,
             const boost::beast::http::message<isRequest, boost::beast::http::string_body>& message)
{
    return {boost::asio::buffer(head), boost::asio::buffer(message.body())};
}

// A head that would be gone before the write: refused at compile time.
template <bool isRequest>
std::array<boost::asio::const_buffer, 2>
wholeMessage(std::string&& head,
             const boost::beast::http::message<isRequest, boost::beast::http::string_body>&) = delete;

} // namespace gatehouse::gateway::http
