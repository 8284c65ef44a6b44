#include "ui/charts/TimeChart.h"

#include "core/decimation/Lttb.h"
#include "core/decimation/M4.h"
#include "ui/charts/ChartExport.h"
#include "ui/charts/TimeChartView.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QLabel>
#include <QMenu>
#include <QShowEvent>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

namespace {

const QColor defaultColors[] = {QColor(0x3b, 0x82, 0xf6), QColor(0xf5, 0x9e, 0x0b), QColor(0xef, 0x44, 0x44),
                                QColor(0x10, 0xb9, 0x81), QColor(0x8b, 0x5c, 0xf6), QColor(0xec, 0x48, 0x99),
                                QColor(0x06, 0xb6, 0xd4), QColor(0x84, 0xcc, 0x16)};

// The smallest range a zoom may reach, so the axis never collapses.
constexpr double minimumRangeMs = 10'000;

} // namespace

TimeChart::TimeChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_chart(new QChart)
    , m_view(new TimeChartView(m_chart, this))
    , m_titleLabel(new QLabel(title, this))
    , m_readout(new QLabel(this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
{
    setAccessibleName(title);
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setTickCount(6);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_readout->setObjectName(QStringLiteral("readout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setMinimumWidth(0);
    m_readout->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addWidget(m_readout, 1);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_view->viewport()->installEventFilter(this);
    setMinimumSize(260, 180);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_fromMs = now - 3600 * 1000;
    m_toMs = now;

    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this,
            [this](const QDateTime& min, const QDateTime& max) {
                if (!m_updatingAxes) // Qt's rubber band zoomed the axis itself
                    changeRangeByUser(double(min.toMSecsSinceEpoch()), double(max.toMSecsSinceEpoch()));
            });
    connect(m_view, &TimeChartView::zoomRequested, this, [this](double center, double factor) {
        center = std::clamp(center, double(m_fromMs), double(m_toMs));
        changeRangeByUser(center - (center - double(m_fromMs)) * factor,
                          center + (double(m_toMs) - center) * factor);
    });
    connect(m_view, &TimeChartView::panRequested, this,
            [this](double delta) { changeRangeByUser(double(m_fromMs) + delta, double(m_toMs) + delta); });
    connect(m_view, &TimeChartView::hovered, this, [this](double x) {
        if (std::isnan(x))
            m_readout->clear();
        else
            showReadoutAt(qint64(x));
    });
    applyPalette();
    updateTimeFormat();
}

TimeChart::~TimeChart() = default;

QString TimeChart::title() const
{
    return m_title;
}

void TimeChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_formatter = std::move(formatter);
}

void TimeChart::setAxisUnit(const QString& unit)
{
    QString suffix = unit;
    suffix.replace(QLatin1Char('%'), QStringLiteral("%%")); // the label format is printf's
    m_valueAxis->setLabelFormat(suffix.isEmpty() ? QStringLiteral("%.4g") : QStringLiteral("%.4g ") + suffix);
}

QString TimeChart::formatValue(double v) const
{
    return m_formatter ? m_formatter(v) : QString::number(v, 'g', 4);
}

void TimeChart::setSeries(QList<ChartSeries> series)
{
    const bool sameShape =
        series.size() == m_series.size() && std::equal(series.begin(), series.end(), m_series.begin(),
                                                       [](const ChartSeries& a, const ChartSeries& b) {
                                                           return a.id == b.id && a.title == b.title;
                                                       });
    m_series = std::move(series);
    if (!sameShape) {
        for (QLineSeries* line : m_lines) {
            m_chart->removeSeries(line);
            delete line;
        }
        m_lines.clear();
        for (qsizetype i = 0; i < m_series.size(); ++i) {
            auto* line = new QLineSeries(m_chart);
            line->setName(m_series[i].title);
            const QColor color = m_series[i].color.isValid()
                                     ? m_series[i].color
                                     : defaultColors[std::size_t(i) % std::size(defaultColors)];
            QPen pen(color, 1.6);
            line->setPen(pen);
            m_chart->addSeries(line);
            line->attachAxis(m_timeAxis);
            line->attachAxis(m_valueAxis);
            m_lines.append(line);
        }
        // A legend of a fleet's many instances would cover the plot: the read-out names them.
        m_chart->legend()->setVisible(m_series.size() > 1 && m_series.size() <= maxLegendLines);
    }
    redecimateWhenSeen();
    if (!sameShape && m_series.size() > maxLegendLines && m_readout->text().isEmpty())
        m_readout->setText(tr("%n lines: hover the plot to read the highest", nullptr, int(m_series.size())));
}

void TimeChart::setTimeRange(qint64 fromMs, qint64 toMs, Redraw redraw)
{
    if (toMs <= fromMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    updateTimeFormat();
    if (redraw == Redraw::Now)
        redecimateWhenSeen();
}

void TimeChart::changeRangeByUser(double from, double to)
{
    if (to - from < minimumRangeMs) {
        const double center = (from + to) / 2;
        from = center - minimumRangeMs / 2;
        to = center + minimumRangeMs / 2;
    }
    const qint64 f = qint64(std::llround(from));
    const qint64 t = qint64(std::llround(to));
    if (f == m_fromMs && t == m_toMs)
        return;
    setTimeRange(f, t);
    emit timeRangeChangedByUser(m_fromMs, m_toMs);
}

int TimeChart::plotWidthPixels() const
{
    const int width = int(m_chart->plotArea().width());
    return width > 10 ? width : std::max(100, m_view->width() - 60);
}

// Qt Charts recomputes a line's whole geometry (its path and the stroked hover shape, the bulk of
// a refresh) whenever its points or either axis change. So the new points are worked out first,
// the lines emptied, the axes set while there is nothing to lay out, and only then each line
// given its points: one geometry per line per refresh instead of one per line and axis change.
void TimeChart::redecimate()
{
    m_redrawPending = false;
    const int pixels = plotWidthPixels();
    double lo = 0;
    double hi = 0;
    bool any = false;
    QList<QList<QPointF>> lines(std::min(m_series.size(), m_lines.size()));
    for (qsizetype i = 0; i < m_series.size() && i < m_lines.size(); ++i) {
        const ChartSeries& s = m_series[i];
        std::vector<decimation::PlotPoint> drawn;
        if (s.shape == ChartSeries::Shape::Spiky) {
            drawn = decimation::decimateM4(s.points, double(m_fromMs), double(m_toMs), pixels);
        } else {
            // The visible part plus one neighbour each side, then one point per pixel.
            auto begin = std::lower_bound(s.points.begin(), s.points.end(), double(m_fromMs),
                                          [](const auto& p, double x) { return p.x < x; });
            auto end = std::upper_bound(begin, s.points.end(), double(m_toMs),
                                        [](double x, const auto& p) { return x < p.x; });
            if (begin != s.points.begin())
                --begin;
            if (end != s.points.end())
                ++end;
            std::vector<decimation::PlotPoint> visible;
            for (auto it = begin; it != end; ++it) {
                if (!std::isnan(it->y))
                    visible.push_back(*it);
            }
            drawn = decimation::decimateLttb(visible, std::size_t(pixels));
        }
        QList<QPointF>& points = lines[i];
        points.reserve(qsizetype(drawn.size()));
        for (const auto& p : drawn) {
            points.append(QPointF(p.x, p.y));
            if (p.x >= double(m_fromMs) && p.x <= double(m_toMs)) {
                lo = any ? std::min(lo, p.y) : p.y;
                hi = any ? std::max(hi, p.y) : p.y;
                any = true;
            }
        }
    }
    for (QLineSeries* line : std::as_const(m_lines)) {
        if (line->count() > 0)
            line->clear();
    }
    m_updatingAxes = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    // An empty chart says so instead of showing a made-up scale.
    m_valueAxis->setLabelsVisible(any);
    if (!any) {
        lo = 0;
        hi = 1;
        if (m_readout->text().isEmpty() || m_readout->property("empty").toBool()) {
            m_readout->setText(tr("no data in this range"));
            m_readout->setProperty("empty", true);
        }
    } else if (m_readout->property("empty").toBool()) {
        m_readout->clear();
        m_readout->setProperty("empty", false);
    }
    lo = std::min(0.0, lo);
    if (hi <= lo)
        hi = lo + 1;
    m_valueAxis->setRange(lo, hi + (hi - lo) * 0.08);
    m_valueAxis->applyNiceNumbers(); // ticks on round values
    m_updatingAxes = false;
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_lines[i]->replace(lines[i]);
}

void TimeChart::updateTimeFormat()
{
    const qint64 range = m_toMs - m_fromMs;
    if (range <= 10 * 60 * 1000)
        m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    else if (range <= 2 * 24 * 3600 * 1000LL)
        m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    else
        m_timeAxis->setFormat(QStringLiteral("d MMM"));
}

int TimeChart::drawnPointCount(int index) const
{
    catchUp();
    return index >= 0 && index < m_lines.size() ? int(m_lines[index]->count()) : 0;
}

QString TimeChart::readout() const
{
    catchUp();
    return m_readout->text();
}

void TimeChart::showReadoutAt(qint64 ms)
{
    struct Part
    {
        double value;
        QString text;
    };
    QList<Part> parts;
    for (const ChartSeries& s : m_series) {
        const auto it = std::lower_bound(s.points.begin(), s.points.end(), double(ms),
                                         [](const auto& p, double x) { return p.x < x; });
        const decimation::PlotPoint* nearest = nullptr;
        if (it != s.points.end())
            nearest = &*it;
        if (it != s.points.begin() && (!nearest || double(ms) - (it - 1)->x < nearest->x - double(ms)))
            nearest = &*(it - 1);
        if (nearest)
            parts.append({nearest->y, QStringLiteral("%1 %2").arg(s.title, formatValue(nearest->y))});
    }
    QStringList shown;
    if (parts.size() > maxLegendLines) {
        std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
            return (std::isnan(a.value) ? -INFINITY : a.value) > (std::isnan(b.value) ? -INFINITY : b.value);
        });
        for (qsizetype i = 0; i < readoutLinesWhenMany; ++i)
            shown << parts.at(i).text;
        shown << tr("%n more", nullptr, int(parts.size() - readoutLinesWhenMany));
    } else {
        for (const Part& part : std::as_const(parts))
            shown << part.text;
    }
    m_readout->setProperty("empty", false);
    const QString time = QDateTime::fromMSecsSinceEpoch(ms).toString(
        m_toMs - m_fromMs > 2 * 24 * 3600 * 1000LL ? QStringLiteral("d MMM HH:mm")
                                                   : QStringLiteral("HH:mm:ss"));
    m_readout->setText(shown.isEmpty() ? time
                                       : time + QStringLiteral("  ") + shown.join(QStringLiteral(" · ")));
}

bool TimeChart::legendShown() const
{
    return m_chart->legend()->isVisible();
}

bool TimeChart::exportPng(const QString& path) const
{
    catchUp();
    return m_view->grab().save(path, "PNG");
}

bool TimeChart::exportCsv(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(chartCsv(m_series, m_fromMs, m_toMs).toUtf8()) >= 0 && file.flush();
}

void TimeChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    redecimateWhenSeen();
}

void TimeChart::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    catchUp();
}

// Scrolled into view: the plot is painted again; what waited is handed over before it paints.
bool TimeChart::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport())
        catchUp();
    return QWidget::eventFilter(watched, event);
}

void TimeChart::redecimateWhenSeen()
{
    if (isVisible() && !visibleRegion().isEmpty()) {
        redecimate();
        return;
    }
    m_redrawPending = true;
}

void TimeChart::catchUp() const
{
    // Lazy: what the chart draws is only worked out when it is seen or asked, hence the cast.
    if (m_redrawPending)
        const_cast<TimeChart*>(this)->redecimate();
}

void TimeChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void TimeChart::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_view->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void TimeChart::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Zoom out"), this, [this] {
        const double half = double(m_toMs - m_fromMs);
        const double center = double(m_fromMs + m_toMs) / 2;
        changeRangeByUser(center - half, center + half);
    });
    menu.addSeparator();
    menu.addAction(tr("Export as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), m_title + QStringLiteral(".png"), tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    menu.addAction(tr("Export data as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart data"), m_title + QStringLiteral(".csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    menu.exec(event->globalPos());
}

} // namespace gatehouse::ui
