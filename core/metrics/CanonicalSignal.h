#pragma once

#include <QString>

#include <span>

// The signals the console charts for every gateway, whatever its exporter calls them. A profile
// maps each to the metric names of one gateway kind (core/metrics/MetricProfile.h).
namespace gatehouse::metrics {

enum class SignalUnit
{
    PerSecond, // requests/s, tokens/s
    Ratio,     // 0..1
    Seconds,
    Count,
};

struct CanonicalSignal
{
    const char* id;    // as written in profile files: "request_rate"
    const char* title; // for tables: "Request rate"
    SignalUnit unit;
};

// In display order.
std::span<const CanonicalSignal> canonicalSignals();
const CanonicalSignal* findCanonicalSignal(const QString& id);

// "12.5 req/s"-style text for a value of this unit.
QString formatSignalValue(double value, SignalUnit unit);

} // namespace gatehouse::metrics
