#include "ui/dashboard/DashboardPage.h"

#include "core/metrics/Poller.h"
#include "core/registry/GatewayRegistry.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/dashboard/AlertCenter.h"
#include "ui/dashboard/AlertLogDialog.h"
#include "ui/dashboard/AlertThresholdsDialog.h"
#include "ui/dashboard/FleetFilter.h"
#include "ui/dashboard/FleetModel.h"
#include "ui/dashboard/FleetTileFeed.h"
#include "ui/dashboard/GatewayDashboard.h"
#include "ui/dashboard/GatewayTileDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

DashboardPage::DashboardPage(metrics::Poller& poller, metrics::History& history, AlertCenter* alerts,
                             QWidget* parent)
    : QWidget(parent)
    , m_alerts(alerts)
    , m_fleet(new FleetModel(poller, this))
    , m_filter(new FleetFilter(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new QWidget(this))
    , m_tiles(new QListView(m_overview))
    , m_empty(new EmptyState(QStringLiteral("dashboard"), tr("No gateways to watch yet"),
                             tr("Gateways with a metrics URL are polled and charted here. Add one on the "
                                "Gateways page, or start the local gateway."),
                             m_overview))
    , m_sort(new QComboBox(m_overview))
    , m_tag(new QComboBox(m_overview))
    , m_dashboard(new GatewayDashboard(poller, history, this))
    , m_fleets(new QWidget(m_overview))
{
    m_filter->setSourceModel(m_fleet);

    auto* header =
        new PageHeader(tr("Dashboard"), tr("Latency, errors and load of every gateway you run."), this);
    m_sort->setObjectName(QStringLiteral("sortBox"));
    m_sort->setAccessibleName(tr("Sort gateways by"));
    m_sort->addItem(tr("Sort by name"), int(FleetFilter::Order::Name));
    m_sort->addItem(tr("Down first"), int(FleetFilter::Order::State));
    m_sort->addItem(tr("Busiest first"), int(FleetFilter::Order::RequestRate));
    m_sort->addItem(tr("Slowest first (p95)"), int(FleetFilter::Order::LatencyP95));
    m_sort->addItem(tr("Most errors first"), int(FleetFilter::Order::ErrorRatio));
    m_tag->setObjectName(QStringLiteral("tagBox"));
    m_tag->setAccessibleName(tr("Show gateways tagged"));
    header->addAction(m_tag);
    header->addAction(m_sort);
    if (m_alerts) {
        auto* log = new QPushButton(tr("Alert log"), this);
        log->setObjectName(QStringLiteral("alertLogButton"));
        connect(log, &QPushButton::clicked, this, &DashboardPage::showAlertLog);
        header->addAction(log);
        connect(m_dashboard, &GatewayDashboard::alertsRequested, this, &DashboardPage::editAlerts);
    }
    connect(m_sort, &QComboBox::activated, this,
            [this] { m_filter->setOrder(FleetFilter::Order(m_sort->currentData().toInt())); });
    connect(m_tag, &QComboBox::activated, this,
            [this] { m_filter->setTag(m_tag->currentData().toString()); });

    m_tiles->setObjectName(QStringLiteral("gatewayTiles"));
    m_tiles->setAccessibleName(tr("Gateways"));
    m_tiles->setModel(m_filter);
    m_tiles->setItemDelegate(new GatewayTileDelegate(*m_fleet, m_tiles));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setFlow(QListView::LeftToRight);
    m_tiles->setWrapping(true);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setGridSize(GatewayTileDelegate::tileSize());
    m_tiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tiles->setFrameShape(QFrame::NoFrame);
    m_tiles->setToolTip(tr("Double-click or press Enter to open a gateway's dashboard"));
    connect(m_tiles, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 fleet = index.data(FleetModel::FleetEntryRole).toLongLong())
            openFleet(fleet, index.data(FleetModel::InstanceRole).toString());
        else
            openGateway(index.data(FleetModel::GatewayIdRole).toLongLong());
    });
    m_empty->setAction(tr("Go to Gateways"));
    connect(m_empty, &EmptyState::actionTriggered, this, &DashboardPage::gatewaysRequested);

    m_fleets->setObjectName(QStringLiteral("fleetsBar"));
    auto* fleetsLayout = new QHBoxLayout(m_fleets);
    fleetsLayout->setContentsMargins(0, 0, 0, 8);
    m_fleets->setVisible(false);

    auto* overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_fleets);
    overviewLayout->addWidget(m_tiles, 1);
    overviewLayout->addWidget(m_empty, 1);

    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_dashboard);
    connect(m_dashboard, &GatewayDashboard::backRequested, this, &DashboardPage::showOverview);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(m_fleet, &QAbstractItemModel::modelReset, this, [this] {
        updateTags();
        updateEmptyState();
    });
    updateTags();
    updateEmptyState();
}

