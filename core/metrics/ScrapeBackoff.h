#pragma once

// How long the poller waits before scraping a target that is down again: the interval doubled
// per consecutive failure, capped at max(5 minutes, interval), then jittered down by up to half
// so that many targets that failed together (a network blip) do not come back in lock step.
namespace gatehouse::metrics {

constexpr int maxBackoffMs = 5 * 60 * 1000;

// failures ≥ 1; jitter in [0, 1) (0 → the full delay, close to 1 → half of it).
int scrapeBackoffMs(int intervalMs, int failures, double jitter);

} // namespace gatehouse::metrics
