#pragma once

#include "core/metrics/HistoryResolution.h"
#include "core/metrics/ScrapeReport.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>

#include <vector>

class QTimer;

namespace gatehouse {
class ConsoleDatabase;
}

// Writes scrape reports into the console database from its own thread and connection: several
// scrape rounds per transaction (specs.md §7), the 1-minute and 1-hour rollups (min/max/sum/count)
// updated in the same transaction, and retention by deleting old ranges per series, then the
// oldest raw samples while the database is over its budget (RawSampleBudget).
// Stored per gateway: every computed canonical signal ("request_rate", "error_rate_by_code/503"),
// "up" (1 or 0 per scrape), and the raw samples as "raw/<name>{labels}".
namespace gatehouse::metrics {

class HistoryWriter : public QObject
{
    Q_OBJECT
public:
    HistoryWriter(ConsoleDatabase& database, QObject* parent = nullptr);
    ~HistoryWriter() override;

    // Commit once this many reports are pending, or `maxDelayMs` after the first one was buffered.
    void setBatching(int reportsPerCommit, int maxDelayMs);

    void append(const gatehouse::metrics::ScrapeReport& report);
    bool flush(); // commits what is pending now; false (and failed()) on a database error
    void applyRetention(const gatehouse::metrics::HistoryRetention& retention, qint64 nowMs);
    void closeConnection();

signals:
    void committed(int rows);
    void failed(const QString& error);
    // After each retention run: since when raw samples are complete (rawSamplesKeptFromMs()).
    void rawSamplesKeptFrom(qint64 ms);

private:
    struct Row
    {
        qint64 gatewayId;
        QString series;
        qint64 ms;
        double value;
    };
    qint64 seriesId(qint64 gatewayId, const QString& name);

    ConsoleDatabase& m_database;
    std::vector<Row> m_pending;
    int m_pendingReports = 0;
    int m_reportsPerCommit = 10;
    int m_maxDelayMs = 5000;
    QTimer* m_timer = nullptr;
    QHash<QPair<qint64, QString>, qint64> m_seriesIds;
};

} // namespace gatehouse::metrics
