#include "core/decimation/M4.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::decimation {

namespace {

struct Column
{
    PlotPoint first, min, max, last;
    bool used = false;
};

void flush(const Column& c, std::vector<PlotPoint>& out)
{
    if (!c.used)
        return;
    // In x order, each point once (min and max may be the first or last point themselves).
    PlotPoint picked[4] = {c.first, c.min, c.max, c.last};
    std::sort(std::begin(picked), std::end(picked),
              [](const PlotPoint& a, const PlotPoint& b) { return a.x < b.x; });
    for (const PlotPoint& p : picked) {
        if (out.empty() || !(out.back() == p))
            out.push_back(p);
    }
}

} // namespace

std::vector<PlotPoint> decimateM4(std::span<const PlotPoint> points, double x0, double x1, int pixels)
{
    std::vector<PlotPoint> out;
    if (pixels <= 0 || !(x1 > x0) || points.empty())
        return out;
    const auto begin = std::lower_bound(points.begin(), points.end(), x0,
                                        [](const PlotPoint& p, double x) { return p.x < x; });
    const auto end =
        std::upper_bound(begin, points.end(), x1, [](double x, const PlotPoint& p) { return x < p.x; });
    out.reserve(std::min<std::size_t>(std::size_t(end - begin), std::size_t(pixels) * 4) + 2);

    for (auto it = begin; it != points.begin();) {
        --it;
        if (!std::isnan(it->y)) {
            out.push_back(*it);
            break;
        }
    }

    const double columnWidth = (x1 - x0) / pixels;
    Column column;
    int current = -1;
    for (auto it = begin; it != end; ++it) {
        const PlotPoint& p = *it;
        if (std::isnan(p.y))
            continue;
        const int index = std::min(pixels - 1, int((p.x - x0) / columnWidth));
        if (index != current) {
            flush(column, out);
            column = {p, p, p, p, true};
            current = index;
            continue;
        }
        if (p.y < column.min.y)
            column.min = p;
        if (p.y > column.max.y)
            column.max = p;
        column.last = p;
    }
    flush(column, out);

    for (auto it = end; it != points.end(); ++it) {
        if (!std::isnan(it->y)) {
            out.push_back(*it);
            break;
        }
    }
    return out;
}

} // namespace gatehouse::decimation
