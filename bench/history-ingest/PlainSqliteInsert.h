#pragma once

#include "ScrapeRounds.h"

#include <string>
#include <vector>

namespace gatehouse::bench {

// The floor beside History: the same rows into a table shaped like metric_samples (WITHOUT ROWID,
// keyed (series_id, ts)) with the sqlite3 C API, one prepared statement, one transaction per round,
// the console's pragmas (WAL, synchronous=NORMAL), series ids known up front, no rollups.
struct PlainInsertFigures
{
    int rounds = 0; // rounds[0], the warm-up, not included
    qint64 rowsPerRound = 0;
    double seconds = 0;
    double processCpuSeconds = 0;
    qint64 samples = 0;
    qint64 databaseBytes = 0;
    std::string error;
};

PlainInsertFigures plainSqliteInsert(const std::string& databasePath, const std::vector<ScrapeRound>& rounds);

} // namespace gatehouse::bench
