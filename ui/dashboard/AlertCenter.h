#pragma once

#include "core/metrics/AlertRules.h"
#include "core/metrics/AlertStore.h"

#include <QObject>

class QSystemTrayIcon;

namespace gatehouse {
class ConsoleDatabase;
}
namespace gatehouse::metrics {
class Poller;
}

// Watches the poller's reports against each gateway's alert thresholds; a firing or resolved alert
// is written to the alert log and shown as a tray notification (when the desktop has a tray).
namespace gatehouse::ui {

class AlertCenter : public QObject
{
    Q_OBJECT
public:
    AlertCenter(metrics::Poller& poller, ConsoleDatabase& database, QObject* parent = nullptr);
    ~AlertCenter() override;

    metrics::AlertThresholds thresholds(qint64 gatewayId) const;
    bool setThresholds(const metrics::AlertThresholds& thresholds);
    QList<metrics::AlertLogEntry> recent(int limit = 500) const;
    QString gatewayName(qint64 gatewayId) const;
    bool isFiring(qint64 gatewayId, metrics::AlertKind kind) const;

signals:
    void alerted(const QString& gatewayName, const gatehouse::metrics::AlertEvent& event);

private:
    void check(const metrics::ScrapeReport& report);

    metrics::Poller& m_poller;
    metrics::AlertStore m_store;
    metrics::AlertEvaluator m_evaluator;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace gatehouse::ui
