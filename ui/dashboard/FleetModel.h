#pragma once

#include "core/decimation/PlotPoint.h"
#include "core/metrics/FleetLatest.h"
#include "core/metrics/ScrapeReport.h"
#include "core/metrics/ScrapeTarget.h"
#include "core/registry/GatewayProfile.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace gatehouse::metrics {
class Poller;
}

// One row per polled gateway with its latest figures, fed live by the Poller: up or down (with the
// reason), request rate, p95 latency, error ratio, cache hit ratio and a recent request-rate line.
// After them, one row per instance that a fleet (a registry entry of kind Prometheus server)
// scrapes, "INSTANCE · FLEET", fed by FleetTileFeed with the same figures read from Prometheus.
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
        FleetEntryRole, // the fleet's registry id for an instance row, else 0
        InstanceRole,   // the instance label; "" for a polled gateway or a fleet that did not answer
        FleetNameRole,  // the fleet's registry name for a fleet's row, else ""
    };

    explicit FleetModel(metrics::Poller& poller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const std::vector<decimation::PlotPoint>& sparkline(int row) const;
    int rowOf(qint64 gatewayId) const; // a polled gateway's row
    int rowOfInstance(qint64 fleetEntryId, const QString& instance) const;
    QStringList allTags() const;

    // The instances `fleet` scrapes as of `timeMs`. With `error` (the server did not answer) the
    // rows it had are shown down with it, or one row for the whole fleet when it had none.
    void setFleetInstances(const GatewayProfile& fleet, const QList<metrics::FleetInstanceFigures>& instances,
                           const QString& error, qint64 timeMs);
    // Drops the rows of fleets not in `entryIds` (entries removed from the registry).
    void keepFleets(const QList<qint64>& entryIds);

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
        qint64 fleetEntryId = 0; // an instance of a fleet, not a polled gateway
        QString instance;
        QString fleetName;
    };
    void noteRate(Row& row, qint64 timeMs);
    void reloadTargets();
    void apply(const metrics::ScrapeReport& report);

    metrics::Poller& m_poller;
    QList<Row> m_rows;
};

} // namespace gatehouse::ui
