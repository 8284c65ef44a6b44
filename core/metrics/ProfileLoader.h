#pragma once

#include "core/metrics/MetricProfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Reads metric profiles from JSON. One file per gateway kind:
//
//   { "id": "litellm", "name": "LiteLLM proxy", "priority": 50,
//     "detect": ["litellm_proxy_total_requests_metric"], "prefixes": ["litellm_"],
//     "signals": {
//       "request_rate": { "rate": "litellm_proxy_total_requests_metric" },
//       "error_ratio_5xx": { "ratio": [
//           { "rate": "litellm_proxy_total_requests_metric", "match": { "status_code": "=~5.." } },
//           { "rate": "litellm_proxy_total_requests_metric" } ] },
//       "latency_p95": { "quantile": 0.95, "histogram": "litellm_request_total_latency_metric" },
//       "in_flight": { "gauge": "litellm_in_flight_requests" },
//       "upstream_health": { "gauge": "litellm_deployment_state", "equals": 0, "aggregate": "avg" } } }
//
// An expression is an object with exactly one of "rate", "gauge", "histogram" (with "quantile"),
// "ratio" ([numerator, denominator]) or "sum" ([terms]); a family is a name or an array of
// alternative names. Optional: "suffix" ("_count"/"_sum"), "match" (label → "value", "=value",
// "!=value", "=~regex", "!~regex"), "by" (label), "aggregate" (sum|avg|min|max), "equals", "scale".
namespace gatehouse::metrics {

struct ProfileLoadResult
{
    std::optional<MetricProfile> profile;
    QString error; // "FILE: $.signals.latency_p95.quantile: expected a number between 0 and 1"
};

ProfileLoadResult parseProfile(const QByteArray& json, const QString& source);
ProfileLoadResult loadProfileFile(const QString& path);

struct ProfileSet
{
    std::vector<MetricProfile> profiles; // sorted by id
    QStringList errors;                  // files that were skipped, and why
};

// The built-in profiles (Qt resource :/profiles), then every *.json in `userFolder`, a user
// profile replacing a built-in one with the same id. A bad file is reported and skipped.
ProfileSet loadProfiles(const QString& userFolder);
// QStandardPaths::AppDataLocation + "/profiles".
QString userProfileFolder();

} // namespace gatehouse::metrics
