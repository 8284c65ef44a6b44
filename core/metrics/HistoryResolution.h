#pragma once

#include <QtGlobal>

// Which table answers a history query: raw samples for short recent ranges, 1-minute rollups up to
// a week, 1-hour rollups beyond — each only while its retention still covers the range's start.
namespace gatehouse::metrics {

enum class Resolution
{
    Raw,
    Minute,
    Hour,
};

struct HistoryRetention
{
    int rawHours = 48;
    int minuteDays = 30;
    int hourDays = 400;
    // Once the history database holds more, the oldest raw samples go first (RawSampleBudget);
    // 0: no budget. 2 GiB hold about 90 million raw samples (24 bytes each with their rollups):
    // 48 hours of some 500 series a second.
    int rawBudgetMiB = 2048;

    bool operator==(const HistoryRetention&) const = default;
};

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// Raw up to 6 hours, 1-minute rollups up to 7 days, else 1-hour rollups; a coarser one when the
// finer one's retention no longer reaches back to `fromMs` — nor, for raw samples cut short by
// their disk budget, `rawKeptFromMs` (rawSamplesKeptFromMs(); 0: not cut).
Resolution chooseResolution(qint64 fromMs, qint64 toMs, qint64 nowMs, const HistoryRetention& retention,
                            qint64 rawKeptFromMs = 0);

} // namespace gatehouse::metrics
