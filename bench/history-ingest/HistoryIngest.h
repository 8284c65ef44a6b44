#pragma once

#include "IngestOptions.h"
#include "ScrapeRounds.h"

#include <QString>

#include <vector>

namespace gatehouse::bench {

// What feeding scrape rounds to the console's history cost and left in the database.
struct IngestFigures
{
    int rounds = 0; // measured rounds (the warm-up round that creates the series not included)
    qint64 rowsPerRound = 0;
    double warmupSeconds = 0;     // the first round, which also creates every series (wall time)
    double seconds = 0;           // real time: the load period (rounds × interval); fast-forward: elapsed
    double processCpuSeconds = 0; // every thread of this process, final flush included
    double writerCpuSeconds = -1; // the history thread alone; -1 when it could not be read
    qint64 samples = 0;           // rows in metric_samples, 1-minute and 1-hour rollups at the end
    qint64 minuteRollups = 0;
    qint64 hourRollups = 0;
    qint64 databaseBytes = 0; // the file with its write-ahead log
    QString error;            // what failed, empty when nothing did
};

// Feeds `rounds` to a metrics::History on a new database at `databasePath`, exactly as the
// console's main window does with each report the Poller emits (History::record). rounds[0] is
// the warm-up. Real time: one round every `intervalMs` on a timer, then a flush; fast-forward
// (`intervalMs` 0): every round back to back, then a flush.
IngestFigures ingestThroughHistory(const QString& databasePath, const std::vector<ScrapeRound>& rounds,
                                   int intervalMs, const IngestOptions& options);

} // namespace gatehouse::bench
