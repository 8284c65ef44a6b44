#include "core/metrics/HistoryReader.h"

#include "core/database/ConsoleDatabase.h"

#include <QSqlQuery>

namespace gatehouse::metrics {

namespace {

QString tableOf(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return QStringLiteral("metric_samples");
    case Resolution::Minute:
        return QStringLiteral("metric_samples_1m");
    case Resolution::Hour:
        break;
    }
    return QStringLiteral("metric_samples_1h");
}

} // namespace

HistoryReader::HistoryReader(ConsoleDatabase& database)
    : m_database(database)
{}

std::vector<HistoryPoint> HistoryReader::query(qint64 gatewayId, const QString& series, qint64 fromMs,
                                               qint64 toMs, Resolution resolution) const
{
    std::vector<HistoryPoint> points;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString columns = resolution == Resolution::Raw
                                ? QStringLiteral("s.ts, s.value, s.value, s.value")
                                : QStringLiteral("s.ts, s.sum / s.count, s.min, s.max");
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 s JOIN metric_series m ON m.id = s.series_id "
                       "WHERE m.gateway_id = ? AND m.name = ? AND s.ts >= ? AND s.ts <= ? ORDER BY s.ts")
            .arg(columns, tableOf(resolution)));
    q.addBindValue(gatewayId);
    q.addBindValue(series);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return points;
    while (q.next())
        points.push_back(
            {q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble()});
    return points;
}

QStringList HistoryReader::seriesNames(qint64 gatewayId, const QString& prefix) const
{
    QStringList names;
    QSqlQuery q(m_database.connection());
    if (prefix.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM metric_series WHERE gateway_id = ? ORDER BY name"));
        q.addBindValue(gatewayId);
    } else {
        q.prepare(
            QStringLiteral("SELECT name FROM metric_series WHERE gateway_id = ? AND substr(name, 1, ?) = ? "
                           "ORDER BY name"));
        q.addBindValue(gatewayId);
        q.addBindValue(prefix.size());
        q.addBindValue(prefix);
    }
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

qint64 HistoryReader::rowCount(Resolution resolution) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(tableOf(resolution))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace gatehouse::metrics
