#pragma once

#include "gateway/http/HttpMessage.h"

#include <optional>

namespace gatehouse::gateway {

struct ChatExchange;

// The cache lookup and cache store stages. A seam today: always a miss, stores nothing.
class ResponseCache
{
public:
    virtual ~ResponseCache() = default;
    // A stored answer to replay instead of asking an upstream.
    virtual std::optional<http::Response> lookup(const ChatExchange& exchange) const;
    // Called with a complete, successful non-streamed answer.
    virtual void store(const ChatExchange& exchange, const http::Response& response) const;
};

} // namespace gatehouse::gateway
