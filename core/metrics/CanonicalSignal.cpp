#include "core/metrics/CanonicalSignal.h"

namespace gatehouse::metrics {

namespace {

const CanonicalSignal allSignals[] = {
    {"request_rate", "Request rate", SignalUnit::PerSecond},
    {"error_ratio", "Error ratio", SignalUnit::Ratio},
    {"error_ratio_4xx", "4xx ratio", SignalUnit::Ratio},
    {"error_ratio_5xx", "5xx ratio", SignalUnit::Ratio},
    {"error_rate_by_code", "Errors by code", SignalUnit::PerSecond},
    {"latency_p50", "Latency p50", SignalUnit::Seconds},
    {"latency_p95", "Latency p95", SignalUnit::Seconds},
    {"latency_p99", "Latency p99", SignalUnit::Seconds},
    {"upstream_latency_p50", "Upstream latency p50", SignalUnit::Seconds},
    {"upstream_latency_p95", "Upstream latency p95", SignalUnit::Seconds},
    {"upstream_latency_p99", "Upstream latency p99", SignalUnit::Seconds},
    {"overhead_p95", "Gateway overhead p95", SignalUnit::Seconds},
    {"ttft_p50", "Time to first token p50", SignalUnit::Seconds},
    {"ttft_p95", "Time to first token p95", SignalUnit::Seconds},
    {"in_flight", "In flight", SignalUnit::Count},
    {"cache_hit_ratio", "Cache hit ratio", SignalUnit::Ratio},
    {"tokens_per_second", "Output tokens/s", SignalUnit::PerSecond},
    {"upstream_health", "Upstreams healthy", SignalUnit::Ratio},
};

} // namespace

std::span<const CanonicalSignal> canonicalSignals()
{
    return allSignals;
}

const CanonicalSignal* findCanonicalSignal(const QString& id)
{
    for (const CanonicalSignal& s : allSignals) {
        if (id == QLatin1String(s.id))
            return &s;
    }
    return nullptr;
}

QString formatSignalValue(double value, SignalUnit unit)
{
    switch (unit) {
    case SignalUnit::PerSecond:
        return QString::number(value, 'g', 4) + QStringLiteral("/s");
    case SignalUnit::Ratio:
        return QString::number(value * 100, 'g', 4) + QLatin1Char('%');
    case SignalUnit::Seconds:
        return value < 1 ? QString::number(value * 1000, 'g', 4) + QStringLiteral(" ms")
                         : QString::number(value, 'g', 4) + QStringLiteral(" s");
    case SignalUnit::Count:
        break;
    }
    return QString::number(value, 'g', 6);
}

} // namespace gatehouse::metrics
