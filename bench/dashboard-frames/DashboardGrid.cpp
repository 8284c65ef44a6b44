#include "DashboardGrid.h"

#include "ui/charts/TimeChart.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QGraphicsView>
#include <QGridLayout>

#include <cmath>

namespace gatehouse::bench {

using ui::ChartSeries;

namespace {

QList<ui::DashboardChartLine> linesOf(const ui::DashboardChartSpec& spec)
{
    QList<ui::DashboardChartLine> lines = spec.lines;
    if (!spec.seriesPrefix.isEmpty()) {
        for (const char* code : {"429", "500", "503"})
            lines.append({spec.seriesPrefix + QLatin1String(code), QLatin1String(code)});
    }
    return lines;
}

} // namespace

DashboardGrid::DashboardGrid(int charts, int columns, int historySeconds, qint64 nowMs)
    : m_historySeconds(historySeconds)
{
    const QList<ui::DashboardChartSpec> specs = ui::dashboardCharts();
    auto* grid = new QGridLayout(this);
    grid->setSpacing(16);
    for (int i = 0; i < charts; ++i) {
        const ui::DashboardChartSpec& spec = specs[i % specs.size()];
        const QString title =
            i < specs.size() ? spec.title : spec.title + QStringLiteral(" %1").arg(i / specs.size() + 1);
        Chart c{new ui::TimeChart(title, this), {}, {}};
        c.widget->setValueFormatter(spec.format);
        c.widget->setAxisUnit(spec.axisUnit);
        c.widget->setMinimumHeight(220);
        grid->addWidget(c.widget, i / columns, i % columns);
        for (const ui::DashboardChartLine& line : linesOf(spec)) {
            ChartSeries s;
            s.id = line.series;
            s.title = line.title;
            s.shape = spec.shape;
            const double level = 50.0 * double(c.series.size() + 1);
            s.points.reserve(std::size_t(historySeconds) + 1);
            for (int t = historySeconds - 1; t >= 0; --t) {
                const qint64 ms = nowMs - qint64(t) * 1000;
                s.points.push_back({double(ms), nextValue(s, level, ms)});
            }
            c.series.append(std::move(s));
            c.levels.append(level);
        }
        m_charts.append(std::move(c));
    }
    refresh(nowMs);
}

double DashboardGrid::nextValue(const ChartSeries& line, double level, qint64 ms)
{
    std::uniform_real_distribution<double> unit(0, 1);
    if (line.shape == ChartSeries::Shape::Spiky) { // latency-like: log-normal, a rare spike
        std::lognormal_distribution<double> noise(0, 0.4);
        return level * noise(m_random) * (unit(m_random) < 1e-3 ? 20 : 1);
    }
    return level * (1 + 0.2 * std::sin(double(ms) / 600'000)) + level * 0.05 * unit(m_random);
}

void DashboardGrid::appendSecond(qint64 ms)
{
    for (Chart& c : m_charts) {
        for (qsizetype i = 0; i < c.series.size(); ++i) {
            auto& points = c.series[i].points;
            points.erase(points.begin());
            points.push_back({double(ms), nextValue(c.series[i], c.levels[i], ms)});
        }
    }
}

void DashboardGrid::refresh(qint64 nowMs)
{
    const qint64 span = qint64(m_historySeconds) * 1000;
    for (Chart& c : m_charts) {
        // As GatewayDashboard's live refresh: the new range, drawn with the points that follow.
        c.widget->setTimeRange(nowMs - span, nowMs, ui::TimeChart::Redraw::WithNextSeries);
        c.widget->setSeries(c.series); // a copy, as the dashboard hands over what it read
    }
}

void DashboardGrid::requestRepaint()
{
    for (QWidget* viewport : plotViewports())
        viewport->update();
}

QList<QWidget*> DashboardGrid::plotViewports() const
{
    QList<QWidget*> viewports;
    for (const Chart& c : m_charts) {
        for (QGraphicsView* view : c.widget->findChildren<QGraphicsView*>()) {
            if (!view->viewport()->visibleRegion().isEmpty()) // scrolled out of view: no paint to wait for
                viewports.append(view->viewport());
        }
    }
    return viewports;
}

int DashboardGrid::lineCount() const
{
    int n = 0;
    for (const Chart& c : m_charts)
        n += int(c.series.size());
    return n;
}

int DashboardGrid::drawnPoints() const
{
    int n = 0;
    for (const Chart& c : m_charts) {
        for (int i = 0; i < int(c.series.size()); ++i)
            n += c.widget->drawnPointCount(i);
    }
    return n;
}

} // namespace gatehouse::bench
