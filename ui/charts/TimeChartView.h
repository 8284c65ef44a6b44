#pragma once

#include <QtCharts/QChartView>

// The QChartView under a TimeChart: wheel zooms around the cursor, Shift+drag or a middle-button
// drag pans, a plain drag selects a range to zoom into (Qt's horizontal rubber band), right click
// opens the chart's context menu, and moving the mouse reports the time under it for the read-out.
namespace gatehouse::ui {

class TimeChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimeChartView(QChart* chart, QWidget* parent = nullptr);

signals:
    void hovered(double x); // in axis units (ms since the epoch); NaN when the mouse left
    void zoomRequested(double centerX, double factor); // factor < 1 zooms in
    void panRequested(double deltaX);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    double xAt(const QPointF& position) const;

    bool m_panning = false;
    double m_panStartX = 0;
};

} // namespace gatehouse::ui
