#pragma once

#include "ui/dashboard/DashboardCharts.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gatehouse::metrics {
class FleetSource;
class PrometheusReply;
} // namespace gatehouse::metrics

namespace gatehouse::ui {

// A gateway dashboard's charts read from a Prometheus server instead of the console's history
// (fleet mode): one range query per signal the charts show, every line drawn once per scraped
// instance ("p95 · 10.0.0.7:8101"), breakdowns ("errors by code") per code and instance. The
// step follows the charts' width (core/metrics/QueryRange). A newer load() cancels the one still
// on its way; finished() reports the series in the order of the specs, or the first query's
// error, which names the server, the query and the reason.
class FleetCharts : public QObject
{
    Q_OBJECT
public:
    FleetCharts(std::unique_ptr<metrics::FleetSource> source, QObject* parent = nullptr);
    ~FleetCharts() override;

    metrics::FleetSource& source() const { return *m_source; }

    void load(const QList<DashboardChartSpec>& specs, qint64 fromMs, qint64 toMs, int plotWidthPx);
    void cancel();

    // After finished(): how many instances answered, and the step and rate window used, for the
    // dashboard's status line.
    int instanceCount() const { return m_instances; }
    qint64 stepSeconds() const { return m_stepSeconds; }
    qint64 rateWindowSeconds() const { return m_rateWindowSeconds; }

signals:
    void finished(QList<QList<ChartSeries>> charts, QString error);

private:
    struct Pending;
    void complete();

    std::unique_ptr<metrics::FleetSource> m_source;
    std::unique_ptr<Pending> m_pending;
    int m_instances = 0;
    qint64 m_stepSeconds = 0;
    qint64 m_rateWindowSeconds = 0;
};

} // namespace gatehouse::ui
