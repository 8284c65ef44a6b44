#include "ui/dashboard/GatewayDashboard.h"

#include "core/metrics/FleetSource.h"
#include "core/metrics/History.h"
#include "core/metrics/HistoryReader.h"
#include "core/metrics/Poller.h"
#include "core/metrics/ProfileLoader.h"
#include "core/registry/GatewayRegistry.h"
#include "ui/charts/TimeChart.h"
#include "ui/dashboard/FleetCharts.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

using namespace gatehouse::metrics;

namespace {

struct RangeChoice
{
    const char* label;
    qint64 spanMs; // 0: custom
};

const RangeChoice rangeChoices[] = {
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 5 minutes"), 5 * minuteMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 15 minutes"), 15 * minuteMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last hour"), hourMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 6 hours"), 6 * hourMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 24 hours"), dayMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 7 days"), 7 * dayMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Last 30 days"), 30 * dayMs},
    {QT_TRANSLATE_NOOP("gatehouse::ui::GatewayDashboard", "Custom…"), 0},
};

QList<QList<ChartSeries>> loadCharts(ConsoleDatabase& database, const QList<DashboardChartSpec>& specs,
                                     qint64 gatewayId, qint64 fromMs, qint64 toMs, Resolution resolution)
{
    HistoryReader reader(database);
    QList<QList<ChartSeries>> result;
    for (const DashboardChartSpec& spec : specs) {
        QList<DashboardChartLine> lines = spec.lines;
        if (!spec.seriesPrefix.isEmpty()) {
            for (const QString& name : reader.seriesNames(gatewayId, spec.seriesPrefix))
                lines.append({name, name.mid(spec.seriesPrefix.size())});
        }
        QList<ChartSeries> chart;
        for (const DashboardChartLine& line : lines) {
            ChartSeries s;
            s.id = line.series;
            s.title = line.title;
            s.shape = spec.shape;
            const auto points = reader.query(gatewayId, line.series, fromMs, toMs, resolution);
            s.points.reserve(points.size());
            for (const HistoryPoint& p : points)
                s.points.push_back({double(p.ms), p.value * spec.scale});
            chart.append(std::move(s));
        }
        result.append(chart);
    }
    return result;
}

} // namespace

GatewayDashboard::GatewayDashboard(Poller& poller, History& history, QWidget* parent)
    : QWidget(parent)
    , m_poller(poller)
    , m_history(history)
    , m_specs(dashboardCharts())
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_refresh(new QTimer(this))
{
    auto* back = new QPushButton(tr("← All gateways"), this);
    back->setObjectName(QStringLiteral("backButton"));
    connect(back, &QPushButton::clicked, this, &GatewayDashboard::backRequested);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("gatewayStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    for (const RangeChoice& choice : rangeChoices)
        m_range->addItem(tr(choice.label), choice.spanMs);
    m_range->setAccessibleName(tr("Time range"));
    m_range->setCurrentIndex(0);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop following the clock; zooming or panning a chart also pauses"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addStretch(1);
    auto* alerts = new QPushButton(tr("Alerts…"), this);
    alerts->setObjectName(QStringLiteral("alertsButton"));
    alerts->setToolTip(tr("Thresholds that raise a tray notification and an alert-log entry"));
    connect(alerts, &QPushButton::clicked, this, [this] { emit alertsRequested(m_gatewayId); });
    bar->addWidget(m_range);
    bar->addWidget(m_pause);
    bar->addWidget(alerts);

    auto* grid = new QGridLayout;
    grid->setSpacing(16);
    for (int i = 0; i < m_specs.size(); ++i) {
        auto* chart = new TimeChart(m_specs[i].title, this);
        chart->setObjectName(QStringLiteral("chart%1").arg(i));
        chart->setValueFormatter(m_specs[i].format);
        chart->setAxisUnit(m_specs[i].axisUnit);
        chart->setMinimumHeight(220);
        grid->addWidget(chart, i / 2, i % 2);
        connect(chart, &TimeChart::timeRangeChangedByUser, this, [this](qint64 from, qint64 to) {
            setPaused(true);
            applyRange(from, to);
        });
        m_charts.append(chart);
    }
    auto* chartsHost = new QWidget(this);
    chartsHost->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(chartsHost);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_range, &QComboBox::activated, this, &GatewayDashboard::setRangeIndex);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        if (!paused)
            setRangeIndex(m_range->currentIndex() == m_range->count() - 1 ? 0 : m_range->currentIndex());
    });
    m_refresh->setInterval(5000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isPaused())
            return;
        const qint64 span = m_range->currentData().toLongLong();
        if (span == 0)
            return; // a custom range does not follow the clock
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        applyRange(now - span, now, true);
    });
    connect(&m_poller, &Poller::reported, this, [this](const ScrapeReport& r) {
        if (r.gatewayId == m_gatewayId && !m_fleetCharts)
            updateStatus(&r);
    });
}

void GatewayDashboard::setFleetAccess(GatewayRegistry* registry, SecretStore* secrets)
{
    m_registry = registry;
    m_secrets = secrets;
}

GatewayDashboard::~GatewayDashboard()
{
    ++m_generation; // results still on their way are dropped
}

