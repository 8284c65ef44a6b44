#pragma once

#include "core/metrics/HistoryResolution.h"
#include "core/metrics/ScrapeReport.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace gatehouse {
class ConsoleDatabase;
}

// The console's metric history: scrape reports go to a HistoryWriter on its own thread (never the
// UI thread), retention (by age, then raw samples by disk budget) runs at start and every ten
// minutes. Read it back with HistoryReader.
namespace gatehouse::metrics {

class HistoryWriter;

class History : public QObject
{
    Q_OBJECT
public:
    explicit History(ConsoleDatabase& database, QObject* parent = nullptr);
    ~History() override; // commits what is pending, then stops the writer

    void record(const gatehouse::metrics::ScrapeReport& report);
    void setRetention(const HistoryRetention& retention); // applied now and every hour
    HistoryRetention retention() const { return m_retention; }
    // Since when raw samples are complete when their disk budget cut them short, else 0 (as of
    // the last retention run); for chooseResolution().
    qint64 rawSamplesKeptFromMs() const { return m_rawKeptFromMs.load(); }
    void setBatching(int reportsPerCommit, int maxDelayMs);

    // Waits until the writer committed everything recorded so far; false on a database error.
    bool flush();
    // Deletes what is older than the retention now (waits for it).
    void applyRetention(qint64 nowMs);

    // The database file with its write-ahead log, in bytes.
    qint64 databaseBytes() const;
    ConsoleDatabase& database() const { return m_database; }
    QString lastError() const { return m_lastError; }

signals:
    void failed(const QString& error);

private:
    ConsoleDatabase& m_database;
    QThread m_thread;
    HistoryWriter* m_writer;
    HistoryRetention m_retention;
    QTimer m_retentionTimer;
    QString m_lastError;
    std::atomic<qint64> m_rawKeptFromMs{0}; // written on the writer's thread
};

} // namespace gatehouse::metrics
