#pragma once

#include "ui/charts/ChartSeries.h"

#include <QList>
#include <QWidget>

#include <functional>

class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

// A time chart of several series, the one chart widget the console uses (Qt Charts stays behind
// it). It holds the series at full resolution and hands Qt Charts at most 4 points per horizontal
// pixel per series — M4 for spiky series, LTTB for trends — decimating again on every zoom, pan and
// resize. Wheel zooms around the cursor, a drag zooms into the selected range, Shift+drag or a
// middle-button drag pans; hovering shows every series' value at that time.
// The context menu zooms out and exports the chart as PNG and its points as CSV.
// A chart nobody sees — hidden, or scrolled out of view — keeps new points and ranges and hands
// them to Qt Charts when it is seen again (or asked what it draws): a dashboard's unseen charts
// cost no decimation and no layout on a live refresh.
namespace gatehouse::ui {

class TimeChartView;

class TimeChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimeChart(const QString& title, QWidget* parent = nullptr);
    ~TimeChart() override;

    QString title() const;
    // Turns a value into axis and read-out text, e.g. "120 ms" (default: 4 significant digits).
    void setValueFormatter(std::function<QString(double)> formatter);
    // The unit after each value-axis label, e.g. "ms" or "%".
    void setAxisUnit(const QString& unit);

    void setSeries(QList<ChartSeries> series);
    const QList<ChartSeries>& series() const { return m_series; }

    // The visible time range in ms since the epoch; re-decimates now, or with `Redraw::WithNextSeries`
    // at the next setSeries() (a live refresh that is about to hand over new points anyway: one
    // layout of every line instead of two).
    enum class Redraw
    {
        Now,
        WithNextSeries
    };
    void setTimeRange(qint64 fromMs, qint64 toMs, Redraw redraw = Redraw::Now);
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

    // Points currently handed to Qt Charts for series `index` (after decimation).
    int drawnPointCount(int index) const;
    int plotWidthPixels() const;
    QString readout() const;
    // The read-out for the given time, as hovering there shows it. With more lines than a legend
    // can name (maxLegendLines, e.g. a fleet's instances), the legend is hidden and the read-out
    // names the highest few at that time and how many more there are.
    void showReadoutAt(qint64 ms);
    bool legendShown() const;
    static constexpr int maxLegendLines = 8;
    static constexpr int readoutLinesWhenMany = 5;

    // New points or a range wait for the chart to be seen (see above).
    bool redrawPending() const { return m_redrawPending; }

    bool exportPng(const QString& path) const;
    bool exportCsv(const QString& path) const;

signals:
    // The user zoomed or panned: the owner may load another resolution for the new range.
    void timeRangeChangedByUser(qint64 fromMs, qint64 toMs);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void redecimate();
    // redecimate() now when the chart can be seen, else when it is (redrawPending()).
    void redecimateWhenSeen();
    // What is pending, now: for the queries that tell what the chart draws.
    void catchUp() const;
    void applyPalette();
    void changeRangeByUser(double from, double to);
    void updateTimeFormat();
    QString formatValue(double v) const;

    QString m_title;
    QChart* m_chart;
    TimeChartView* m_view;
    QLabel* m_titleLabel;
    QLabel* m_readout;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QList<QLineSeries*> m_lines;
    QList<ChartSeries> m_series;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_updatingAxes = false;
    bool m_redrawPending = false;
    std::function<QString(double)> m_formatter;
};

} // namespace gatehouse::ui
