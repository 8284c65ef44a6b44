#include "ui/charts/Sparkline.h"

#include "core/decimation/Lttb.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gatehouse::ui {

void paintSparkline(QPainter& painter, const QRectF& rect, std::span<const decimation::PlotPoint> points,
                    const QColor& color)
{
    if (points.size() < 2 || rect.width() < 2)
        return;
    const auto drawn = decimation::decimateLttb(points, std::size_t(std::max(3.0, rect.width())));
    const auto [lo, hi] = std::minmax_element(drawn.begin(), drawn.end(),
                                              [](const auto& a, const auto& b) { return a.y < b.y; });
    const double y0 = std::min(0.0, lo->y);
    const double yRange = std::max(hi->y - y0, 1e-12);
    const double x0 = drawn.front().x;
    const double xRange = std::max(drawn.back().x - x0, 1e-12);
    QPainterPath line;
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const QPointF p(rect.left() + (drawn[i].x - x0) / xRange * rect.width(),
                        rect.bottom() - (drawn[i].y - y0) / yRange * rect.height());
        if (i == 0)
            line.moveTo(p);
        else
            line.lineTo(p);
    }
    QPainterPath area = line;
    area.lineTo(rect.right(), rect.bottom());
    area.lineTo(rect.left(), rect.bottom());
    area.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(0.15f);
    painter.fillPath(area, fill);
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(Qt::NoBrush); // the line only; a caller's brush would fill under its chord
    painter.drawPath(line);
    painter.restore();
}

} // namespace gatehouse::ui
