#pragma once

#include "core/metrics/MetricProfile.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

// The PromQL that gives a Prometheus server's view of a canonical signal, written from the same
// profile data (resources/profiles) that the direct poller's SignalCalculator evaluates, so that a
// fleet read through Prometheus shows what polling each gateway would: one series per scraped
// instance (labels job and instance), the same rate()/histogram_quantile() math, the same
// "a family that is there but has no matching series counts zero" rule.
//
// For the gatehoused profile and a 60 s window:
//   request_rate  sum by (job, instance) (rate(gatehouse_requests_total[60s]))
//   error_ratio   (sum by (job, instance) (rate(gatehouse_requests_total{code=~"5.."}[60s]))
//                   or 0 * sum by (job, instance) (rate(gatehouse_requests_total[60s])))
//                 / sum by (job, instance) (rate(gatehouse_requests_total[60s]))
//   latency_p95   histogram_quantile(0.95, sum by (job, instance, le)
//                   (rate(gatehouse_request_duration_seconds_bucket[60s])))
//   in_flight     sum by (job, instance) (gatehouse_in_flight_requests)
//   up            max by (job, instance) (up)
namespace gatehouse::metrics {

// Prometheus's own health series of every target it scrapes: 1 up, 0 down. Not a profile signal
// (a gateway cannot report its own absence), so only fleet mode has it.
inline constexpr char fleetUpSignal[] = "up";

// PromQL of one profile expression, aggregated per (job, instance) — and per its "by" label when
// it has one. `extra` matchers go into every selector (e.g. job="gatehoused" to leave other
// targets of the same server out).
QString fleetPromql(const Expression& expression, qint64 rateWindowSeconds,
                    const std::vector<LabelMatcher>& extra = {});

// The PromQL of a signal over several profiles: each profile that defines the signal, highest
// priority first, joined with `or` — every instance then gets its own kind's figures, since each
// kind exports its own families (a fleet of gatehoused and LiteLLM proxies on one server reads as
// one). nullopt when no profile defines it. "up" is the same for every profile.
std::optional<QString> fleetSignalPromql(std::span<const MetricProfile> profiles, const QString& signalId,
                                         qint64 rateWindowSeconds,
                                         const std::vector<LabelMatcher>& extra = {});

// The signals fleet mode can show for these profiles: those at least one defines, in canonical
// order, then "up".
QStringList fleetSignalIds(std::span<const MetricProfile> profiles);

// Every signal fleet mode knows of (the canonical ones, then "up"), for help texts.
QStringList allFleetSignalIds();

// job="NAME" as a matcher for `extra`.
LabelMatcher jobMatcher(const QString& job);
// instance="HOST:PORT" as a matcher for `extra`: one gateway of a fleet.
LabelMatcher instanceMatcher(const QString& instance);

} // namespace gatehouse::metrics
