#include "gateway/server/RequestFromBeast.h"

#include <string>
#include <utility>

namespace gatehouse::gateway {

http::Request requestFromBeast(boost::beast::http::request<boost::beast::http::string_body>&& message)
{
    http::Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    for (const auto& field : message)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(message.body());
    return request;
}

} // namespace gatehouse::gateway
