#include "core/metrics/ScrapeBackoff.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::metrics {

int scrapeBackoffMs(int intervalMs, int failures, double jitter)
{
    const double cap = std::max<double>(maxBackoffMs, intervalMs);
    const int doublings = std::clamp(failures - 1, 0, 30);
    const double full = std::min(cap, double(intervalMs) * std::ldexp(1.0, doublings));
    return int(full * (1.0 - 0.5 * std::clamp(jitter, 0.0, 1.0)));
}

} // namespace gatehouse::metrics
