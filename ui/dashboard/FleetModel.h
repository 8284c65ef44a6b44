#pragma once

#include "core/decimation/PlotPoint.h"
#include "core/metrics/ScrapeReport.h"
#include "core/metrics/ScrapeTarget.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace gatehouse::metrics {
class Poller;
}

// One row per polled gateway with its latest figures, fed live by the Poller: up or down (with the
// reason), request rate, p95 latency, error ratio, cache hit ratio and a recent request-rate line.
// DisplayRole is the whole tile as one sentence (what screen readers and tests read).
namespace gatehouse::ui {

class FleetModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        GatewayIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole, // 1 up, 0 down, -1 not scraped yet
        ReasonRole,
        RequestRateRole, // double, or invalid when unknown
        LatencyP95Role,  // seconds
        ErrorRatioRole,  // 0..1
        CacheHitRatioRole,
        TagsRole,
        ProfileRole,
    };

    explicit FleetModel(metrics::Poller& poller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const std::vector<decimation::PlotPoint>& sparkline(int row) const;
    int rowOf(qint64 gatewayId) const;
    QStringList allTags() const;

    static constexpr int sparklinePoints = 120;

private:
    struct Row
    {
        metrics::ScrapeTarget target;
        int state = -1;
        QString reason;
        QString profile;
        std::optional<double> requestRate, latencyP95, errorRatio, cacheHitRatio;
        std::vector<decimation::PlotPoint> sparkline;
    };
    void reloadTargets();
    void apply(const metrics::ScrapeReport& report);

    metrics::Poller& m_poller;
    QList<Row> m_rows;
};

} // namespace gatehouse::ui
