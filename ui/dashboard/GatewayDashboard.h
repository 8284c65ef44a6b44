#pragma once

#include "core/metrics/ScrapeReport.h"
#include "ui/dashboard/DashboardCharts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace gatehouse {
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::metrics {
class History;
class Poller;
} // namespace gatehouse::metrics

// One gateway's dashboard: latency quantiles, TTFT, request rate, errors by code, error ratio,
// in flight, cache hit ratio and tokens/s over a time range from 5 minutes to 30 days or a custom
// one. Live ranges follow the clock until paused; zooming or panning a chart moves every chart
// and pauses. History is read on a worker thread at the resolution the range calls for.
// For a registry entry of kind Prometheus server the same charts come from that server's
// query_range API instead (fleet mode, FleetCharts): one line per gateway it scrapes.
namespace gatehouse::ui {

class FleetCharts;
class TimeChart;

class GatewayDashboard : public QWidget
{
    Q_OBJECT
public:
    GatewayDashboard(metrics::Poller& poller, metrics::History& history, QWidget* parent = nullptr);
    ~GatewayDashboard() override;

    // Where a Prometheus-server entry's profile and credential come from; without it every entry
    // is shown from the console's own history.
    void setFleetAccess(GatewayRegistry* registry, SecretStore* secrets);
    // `instance`: for a fleet (a Prometheus-server entry), only that instance of it.
    void showGateway(qint64 gatewayId, const QString& name, const QString& instance = {});
    qint64 gatewayId() const { return m_gatewayId; }
    // True while the shown entry is a Prometheus server read in fleet mode.
    bool isFleet() const { return m_fleetCharts != nullptr; }

    QList<TimeChart*> charts() const { return m_charts; }
    TimeChart* chart(const QString& title) const;
    bool isPaused() const;
    void setPaused(bool paused);
    // Live span in ms for the range choice at `index` of the range box (0 for Custom).
    void setRangeIndex(int index);
    QLabel* statusLabel() const { return m_status; }
    QLabel* titleLabel() const { return m_title; }
    // Reads the history again now (also done on a timer while live and visible).
    void reload();

signals:
    void backRequested();
    void alertsRequested(qint64 gatewayId);
    void loaded(); // charts were refreshed from history

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    // `live`: the clock moved on (the refresh timer), new points follow at once; else the user
    // chose a range, which the charts show at once with the points they have.
    void applyRange(qint64 fromMs, qint64 toMs, bool live = false);
    void chooseCustomRange();
    void updateStatus(const metrics::ScrapeReport* report);
    void showFleetCharts(QList<QList<ChartSeries>> charts, const QString& error);

    metrics::Poller& m_poller;
    metrics::History& m_history;
    QList<DashboardChartSpec> m_specs;
    QList<TimeChart*> m_charts;
    QLabel* m_title;
    QLabel* m_status;
    QComboBox* m_range;
    QPushButton* m_pause;
    QTimer* m_refresh;
    GatewayRegistry* m_registry = nullptr;
    SecretStore* m_secrets = nullptr;
    FleetCharts* m_fleetCharts = nullptr;
    qint64 m_gatewayId = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace gatehouse::ui
