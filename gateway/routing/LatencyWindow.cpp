#include "gateway/routing/LatencyWindow.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gatehouse::gateway {

void LatencyWindow::add(std::chrono::steady_clock::duration took)
{
    m_ms[m_next] = std::chrono::duration<double, std::milli>(took).count();
    m_next = (m_next + 1) % capacity;
    m_size = std::min(m_size + 1, capacity);
}

std::optional<double> LatencyWindow::quantileMs(double q) const
{
    if (m_size == 0)
        return std::nullopt;
    std::vector<double> sorted(m_ms.begin(), m_ms.begin() + static_cast<std::ptrdiff_t>(m_size));
    const auto rank =
        static_cast<std::size_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(m_size)));
    const std::size_t index = rank == 0 ? 0 : rank - 1;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(index), sorted.end());
    return sorted[index];
}

} // namespace gatehouse::gateway
