#include "HistoryIngest.h"

#include "CpuTime.h"
#include "core/database/ConsoleDatabase.h"
#include "core/metrics/History.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTimer>

namespace gatehouse::bench {

namespace {

// QThread names its OS thread after History's thread object (at most 15 characters on Linux).
const std::string writerThread = "metrics-history";

qint64 rowCount(ConsoleDatabase& database, const char* table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void record(metrics::History& history, const ScrapeRound& round)
{
    for (const metrics::ScrapeReport& report : round)
        history.record(report);
}

} // namespace

IngestFigures ingestThroughHistory(const QString& databasePath, const std::vector<ScrapeRound>& rounds,
                                   int intervalMs, const IngestOptions& options)
{
    IngestFigures f;
    f.rounds = int(rounds.size()) - 1;
    f.rowsPerRound = rounds.empty() ? 0 : storedSeries(rounds.front());
    ConsoleDatabase database(databasePath);
    if (!database.open()) {
        f.error = database.errorString();
        return f;
    }
    {
        metrics::History history(database);
        history.setBatching(options.reportsPerCommit, options.maxDelayMs);
        QObject::connect(&history, &metrics::History::failed,
                         [&f](const QString& error) { f.error = error; });

        const double warmupStart = wallSeconds();
        record(history, rounds.front());
        if (!history.flush()) {
            QCoreApplication::processEvents(); // History::failed arrives queued
            if (f.error.isEmpty())
                f.error = QStringLiteral("the warm-up round was not stored");
            return f;
        }
        f.warmupSeconds = wallSeconds() - warmupStart;

        const double cpuStart = processCpuSeconds();
        const double writerStart = threadCpuSeconds(writerThread);
        const double wallStart = wallSeconds();
        if (intervalMs > 0) {
            QEventLoop loop;
            QTimer timer;
            timer.setTimerType(Qt::PreciseTimer);
            std::size_t next = 1;
            auto tick = [&] {
                if (next == rounds.size()) {
                    loop.quit(); // one interval after the last round: the load period is over
                    return;
                }
                record(history, rounds[next++]);
            };
            QObject::connect(&timer, &QTimer::timeout, tick);
            tick();
            timer.start(intervalMs);
            loop.exec();
        } else {
            for (std::size_t i = 1; i < rounds.size(); ++i)
                record(history, rounds[i]);
        }
        if (!history.flush() && f.error.isEmpty()) // what is still batched belongs to these rounds
            f.error = QStringLiteral("the last rounds were not stored");
        const double elapsed = wallSeconds() - wallStart;
        f.seconds = intervalMs > 0 ? double(f.rounds) * intervalMs / 1000.0 : elapsed;
        f.processCpuSeconds = processCpuSeconds() - cpuStart;
        const double writerEnd = threadCpuSeconds(writerThread);
        if (writerStart >= 0 && writerEnd >= 0)
            f.writerCpuSeconds = writerEnd - writerStart;
        f.databaseBytes = history.databaseBytes();
        QCoreApplication::processEvents(); // History::failed arrives queued
    }
    f.samples = rowCount(database, "metric_samples");
    f.minuteRollups = rowCount(database, "metric_samples_1m");
    f.hourRollups = rowCount(database, "metric_samples_1h");
    database.closeConnection();
    return f;
}

} // namespace gatehouse::bench
