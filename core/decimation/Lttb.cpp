#include "core/decimation/Lttb.h"

#include <cmath>

namespace gatehouse::decimation {

std::vector<PlotPoint> decimateLttb(std::span<const PlotPoint> points, std::size_t threshold)
{
    const std::size_t n = points.size();
    if (threshold < 3 || threshold >= n)
        return {points.begin(), points.end()};

    std::vector<PlotPoint> out;
    out.reserve(threshold);
    // Bucket size, leaving the first and last point out of the buckets.
    const double every = double(n - 2) / double(threshold - 2);
    std::size_t a = 0;
    out.push_back(points[0]);
    for (std::size_t i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the triangle's third corner.
        std::size_t avgStart = std::size_t(std::floor(double(i + 1) * every)) + 1;
        std::size_t avgEnd = std::size_t(std::floor(double(i + 2) * every)) + 1;
        if (avgEnd > n)
            avgEnd = n;
        double avgX = 0;
        double avgY = 0;
        for (std::size_t j = avgStart; j < avgEnd; ++j) {
            avgX += points[j].x;
            avgY += points[j].y;
        }
        const double avgCount = double(avgEnd - avgStart);
        avgX /= avgCount;
        avgY /= avgCount;

        const std::size_t from = std::size_t(std::floor(double(i) * every)) + 1;
        const std::size_t to = std::size_t(std::floor(double(i + 1) * every)) + 1;
        const PlotPoint& pa = points[a];
        double maxArea = -1;
        std::size_t chosen = from;
        for (std::size_t j = from; j < to; ++j) {
            const double area =
                std::abs((pa.x - avgX) * (points[j].y - pa.y) - (pa.x - points[j].x) * (avgY - pa.y)) * 0.5;
            if (area > maxArea) {
                maxArea = area;
                chosen = j;
            }
        }
        out.push_back(points[chosen]);
        a = chosen;
    }
    out.push_back(points[n - 1]);
    return out;
}

} // namespace gatehouse::decimation
