#pragma once

#include "core/metrics/ScrapeReport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Per-gateway alert thresholds and the evaluation that turns scrape reports into alerts: p95 above
// X for Y minutes, error ratio above Z for Y minutes, down. An alert fires once when its condition
// has held for its duration and resolves once when the condition clears; a figure that cannot be
// computed (no traffic) does not count as breaching.
namespace gatehouse::metrics {

struct AlertThresholds
{
    qint64 gatewayId = 0;
    std::optional<double> p95AboveSeconds;
    int p95ForSeconds = 300;
    std::optional<double> errorRatioAbove; // 0..1
    int errorForSeconds = 60;
    bool whenDown = true;

    bool operator==(const AlertThresholds&) const = default;
};

enum class AlertKind
{
    LatencyP95,
    ErrorRatio,
    Down,
};

struct AlertEvent
{
    qint64 gatewayId = 0;
    AlertKind kind = AlertKind::Down;
    bool firing = true; // false: resolved
    qint64 timeMs = 0;
    QString message; // one sentence, without the gateway's name
};

QString alertKindName(AlertKind kind); // "p95", "errors", "down"

class AlertEvaluator
{
public:
    // Gateways without thresholds get the defaults (alert when down only).
    void setThresholds(const QList<AlertThresholds>& thresholds);
    AlertThresholds thresholds(qint64 gatewayId) const;

    // The alerts that fired or resolved with this report.
    std::vector<AlertEvent> evaluate(const ScrapeReport& report);
    bool isFiring(qint64 gatewayId, AlertKind kind) const;

private:
    struct State
    {
        qint64 sinceMs = -1; // the condition holds since
        bool firing = false;
    };
    void step(qint64 gatewayId, AlertKind kind, bool condition, int forSeconds, qint64 nowMs,
              const QString& message, std::vector<AlertEvent>& out);

    QHash<qint64, AlertThresholds> m_thresholds;
    QHash<QPair<qint64, int>, State> m_states;
};

} // namespace gatehouse::metrics
