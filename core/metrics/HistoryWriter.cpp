#include "core/metrics/HistoryWriter.h"

#include "core/database/ConsoleDatabase.h"
#include "core/metrics/RawSampleBudget.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <map>

namespace gatehouse::metrics {

namespace {

// Upper bound on buffered rows while the database refuses writes, so memory stays bounded.
constexpr std::size_t maxPendingRows = 2'000'000;

struct Rollup
{
    double min = 0;
    double max = 0;
    double sum = 0;
    qint64 count = 0;
};

void add(std::map<std::pair<qint64, qint64>, Rollup>& rollups, qint64 series, qint64 bucket, double v)
{
    auto [it, inserted] = rollups.try_emplace({series, bucket}, Rollup{v, v, 0, 0});
    Rollup& r = it->second;
    r.min = std::min(r.min, v);
    r.max = std::max(r.max, v);
    r.sum += v;
    ++r.count;
}

} // namespace

HistoryWriter::HistoryWriter(ConsoleDatabase& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{}

HistoryWriter::~HistoryWriter() = default;

void HistoryWriter::setBatching(int reportsPerCommit, int maxDelayMs)
{
    m_reportsPerCommit = std::max(1, reportsPerCommit);
    m_maxDelayMs = std::max(0, maxDelayMs);
}

void HistoryWriter::append(const ScrapeReport& report)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { flush(); });
    }
    if (m_pending.size() < maxPendingRows) {
        m_pending.push_back({report.gatewayId, QStringLiteral("up"), report.timeMs, report.up ? 1.0 : 0.0});
        for (const SeriesValue& v : report.signalValues)
            m_pending.push_back({report.gatewayId, v.series, report.timeMs, v.value});
        for (const SeriesValue& v : report.rawSamples)
            m_pending.push_back(
                {report.gatewayId, QStringLiteral("raw/") + v.series, report.timeMs, v.value});
    }
    if (++m_pendingReports >= m_reportsPerCommit)
        flush();
    else if (!m_timer->isActive())
        m_timer->start(m_maxDelayMs);
}

qint64 HistoryWriter::seriesId(qint64 gatewayId, const QString& name)
{
    const auto key = qMakePair(gatewayId, name);
    const auto it = m_seriesIds.constFind(key);
    if (it != m_seriesIds.constEnd())
        return *it;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO metric_series (gateway_id, name) VALUES (?, ?) "
                             "ON CONFLICT (gateway_id, name) DO NOTHING"));
    q.addBindValue(gatewayId);
    q.addBindValue(name);
    if (!q.exec())
        return -1;
    q.prepare(QStringLiteral("SELECT id FROM metric_series WHERE gateway_id = ? AND name = ?"));
    q.addBindValue(gatewayId);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

bool HistoryWriter::flush()
{
    if (m_timer)
        m_timer->stop();
    m_pendingReports = 0;
    if (m_pending.empty())
        return true;
    QSqlDatabase db = m_database.connection();
    auto fail = [&](const QString& what, const QSqlError& error) {
        db.rollback();
        m_seriesIds.clear(); // ids inserted in the rolled-back transaction are gone
        emit failed(QStringLiteral("Cannot store metric history in %1: %2: %3")
                        .arg(m_database.path(), what, error.text()));
        return false;
    };
    if (!db.transaction())
        return fail(QStringLiteral("begin"), db.lastError());

    QSqlQuery sample(db);
    sample.prepare(
        QStringLiteral("INSERT OR REPLACE INTO metric_samples (series_id, ts, value) VALUES (?, ?, ?)"));
    std::map<std::pair<qint64, qint64>, Rollup> minutes;
    std::map<std::pair<qint64, qint64>, Rollup> hours;
    for (const Row& row : m_pending) {
        const qint64 id = seriesId(row.gatewayId, row.series);
        if (id < 0)
            return fail(QStringLiteral("series"), db.lastError());
        sample.bindValue(0, id);
        sample.bindValue(1, row.ms);
        sample.bindValue(2, row.value);
        if (!sample.exec())
            return fail(QStringLiteral("samples"), sample.lastError());
        add(minutes, id, row.ms - row.ms % minuteMs, row.value);
        add(hours, id, row.ms - row.ms % hourMs, row.value);
    }
    for (const auto& [table, rollups] : {std::pair{QStringLiteral("metric_samples_1m"), &minutes},
                                         std::pair{QStringLiteral("metric_samples_1h"), &hours}}) {
        QSqlQuery up(db);
        up.prepare(
            QStringLiteral("INSERT INTO %1 (series_id, ts, min, max, sum, count) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (series_id, ts) DO UPDATE SET min = min(min, excluded.min), "
                           "max = max(max, excluded.max), sum = sum + excluded.sum, "
                           "count = count + excluded.count")
                .arg(table));
        for (const auto& [key, r] : *rollups) {
            up.bindValue(0, key.first);
            up.bindValue(1, key.second);
            up.bindValue(2, r.min);
            up.bindValue(3, r.max);
            up.bindValue(4, r.sum);
            up.bindValue(5, r.count);
            if (!up.exec())
                return fail(table, up.lastError());
        }
    }
    if (!db.commit())
        return fail(QStringLiteral("commit"), db.lastError());
    const int rows = int(m_pending.size());
    m_pending.clear();
    emit committed(rows);
    return true;
}

void HistoryWriter::applyRetention(const HistoryRetention& retention, qint64 nowMs)
{
    flush();
    QSqlDatabase db = m_database.connection();
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM metric_series"))) {
        emit failed(QStringLiteral("Cannot apply history retention: %1").arg(ids.lastError().text()));
        return;
    }
    std::vector<qint64> series;
    while (ids.next())
        series.push_back(ids.value(0).toLongLong());
    const std::pair<QString, qint64> limits[] = {
        {QStringLiteral("metric_samples"), nowMs - qint64(retention.rawHours) * hourMs},
        {QStringLiteral("metric_samples_1m"), nowMs - qint64(retention.minuteDays) * dayMs},
        {QStringLiteral("metric_samples_1h"), nowMs - qint64(retention.hourDays) * dayMs},
    };
    if (!db.transaction())
        return;
    for (const auto& [table, before] : limits) {
        // Per series, so each delete walks one range of the (series_id, ts) key.
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE series_id = ? AND ts < ?").arg(table));
        for (qint64 id : series) {
            del.bindValue(0, id);
            del.bindValue(1, before);
            if (!del.exec()) {
                db.rollback();
                emit failed(QStringLiteral("Cannot apply history retention: %1").arg(del.lastError().text()));
                return;
            }
        }
    }
    db.commit();
    if (const QString problem = trimRawSamples(db, series, qint64(retention.rawBudgetMiB) * 1024 * 1024);
        !problem.isEmpty())
        emit failed(QStringLiteral("Cannot keep the metric history within %1 MiB: %2")
                        .arg(retention.rawBudgetMiB)
                        .arg(problem));
    emit rawSamplesKeptFrom(rawSamplesKeptFromMs(db, series, retention, nowMs));
}

void HistoryWriter::closeConnection()
{
    flush();
    m_database.closeConnection();
}

} // namespace gatehouse::metrics