void GatewayDashboard::showGateway(qint64 gatewayId, const QString& name, const QString& instance)
{
    m_gatewayId = gatewayId;
    m_title->setText(name);
    delete m_fleetCharts;
    m_fleetCharts = nullptr;
    const std::optional<GatewayProfile> entry = m_registry ? m_registry->find(gatewayId) : std::nullopt;
    if (entry && entry->kind == GatewayKind::PrometheusServer) {
        if (std::optional<PrometheusEndpoint> endpoint = prometheusEndpointFor(*entry)) {
            auto source = std::make_unique<FleetSource>(*endpoint, loadProfiles(userProfileFolder()).profiles,
                                                        m_secrets);
            if (!instance.isEmpty())
                source->setExtraMatchers({instanceMatcher(instance)});
            m_fleetCharts = new FleetCharts(std::move(source), this);
            connect(m_fleetCharts, &FleetCharts::finished, this, &GatewayDashboard::showFleetCharts);
            m_status->setText(tr("Asking %1 for the gateways it scrapes…").arg(endpoint->displayName()));
        }
    }
    // Alert thresholds belong to a polled gateway; a fleet's alerts are Prometheus's (Alertmanager).
    if (auto* alerts = findChild<QPushButton*>(QStringLiteral("alertsButton")))
        alerts->setVisible(!m_fleetCharts);
    setPaused(false);
    setRangeIndex(m_range->currentIndex() == m_range->count() - 1 ? 0 : m_range->currentIndex());
    if (!m_fleetCharts) {
        updateStatus(nullptr);
        m_poller.scrapeNow(gatewayId);
    }
}

TimeChart* GatewayDashboard::chart(const QString& title) const
{
    for (TimeChart* c : m_charts) {
        if (c->title() == title)
            return c;
    }
    return nullptr;
}

bool GatewayDashboard::isPaused() const
{
    return m_pause->isChecked();
}

void GatewayDashboard::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void GatewayDashboard::setRangeIndex(int index)
{
    if (index < 0 || index >= m_range->count())
        return;
    m_range->setCurrentIndex(index);
    const qint64 span = m_range->itemData(index).toLongLong();
    if (span == 0) {
        chooseCustomRange();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    applyRange(now - span, now);
}

void GatewayDashboard::chooseCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom time range"));
    auto* form = new QFormLayout(&dialog);
    auto* from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_fromMs), &dialog);
    auto* to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_toMs), &dialog);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || from->dateTime() >= to->dateTime())
        return;
    setPaused(true);
    applyRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
}

void GatewayDashboard::applyRange(qint64 fromMs, qint64 toMs, bool live)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    const bool follows = live && m_gatewayId != 0; // reload() hands the charts new points
    for (TimeChart* c : m_charts)
        c->setTimeRange(fromMs, toMs, follows ? TimeChart::Redraw::WithNextSeries : TimeChart::Redraw::Now);
    reload();
}

void GatewayDashboard::reload()
{
    if (m_gatewayId == 0)
        return;
    const quint64 generation = ++m_generation;
    if (m_fleetCharts) {
        const int width = m_charts.isEmpty() ? 0 : m_charts.first()->width();
        m_fleetCharts->load(m_specs, m_fromMs, m_toMs, width);
        return;
    }
    const Resolution resolution = chooseResolution(m_fromMs, m_toMs, QDateTime::currentMSecsSinceEpoch(),
                                                   m_history.retention(), m_history.rawSamplesKeptFromMs());
    ConsoleDatabase* database = &m_history.database();
    QPointer<GatewayDashboard> self(this);
    const auto specs = m_specs;
    const qint64 gatewayId = m_gatewayId;
    const qint64 from = m_fromMs;
    const qint64 to = m_toMs;
    QThreadPool::globalInstance()->start([=] {
        auto loaded = loadCharts(*database, specs, gatewayId, from, to, resolution);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, loaded = std::move(loaded)]() mutable {
                if (!self || generation != self->m_generation)
                    return;
                for (qsizetype i = 0; i < loaded.size() && i < self->m_charts.size(); ++i)
                    self->m_charts[i]->setSeries(std::move(loaded[i]));
                emit self->loaded();
            },
            Qt::QueuedConnection);
    });
}

void GatewayDashboard::showFleetCharts(QList<QList<ChartSeries>> charts, const QString& error)
{
    for (qsizetype i = 0; i < charts.size() && i < m_charts.size(); ++i)
        m_charts[i]->setSeries(std::move(charts[i]));
    const QString server = m_fleetCharts->source().endpoint().displayName();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_fleetCharts->instanceCount() == 0)
        m_status->setText(tr("%1 has no samples of a known gateway in this range; check that it scrapes "
                             "them (its targets page) and that their kind has a profile.")
                              .arg(server));
    else
        m_status->setText(tr("Fleet through %1 · %n gateway(s) · step %2 s, rates over %3 s", nullptr,
                             m_fleetCharts->instanceCount())
                              .arg(server)
                              .arg(m_fleetCharts->stepSeconds())
                              .arg(m_fleetCharts->rateWindowSeconds()));
    emit loaded();
}

void GatewayDashboard::updateStatus(const ScrapeReport* report)
{
    const TargetState s = m_poller.state(m_gatewayId);
    if (!s.known) {
        m_status->setText(tr("Waiting for the first scrape…"));
        return;
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(s.lastScrapeMs).toString(QStringLiteral("HH:mm:ss"));
    if (s.up)
        m_status->setText(
            tr("Up · profile %1 · last scrape %2%3")
                .arg(s.profileId, when,
                     report ? tr(" (%1 ms, %2 KB)").arg(report->durationMs).arg(report->bytes / 1024)
                            : QString()));
    else
        m_status->setText(
            tr("Down since the scrape at %1 (%2): %3").arg(when, scrapeFailureName(s.failure), s.reason));
}

void GatewayDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_refresh->start();
}

void GatewayDashboard::hideEvent(QHideEvent* event)
{
    m_refresh->stop();
    QWidget::hideEvent(event);
}

} // namespace gatehouse::ui
