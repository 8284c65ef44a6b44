#include "core/metrics/QueryRange.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::metrics {

namespace {

// Floor division that also rounds negative times down (before 1970: only in tests, but exact).
qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 wholeSecondsUp(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0)
        return 0;
    return qint64(std::ceil(seconds - 1e-9)); // 15.000000001 from a division is still 15
}

} // namespace

QueryRange chooseQueryRange(qint64 fromMs, qint64 toMs, int plotWidthPx, double scrapeIntervalSeconds,
                            qint64 minStepSeconds)
{
    toMs = std::max(toMs, fromMs);
    const qint64 from = floorDiv(fromMs, 1000);
    const qint64 to = floorDiv(toMs, 1000);
    qint64 step = std::max({minQueryStepSeconds, minStepSeconds, wholeSecondsUp(scrapeIntervalSeconds)});
    if (plotWidthPx > 0)
        step = std::max(step, ceilDiv(toMs - fromMs, qint64(plotWidthPx) * 1000));
    // Any step finer than span / 11,000 gives more points; from there, the first whose aligned grid fits.
    step = std::max(step, ceilDiv(to - from, maxQueryPoints));
    QueryRange range;
    for (;; ++step) {
        range = {floorDiv(from, step) * step, floorDiv(to, step) * step, step};
        if (range.points() <= maxQueryPoints)
            return range;
    }
}

qint64 chooseRateWindow(qint64 stepSeconds, double scrapeIntervalSeconds)
{
    const double interval = std::max(double(minQueryStepSeconds),
                                     std::isfinite(scrapeIntervalSeconds) ? scrapeIntervalSeconds : 0.0);
    return wholeSecondsUp(std::max(double(std::max<qint64>(stepSeconds, 0)) + interval, 4 * interval));
}

} // namespace gatehouse::metrics
