#pragma once

#include <QWidget>

class QComboBox;
class QListView;
class QStackedWidget;

namespace gatehouse::metrics {
class History;
class Poller;
} // namespace gatehouse::metrics

// The Dashboard page: a tile per polled gateway (up/down, req/s, p95, error %, cache hit %,
// sparkline), sortable and filterable by tag; opening a tile shows that gateway's dashboard.
namespace gatehouse {
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

class AlertCenter;
class EmptyState;
class FleetFilter;
class FleetModel;
class FleetTileFeed;
class GatewayDashboard;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // `alerts` may be null: no Alerts… or Alert log then.
    DashboardPage(metrics::Poller& poller, metrics::History& history, AlertCenter* alerts = nullptr,
                  QWidget* parent = nullptr);

    FleetModel* fleet() const { return m_fleet; }
    FleetFilter* filter() const { return m_filter; }
    QListView* tiles() const { return m_tiles; }
    GatewayDashboard* gatewayDashboard() const { return m_dashboard; }
    AlertCenter* alerts() const { return m_alerts; }
    // Prometheus-server entries of `registry` appear as fleets above the tiles; opening one shows
    // the gateways it scrapes on the same charts (fleet mode). Without it, only polled gateways.
    void setFleetAccess(GatewayRegistry* registry, SecretStore* secrets);
    void openGateway(qint64 gatewayId);
    // A fleet's dashboard: every instance it scrapes, or only `instance`.
    void openFleet(qint64 entryId, const QString& instance = {});
    FleetTileFeed* fleetTileFeed() const { return m_fleetTiles; }
    QWidget* fleetsBar() const { return m_fleets; }
    void editAlerts(qint64 gatewayId);
    void showAlertLog();
    void showOverview();

signals:
    void gatewaysRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTags();
    void updateEmptyState();
    void updateFleets();

    AlertCenter* m_alerts;
    FleetModel* m_fleet;
    FleetFilter* m_filter;
    QStackedWidget* m_stack;
    QWidget* m_overview;
    QListView* m_tiles;
    EmptyState* m_empty;
    QComboBox* m_sort;
    QComboBox* m_tag;
    GatewayDashboard* m_dashboard;
    QWidget* m_fleets;
    GatewayRegistry* m_registry = nullptr;
    QList<qint64> m_fleetIds;
    FleetTileFeed* m_fleetTiles = nullptr; // once setFleetAccess() gave the registry
};

} // namespace gatehouse::ui
