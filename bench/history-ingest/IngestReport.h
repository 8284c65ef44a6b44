#pragma once

#include "HistoryIngest.h"
#include "IngestOptions.h"
#include "PlainSqliteInsert.h"

namespace gatehouse::bench {

void printIngestHeader(const IngestOptions& options, const ScrapeRound& round);
void printRealTime(const IngestFigures& history);
void printFastForward(const IngestFigures& history, const PlainInsertFigures& plain);

// The target of issue #5: SQLite ingest of 5,000 series every second under 10 % of one core.
constexpr double targetPercentOfCore = 10;

} // namespace gatehouse::bench
