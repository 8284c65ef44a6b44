#pragma once

#include "ui/charts/ChartSeries.h"

#include <QList>
#include <QWidget>

#include <random>

namespace gatehouse::ui {
class TimeChart;
}

namespace gatehouse::bench {

// A dashboard-shaped window: `charts` TimeCharts in a grid `columns` wide, chart i drawing the
// series of the gateway dashboard's chart i (dashboardCharts(), from the start again after the
// last; "Errors by code" with codes 429, 500 and 503), each line `historySeconds` points one second
// apart up to `nowMs` — the "Last hour" range at full resolution.
class DashboardGrid : public QWidget
{
public:
    DashboardGrid(int charts, int columns, int historySeconds, qint64 nowMs);

    // One new point per line at `ms`; the oldest goes, so the span stays the same.
    void appendSecond(qint64 ms);
    // What GatewayDashboard does on a live refresh: every chart's range moved to end at `nowMs`
    // (setTimeRange), then its series handed over again (setSeries); both decimate.
    void refresh(qint64 nowMs);
    // Every chart's plot asked to repaint with nothing changed (the painting floor).
    void requestRepaint();

    QList<QWidget*> plotViewports() const; // where each chart in view paints its plot
    int lineCount() const;
    int pointsPerLine() const { return m_historySeconds; }
    int drawnPoints() const; // points handed to Qt Charts after decimation, every line

private:
    struct Chart
    {
        ui::TimeChart* widget;
        QList<ui::ChartSeries> series;
        QList<double> levels; // each line's typical value
    };
    double nextValue(const ui::ChartSeries& line, double level, qint64 ms);

    QList<Chart> m_charts;
    int m_historySeconds;
    std::mt19937 m_random{42};
};

} // namespace gatehouse::bench
