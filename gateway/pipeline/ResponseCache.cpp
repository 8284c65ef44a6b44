#include "gateway/pipeline/ResponseCache.h"

namespace gatehouse::gateway {

std::optional<http::Response> ResponseCache::lookup(const ChatExchange&) const
{
    return std::nullopt;
}

void ResponseCache::store(const ChatExchange&, const http::Response&) const {}

} // namespace gatehouse::gateway
