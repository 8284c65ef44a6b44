#pragma once

#include "gateway/pipeline/AdmissionStage.h"

namespace gatehouse::rules {
class RuleSetHolder;
}

namespace gatehouse::gateway {

namespace metrics {
struct GatewayMetrics;
}

// Input filter: the rule set in force over the request's messages, before the cache and the
// upstream. Each rule reads the roles and messages (the last one, or all) its scope names.
// Block → 400 content_filtered naming the rule; redact → the request goes on with [LABEL] in
// place of each match; flag → it goes on unchanged, and the rule is counted and logged. An
// engine failure takes the set's fail mode (closed: 503 content_filter_unavailable).
class InputFilter : public AdmissionStage
{
public:
    InputFilter(const rules::RuleSetHolder& rules, metrics::GatewayMetrics* metrics);

    std::string_view name() const override { return "input filter"; }
    std::optional<http::ApiError> admit(ChatExchange& exchange) const override;

private:
    const rules::RuleSetHolder& m_rules;
    metrics::GatewayMetrics* m_metrics;
};

} // namespace gatehouse::gateway
