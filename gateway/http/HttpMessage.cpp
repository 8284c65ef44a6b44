#include "gateway/http/HttpMessage.h"

#include <algorithm>

namespace gatehouse::gateway::http {

namespace {

bool sameName(std::string_view a, std::string_view b)
{
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return std::ranges::equal(a, b, [&](char x, char y) { return lower(x) == lower(y); });
}

std::string_view find(const std::vector<Header>& headers, std::string_view name)
{
    for (const auto& [key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

} // namespace

std::string_view Request::path() const
{
    const std::string_view full = target;
    return full.substr(0, full.find('?'));
}

std::string_view Request::header(std::string_view name) const
{
    return find(headers, name);
}

std::string_view Request::pathParameter(std::string_view name) const
{
    for (const auto& [key, value] : pathParameters) {
        if (key == name)
            return value;
    }
    return {};
}

Response Response::json(unsigned status, std::string body)
{
    Response response;
    response.status = status;
    response.headers.emplace_back("Content-Type", "application/json");
    response.body = std::move(body);
    return response;
}

void Response::setHeader(std::string name, std::string value)
{
    for (auto& [key, current] : headers) {
        if (sameName(key, name)) {
            current = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::header(std::string_view name) const
{
    return find(headers, name);
}

} // namespace gatehouse::gateway::http
