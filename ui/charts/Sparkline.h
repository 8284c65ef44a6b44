#pragma once

#include "core/decimation/PlotPoint.h"

#include <QColor>
#include <QRectF>

#include <span>

class QPainter;

// A small line of recent values without axes, for the gateway tiles. Drawn with QPainter (cheap
// enough for hundreds of tiles); LTTB keeps it to one point per pixel.
namespace gatehouse::ui {

void paintSparkline(QPainter& painter, const QRectF& rect, std::span<const decimation::PlotPoint> points,
                    const QColor& color);

} // namespace gatehouse::ui
