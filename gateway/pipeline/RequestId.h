#pragma once

#include "gateway/http/HttpMessage.h"
#include "gateway/http/ResponseWriter.h"

#include <memory>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// Every chat completion has a request id, sent back in an `x-request-id` header (as OpenAI does)
// and written in the access log, so that what a client or the console saw can be found in the
// log. A client's own X-Request-Id is kept when it is a plain token (1–128 of A–Z a–z 0–9 . _ : -),
// so that one id follows a request through a load balancer and chained gateways; anything else
// is replaced, never echoed, so that a header cannot inject text into the log.
namespace request_id {

inline constexpr std::string_view header = "x-request-id";

bool acceptable(std::string_view clientId);
// "req_" and 24 random hex digits.
std::string generate();
// The client's id when acceptable, else a new one.
std::string forRequest(const http::Request& request);

// `writer` with an x-request-id header added to whatever it sends (whole or streamed).
std::shared_ptr<http::ResponseWriter> stamping(std::shared_ptr<http::ResponseWriter> writer, std::string id);

} // namespace request_id

} // namespace gatehouse::gateway
