#pragma once

#include "core/metrics/ScrapeReport.h"

#include <vector>

namespace gatehouse::bench {

// One scrape round: a ScrapeReport per gateway, all with the same start time.
using ScrapeRound = std::vector<metrics::ScrapeReport>;

// `rounds` rounds, `intervalMs` apart from `firstMs`, for `gateways` gateways (ids 1..n) that
// store `series` series in all: per gateway "up", the canonical signals with three error codes,
// and raw samples shaped like a gateway's exposition for the rest. Every round gets series names
// of its own, as ScrapeProcessor builds them afresh from each scrape, and values that change.
std::vector<ScrapeRound> buildScrapeRounds(int series, int gateways, qint64 firstMs, qint64 intervalMs,
                                           int rounds);

// The series a round stores, counted as HistoryWriter counts rows ("up" included).
qsizetype storedSeries(const ScrapeRound& round);

} // namespace gatehouse::bench
