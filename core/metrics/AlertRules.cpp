#include "core/metrics/AlertRules.h"

#include "core/metrics/CanonicalSignal.h"

#include <QCoreApplication>

namespace gatehouse::metrics {

namespace {

// The alert messages are shown (tray, status bar) and kept in the alert log in the language of
// the moment they were raised.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::metrics::AlertRules)
};

std::optional<double> signalIn(const ScrapeReport& report, const char* id)
{
    for (const SeriesValue& v : report.signalValues) {
        if (v.series == QLatin1String(id))
            return v.value;
    }
    return std::nullopt;
}

} // namespace

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::LatencyP95:
        return QStringLiteral("p95");
    case AlertKind::ErrorRatio:
        return QStringLiteral("errors");
    case AlertKind::Down:
        break;
    }
    return QStringLiteral("down");
}

void AlertEvaluator::setThresholds(const QList<AlertThresholds>& thresholds)
{
    m_thresholds.clear();
    for (const AlertThresholds& t : thresholds)
        m_thresholds.insert(t.gatewayId, t);
}

AlertThresholds AlertEvaluator::thresholds(qint64 gatewayId) const
{
    AlertThresholds defaults;
    defaults.gatewayId = gatewayId;
    return m_thresholds.value(gatewayId, defaults);
}

bool AlertEvaluator::isFiring(qint64 gatewayId, AlertKind kind) const
{
    return m_states.value(qMakePair(gatewayId, int(kind))).firing;
}

void AlertEvaluator::step(qint64 gatewayId, AlertKind kind, bool condition, int forSeconds, qint64 nowMs,
                          const QString& message, std::vector<AlertEvent>& out)
{
    State& s = m_states[qMakePair(gatewayId, int(kind))];
    if (!condition) {
        s.sinceMs = -1;
        if (s.firing) {
            s.firing = false;
            out.push_back({gatewayId, kind, false, nowMs, message});
        }
        return;
    }
    if (s.sinceMs < 0)
        s.sinceMs = nowMs;
    if (!s.firing && nowMs - s.sinceMs >= qint64(forSeconds) * 1000) {
        s.firing = true;
        out.push_back({gatewayId, kind, true, nowMs, message});
    }
}

std::vector<AlertEvent> AlertEvaluator::evaluate(const ScrapeReport& report)
{
    std::vector<AlertEvent> out;
    const AlertThresholds t = thresholds(report.gatewayId);
    const qint64 now = report.timeMs;

    const bool down = !report.up;
    step(report.gatewayId, AlertKind::Down, t.whenDown && down, 0, now,
         down ? Text::tr("down: %1").arg(report.reason) : Text::tr("up again"), out);
    if (down)
        return out; // latency and errors are unknown while down; their alerts hold their state

    const std::optional<double> p95 = signalIn(report, "latency_p95");
    const bool slow = t.p95AboveSeconds && p95 && *p95 > *t.p95AboveSeconds;
    step(report.gatewayId, AlertKind::LatencyP95, slow, t.p95ForSeconds, now,
         slow ? Text::tr("p95 latency %1 above %2 for %3 min")
                    .arg(formatSignalValue(*p95, SignalUnit::Seconds),
                         formatSignalValue(*t.p95AboveSeconds, SignalUnit::Seconds))
                    .arg(t.p95ForSeconds / 60.0)
              : Text::tr("p95 latency back under the threshold"),
         out);

    const std::optional<double> errors = signalIn(report, "error_ratio");
    const bool failing = t.errorRatioAbove && errors && *errors > *t.errorRatioAbove;
    step(report.gatewayId, AlertKind::ErrorRatio, failing, t.errorForSeconds, now,
         failing ? Text::tr("error ratio %1 above %2")
                       .arg(formatSignalValue(*errors, SignalUnit::Ratio),
                            formatSignalValue(*t.errorRatioAbove, SignalUnit::Ratio))
                 : Text::tr("error ratio back under the threshold"),
         out);
    return out;
}

} // namespace gatehouse::metrics
