#pragma once

#include "gateway/http/HttpMessage.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace gatehouse::gateway {

// A request as Beast's parser read it, turned into the plain value the handlers see. Shared by the
// HTTP session and the in-process fuzz target (tests/fuzz/http_request), so both hand the Router
// the same thing.
http::Request requestFromBeast(boost::beast::http::request<boost::beast::http::string_body>&& message);

} // namespace gatehouse::gateway
