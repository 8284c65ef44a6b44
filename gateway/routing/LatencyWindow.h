#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>

namespace gatehouse::gateway {

// The durations of an upstream's most recent attempts (a ring of the last 512), for the admin
// API's p50/p95: exact over the window, so a slow minute shows at once and fades as it passes.
// Not thread-safe; UpstreamPool guards it.
class LatencyWindow
{
public:
    static constexpr std::size_t capacity = 512;

    void add(std::chrono::steady_clock::duration took);
    // The q-quantile (0 < q <= 1) in milliseconds by nearest rank; nullopt while empty.
    std::optional<double> quantileMs(double q) const;
    std::size_t size() const { return m_size; }

private:
    std::array<double, capacity> m_ms{};
    std::size_t m_next = 0;
    std::size_t m_size = 0;
};

} // namespace gatehouse::gateway
