#pragma once

#include <QtGlobal>

// The time grid of one Prometheus range query (/api/v1/query_range), chosen so a chart gets no
// more points than it can show and the server never refuses the query, and the rate() window that
// goes with it. specs.md §5; the window follows PromQL's advice (≥ 4 scrape intervals, specs.md §4).
namespace gatehouse::metrics {

// Prometheus refuses a range query of more than 11,000 steps with 400 bad_data.
constexpr qint64 maxQueryPoints = 11000;
// The finest step asked for: scrape intervals below a second are rare and charts do not need them.
constexpr qint64 minQueryStepSeconds = 1;

// Points at start, start + step, …, end, in whole Unix seconds; start and end are multiples of step.
struct QueryRange
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 step = 1;

    qint64 points() const { return end < start || step <= 0 ? 0 : (end - start) / step + 1; }
    qint64 startMs() const { return start * 1000; }
    qint64 endMs() const { return end * 1000; }

    bool operator==(const QueryRange&) const = default;
};

// The grid for the span [fromMs, toMs] drawn `plotWidthPx` pixels wide (0 or less: no width to
// follow) from a server that scrapes every `scrapeIntervalSeconds`:
//   step = max(scrape interval (at least 1 s), span / width, span / 11,000), rounded up to whole
//          seconds, then raised until the aligned grid has at most 11,000 points;
//   start and end are aligned down to multiples of step, so the points of a chart that moves on
//   with time stay at the same instants and the lines do not jitter between refreshes.
// `minStepSeconds` lets a user ask for a coarser step (--step); it is raised to the same floor.
QueryRange chooseQueryRange(qint64 fromMs, qint64 toMs, int plotWidthPx, double scrapeIntervalSeconds,
                            qint64 minStepSeconds = minQueryStepSeconds);

// The rate() window for a step, in whole seconds: max(step + scrape interval, 4 × scrape interval).
// Four intervals give every window enough samples to be stable (PromQL's advice); step + interval
// makes consecutive windows overlap by a scrape, so no counter increase falls between two points.
qint64 chooseRateWindow(qint64 stepSeconds, double scrapeIntervalSeconds);

} // namespace gatehouse::metrics
