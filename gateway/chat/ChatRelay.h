#pragma once

#include "gateway/routing/UpstreamPool.h"

#include <memory>

namespace gatehouse::gateway {

struct ChatExchange;
struct ChatPipeline;

namespace http {
class ResponseWriter;
}

// Routes one chat completion to its model's upstreams and relays the answer to the client:
// chooses a member (strategy, circuit breakers), retries connect errors, timeouts and
// retryable statuses with backoff (Retry-After honoured when within the maximum backoff), then
// fails over to the next member — all only while nothing has reached the client. A stream is
// relayed event by event as it arrives, through the output filter, reading on only when the
// client has taken the previous piece; if the upstream fails mid-stream the client gets an SSE
// error event and the connection closes. A client that leaves cancels the upstream call.
// Records the exchange in the access log when done.
void relayChat(UpstreamPool& pool, const UpstreamPool::Model& model, const ChatPipeline& pipeline,
               std::shared_ptr<ChatExchange> exchange, std::shared_ptr<http::ResponseWriter> writer);

} // namespace gatehouse::gateway
