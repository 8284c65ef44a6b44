#pragma once

#include "core/metrics/HistoryResolution.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

// Keeps the raw samples of the metric history within a disk budget, as retention by size: a
// console polling a large fleet (5,000 series a second) would otherwise put tens of GiB of raw
// samples on disk within their 48 hours. When the database holds more than the budget, the
// oldest raw samples go first, in steps, until it fits or no raw sample is left; the 1-minute and
// 1-hour rollups stay, so charts further back than the raw samples still reach fall back to them.
// Freed pages are reused by new samples: the file stops growing rather than shrinking.
namespace gatehouse::metrics {

// The bytes the database's pages hold, without its free pages: (page_count − freelist_count) ×
// page_size, as this connection sees it (the write-ahead log's pages included). -1 on an error.
qint64 usedDatabaseBytes(QSqlDatabase& db);

// Deletes the oldest raw samples of `series` until usedDatabaseBytes() ≤ `budgetBytes` (≤ 0: no
// budget). Empty, or what failed.
QString trimRawSamples(QSqlDatabase& db, const std::vector<qint64>& series, qint64 budgetBytes);

// Since when the raw samples are complete, when a budget cut them shorter than their retention
// (the 1-minute rollups then reach further back than the oldest raw sample); 0 when they reach as
// far back as there is history.
qint64 rawSamplesKeptFromMs(QSqlDatabase& db, const std::vector<qint64>& series,
                            const HistoryRetention& retention, qint64 nowMs);

} // namespace gatehouse::metrics
