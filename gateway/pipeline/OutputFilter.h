#pragma once

#include "gateway/http/ErrorBody.h"

#include <memory>
#include <string>
#include <variant>

namespace gatehouse::rules {
class RuleSetHolder;
}

namespace gatehouse::gateway {

struct ChatExchange;
class StreamedAnswerFilter;

namespace metrics {
struct GatewayMetrics;
}

// The output filter stage: the output rules of the set in force over whole answers and streams.
// Block → the client gets a 400 content_filtered (whole answers) or, mid-stream, an error event
// that ends the stream; redact → [LABEL] in place of each match; flag → counted and logged. An
// engine failure takes the set's fail mode (closed: 503 content_filter_unavailable, or the
// same as an error event mid-stream).
class OutputFilter
{
public:
    OutputFilter(const rules::RuleSetHolder& rules, metrics::GatewayMetrics* metrics);

    // A whole chat.completion body: each choice's message.content is checked. The body to send
    // (redacted where the rules say, otherwise unchanged) or the error to send instead.
    std::variant<std::string, http::ApiError> filterBody(ChatExchange& exchange, std::string body) const;

    // A streamed answer begins: its filter, pinned to the set in force now; null when that set
    // has no output rules (the events then pass unchanged).
    std::unique_ptr<StreamedAnswerFilter> beginStream(ChatExchange& exchange) const;
    // The stream is over, however it ended: records what its filter decided.
    void endStream(ChatExchange& exchange, const StreamedAnswerFilter& filter) const;

private:
    const rules::RuleSetHolder& m_rules;
    metrics::GatewayMetrics* m_metrics;
};

} // namespace gatehouse::gateway
