#pragma once

#include "core/metrics/AlertRules.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse {
class ConsoleDatabase;
}

// Alert thresholds per gateway and the alert log, in the console database (tables alert_thresholds
// and alert_log). Alerts are rare, so this writes on the calling thread.
namespace gatehouse::metrics {

struct AlertLogEntry
{
    qint64 id = 0;
    qint64 gatewayId = 0;
    qint64 timeMs = 0;
    AlertKind kind = AlertKind::Down;
    bool firing = true;
    QString message;
};

class AlertStore
{
public:
    explicit AlertStore(ConsoleDatabase& database);

    QList<AlertThresholds> thresholds() const;
    bool saveThresholds(const AlertThresholds& thresholds); // replaces the gateway's row
    bool append(const AlertEvent& event);
    // The newest `limit` entries, newest first.
    QList<AlertLogEntry> recent(int limit = 500) const;
    QString lastError() const { return m_error; }

private:
    ConsoleDatabase& m_database;
    mutable QString m_error;
};

} // namespace gatehouse::metrics
