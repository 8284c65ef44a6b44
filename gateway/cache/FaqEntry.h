#pragma once

#include "gateway/cache/CacheEntry.h"
#include "gateway/http/ErrorBody.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace gatehouse::gateway {

// An administrator's curated answer (POST /admin/v1/cache/faq), checked at the border:
// {"model", "messages", "answer", "parameters"?} becomes a pinned entry under the key of the
// request {model, messages, ...parameters}. Without parameters it answers the question whatever
// sampling parameters a request sends (the cache also looks up {model, messages} among FAQ
// entries); with them, only requests that send exactly those. The answer is a chat.completion whose message
// is `answer`, finish_reason "stop" and zero usage (no tokens were spent). `configuredModel` maps the model
// name to the configured one, or nullopt when unknown.
std::variant<CacheEntry, http::ApiError>
makeFaqEntry(std::string_view body,
             const std::function<std::optional<std::string>(std::string_view)>& configuredModel,
             std::int64_t nowMs);

} // namespace gatehouse::gateway
