#include "core/metrics/RawSampleBudget.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>

namespace gatehouse::metrics {

namespace {

std::optional<qint64> pragma(QSqlDatabase& db, const char* name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

struct Span
{
    qint64 oldest = std::numeric_limits<qint64>::max();
    qint64 newest = std::numeric_limits<qint64>::min();
    bool empty() const { return oldest > newest; }
};

// The oldest and newest time stamp from `fromMs` on in `table` over `series`: one short walk of
// the (series_id, ts) key per series and end, so no scan of the table.
std::optional<Span> spanOf(QSqlDatabase& db, const QString& table, const std::vector<qint64>& series,
                           qint64 fromMs = std::numeric_limits<qint64>::min())
{
    QSqlQuery first(db);
    QSqlQuery last(db);
    if (!first.prepare(QStringLiteral("SELECT ts FROM %1 WHERE series_id = ? AND ts >= ? ORDER BY ts LIMIT 1")
                           .arg(table)) ||
        !last.prepare(
            QStringLiteral("SELECT ts FROM %1 WHERE series_id = ? AND ts >= ? ORDER BY ts DESC LIMIT 1")
                .arg(table)))
        return std::nullopt;
    Span span;
    for (const qint64 id : series) {
        first.bindValue(0, id);
        first.bindValue(1, fromMs);
        last.bindValue(0, id);
        last.bindValue(1, fromMs);
        if (!first.exec() || !last.exec())
            return std::nullopt;
        if (first.next())
            span.oldest = std::min(span.oldest, first.value(0).toLongLong());
        if (last.next())
            span.newest = std::max(span.newest, last.value(0).toLongLong());
    }
    return span;
}

} // namespace

qint64 usedDatabaseBytes(QSqlDatabase& db)
{
    const auto pages = pragma(db, "page_count");
    const auto free = pragma(db, "freelist_count");
    const auto size = pragma(db, "page_size");
    if (!pages || !free || !size)
        return -1;
    return (*pages - *free) * *size;
}

QString trimRawSamples(QSqlDatabase& db, const std::vector<qint64>& series, qint64 budgetBytes)
{
    if (budgetBytes <= 0)
        return {};
    // Each step drops the share of the raw time span by which the database is over, at least 5 %:
    // raw samples are the bulk of it, so one or two steps usually do.
    for (int step = 0; step < 32; ++step) {
        const qint64 used = usedDatabaseBytes(db);
        if (used < 0)
            return QStringLiteral("cannot read the database's size: %1").arg(db.lastError().text());
        if (used <= budgetBytes)
            return {};
        const auto span = spanOf(db, QStringLiteral("metric_samples"), series);
        if (!span)
            return QStringLiteral("cannot read the raw samples' times: %1").arg(db.lastError().text());
        if (span->empty())
            return {}; // nothing raw left: the rollups alone are over the budget
        const double share = std::clamp(double(used - budgetBytes) / double(used), 0.05, 1.0);
        const qint64 cutoff =
            span->oldest + std::max<qint64>(1, qint64(share * double(span->newest - span->oldest + 1)));
        if (!db.transaction())
            return QStringLiteral("cannot begin: %1").arg(db.lastError().text());
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM metric_samples WHERE series_id = ? AND ts < ?"));
        for (const qint64 id : series) {
            del.bindValue(0, id);
            del.bindValue(1, cutoff);
            if (!del.exec()) {
                const QString error = del.lastError().text();
                db.rollback();
                return QStringLiteral("cannot delete raw samples: %1").arg(error);
            }
        }
        if (!db.commit())
            return QStringLiteral("cannot commit: %1").arg(db.lastError().text());
    }
    return {};
}

qint64 rawSamplesKeptFromMs(QSqlDatabase& db, const std::vector<qint64>& series,
                            const HistoryRetention& retention, qint64 nowMs)
{
    const qint64 retained = nowMs - qint64(retention.rawHours) * hourMs;
    const auto raw = spanOf(db, QStringLiteral("metric_samples"), series, retained);
    // Minute buckets start on the minute: the one holding the oldest raw sample kept may be older.
    const auto minutes = spanOf(db, QStringLiteral("metric_samples_1m"), series, retained);
    if (!raw || !minutes || raw->empty() || minutes->empty())
        return 0;
    // Cut by the budget: within the raw retention, the rollups (written with every raw sample) go
    // back further than the raw samples do.
    return minutes->oldest < raw->oldest - minuteMs ? raw->oldest : 0;
}

} // namespace gatehouse::metrics
