#include "core/metrics/HistoryResolution.h"

#include <algorithm>

namespace gatehouse::metrics {

Resolution chooseResolution(qint64 fromMs, qint64 toMs, qint64 nowMs, const HistoryRetention& retention,
                            qint64 rawKeptFromMs)
{
    const qint64 range = toMs - fromMs;
    if (range <= 6 * hourMs && fromMs >= std::max(nowMs - retention.rawHours * hourMs, rawKeptFromMs))
        return Resolution::Raw;
    if (range <= 7 * dayMs && fromMs >= nowMs - retention.minuteDays * dayMs)
        return Resolution::Minute;
    return Resolution::Hour;
}

} // namespace gatehouse::metrics
