#pragma once

#include "core/metrics/HistoryResolution.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace gatehouse {
class ConsoleDatabase;
}

// Reads the metric history back for charts: one series of one gateway over a time range, from the
// raw samples or a rollup. Use from any thread (each thread has its own connection); long ranges
// belong on a worker thread.
namespace gatehouse::metrics {

struct HistoryPoint
{
    qint64 ms = 0;
    double value = 0; // the sample, or the bucket's average
    double min = 0;
    double max = 0;
};

class HistoryReader
{
public:
    explicit HistoryReader(ConsoleDatabase& database);

    // Points with fromMs <= ts <= toMs in time order; for rollups ts is the bucket's start.
    std::vector<HistoryPoint> query(qint64 gatewayId, const QString& series, qint64 fromMs, qint64 toMs,
                                    Resolution resolution) const;
    // The gateway's stored series names, sorted; `prefix` narrows them (e.g. "error_rate_by_code/").
    QStringList seriesNames(qint64 gatewayId, const QString& prefix = QString()) const;
    // Rows per table, for tests and the Settings page.
    qint64 rowCount(Resolution resolution) const;

private:
    ConsoleDatabase& m_database;
};

} // namespace gatehouse::metrics
