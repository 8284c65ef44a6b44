#include "ui/charts/TimeChartView.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace gatehouse::ui {

TimeChartView::TimeChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
}

double TimeChartView::xAt(const QPointF& position) const
{
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(position.toPoint()))).x();
}

void TimeChartView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    emit zoomRequested(xAt(event->position()), std::pow(0.8, steps));
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_panStartX = xAt(event->position());
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // the context menu follows; Qt's rubber band would zoom out instead
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent* event)
{
    const double x = xAt(event->position());
    if (m_panning) {
        emit panRequested(m_panStartX - x);
        event->accept();
        return;
    }
    emit hovered(x);
    QChartView::mouseMoveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->ignore(); // leaves it to the context menu
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChartView::leaveEvent(QEvent* event)
{
    emit hovered(std::numeric_limits<double>::quiet_NaN());
    QChartView::leaveEvent(event);
}

} // namespace gatehouse::ui
