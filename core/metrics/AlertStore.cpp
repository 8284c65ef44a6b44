#include "core/metrics/AlertStore.h"

#include "core/database/ConsoleDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gatehouse::metrics {

namespace {

QVariant optionalValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

AlertKind kindFromName(const QString& name)
{
    if (name == QLatin1String("p95"))
        return AlertKind::LatencyP95;
    if (name == QLatin1String("errors"))
        return AlertKind::ErrorRatio;
    return AlertKind::Down;
}

} // namespace

AlertStore::AlertStore(ConsoleDatabase& database)
    : m_database(database)
{}

QList<AlertThresholds> AlertStore::thresholds() const
{
    QList<AlertThresholds> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT gateway_id, p95_above_s, p95_for_s, error_ratio_above, error_for_s, "
                               "on_down FROM alert_thresholds"))) {
        m_error = q.lastError().text();
        return list;
    }
    while (q.next()) {
        AlertThresholds t;
        t.gatewayId = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            t.p95AboveSeconds = q.value(1).toDouble();
        t.p95ForSeconds = q.value(2).toInt();
        if (!q.value(3).isNull())
            t.errorRatioAbove = q.value(3).toDouble();
        t.errorForSeconds = q.value(4).toInt();
        t.whenDown = q.value(5).toBool();
        list.append(t);
    }
    return list;
}

bool AlertStore::saveThresholds(const AlertThresholds& t)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO alert_thresholds (gateway_id, p95_above_s, p95_for_s, "
                             "error_ratio_above, error_for_s, on_down) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.gatewayId);
    q.addBindValue(optionalValue(t.p95AboveSeconds));
    q.addBindValue(t.p95ForSeconds);
    q.addBindValue(optionalValue(t.errorRatioAbove));
    q.addBindValue(t.errorForSeconds);
    q.addBindValue(t.whenDown ? 1 : 0);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool AlertStore::append(const AlertEvent& event)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO alert_log (gateway_id, ts, kind, firing, message) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(event.gatewayId);
    q.addBindValue(event.timeMs);
    q.addBindValue(alertKindName(event.kind));
    q.addBindValue(event.firing ? 1 : 0);
    q.addBindValue(event.message);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

QList<AlertLogEntry> AlertStore::recent(int limit) const
{
    QList<AlertLogEntry> list;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, gateway_id, ts, kind, firing, message FROM alert_log "
                             "ORDER BY ts DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     kindFromName(q.value(3).toString()), q.value(4).toBool(), q.value(5).toString()});
    return list;
}

} // namespace gatehouse::metrics