void DashboardPage::setFleetAccess(GatewayRegistry* registry, SecretStore* secrets)
{
    m_registry = registry;
    m_dashboard->setFleetAccess(registry, secrets);
    if (!m_fleetTiles)
        m_fleetTiles = new FleetTileFeed(*m_fleet, secrets, this);
    m_fleetTiles->setRunning(isVisible());
    updateFleets();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    updateFleets(); // entries may have been added on the Gateways page
    if (m_fleetTiles)
        m_fleetTiles->setRunning(true);
    QWidget::showEvent(event);
}

void DashboardPage::hideEvent(QHideEvent* event)
{
    if (m_fleetTiles)
        m_fleetTiles->setRunning(false); // Prometheus is asked only while the page is on screen
    QWidget::hideEvent(event);
}

// One button per Prometheus-server entry: the fleets read through Prometheus (fleet mode).
void DashboardPage::updateFleets()
{
    QList<GatewayProfile> fleets;
    if (m_registry) {
        for (const GatewayProfile& p : m_registry->list()) {
            if (p.kind == GatewayKind::PrometheusServer)
                fleets << p;
        }
    }
    QList<qint64> ids;
    for (const GatewayProfile& p : fleets)
        ids << p.id;
    if (ids != m_fleetIds || fleets.isEmpty()) {
        m_fleetIds = ids;
        auto* layout = static_cast<QHBoxLayout*>(m_fleets->layout());
        while (QLayoutItem* item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        if (!fleets.isEmpty())
            layout->addWidget(new QLabel(tr("Fleets through Prometheus:"), m_fleets));
        for (const GatewayProfile& p : fleets) {
            auto* open = new QPushButton(p.name, m_fleets);
            open->setObjectName(QStringLiteral("fleet-%1").arg(p.id));
            open->setToolTip(
                tr("The gateways %1 scrapes, on the same charts").arg(p.metricsUrl.toDisplayString()));
            const qint64 id = p.id;
            connect(open, &QPushButton::clicked, this, [this, id] { openFleet(id); });
            layout->addWidget(open);
        }
        layout->addStretch(1);
    }
    m_fleets->setVisible(!fleets.isEmpty());
    if (m_fleetTiles)
        m_fleetTiles->setFleets(fleets);
    updateEmptyState();
}

void DashboardPage::openFleet(qint64 entryId, const QString& instance)
{
    const std::optional<GatewayProfile> entry = m_registry ? m_registry->find(entryId) : std::nullopt;
    if (!entry)
        return;
    m_dashboard->showGateway(entryId,
                             instance.isEmpty() ? tr("Fleet: %1").arg(entry->name)
                                                : tr("%1 (fleet %2)").arg(instance, entry->name),
                             instance);
    m_stack->setCurrentWidget(m_dashboard);
    m_sort->setVisible(false);
    m_tag->setVisible(false);
}

void DashboardPage::openGateway(qint64 gatewayId)
{
    const int row = m_fleet->rowOf(gatewayId);
    if (row < 0)
        return;
    m_dashboard->showGateway(gatewayId, m_fleet->index(row).data(FleetModel::NameRole).toString());
    m_stack->setCurrentWidget(m_dashboard);
    m_sort->setVisible(false);
    m_tag->setVisible(false);
}

void DashboardPage::editAlerts(qint64 gatewayId)
{
    if (!m_alerts)
        return;
    AlertThresholdsDialog dialog(m_alerts->gatewayName(gatewayId), m_alerts->thresholds(gatewayId), this);
    if (dialog.exec() == QDialog::Accepted && !m_alerts->setThresholds(dialog.thresholds()))
        QMessageBox::warning(this, tr("Alerts not saved"),
                             tr("The alert thresholds could not be saved in the console database."));
}

void DashboardPage::showAlertLog()
{
    if (!m_alerts)
        return;
    AlertLogDialog dialog(*m_alerts, this);
    dialog.exec();
}

void DashboardPage::showOverview()
{
    m_stack->setCurrentWidget(m_overview);
    m_sort->setVisible(true);
    m_tag->setVisible(m_tag->count() > 1);
}

void DashboardPage::updateTags()
{
    const QString current = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& tag : m_fleet->allTags())
        m_tag->addItem(tr("Tag: %1").arg(tag), tag);
    const int keep = m_tag->findData(current);
    m_tag->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0)
        m_filter->setTag(QString());
    m_tag->setVisible(m_tag->count() > 1 && m_stack->currentWidget() == m_overview);
}

void DashboardPage::updateEmptyState()
{
    const bool empty = m_fleet->rowCount() == 0;
    m_tiles->setVisible(!empty);
    m_empty->setVisible(empty && m_fleetIds.isEmpty());
}

} // namespace gatehouse::ui
