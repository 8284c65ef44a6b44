#include "ui/dashboard/FleetModel.h"

#include "core/metrics/CanonicalSignal.h"
#include "core/metrics/Poller.h"

#include <algorithm>

namespace gatehouse::ui {

using namespace gatehouse::metrics;

FleetModel::FleetModel(Poller& poller, QObject* parent)
    : QAbstractListModel(parent)
    , m_poller(poller)
{
    connect(&poller, &Poller::targetsChanged, this, &FleetModel::reloadTargets);
    connect(&poller, &Poller::reported, this, &FleetModel::apply);
    reloadTargets();
}

void FleetModel::reloadTargets()
{
    QList<ScrapeTarget> targets = m_poller.targets();
    std::sort(targets.begin(), targets.end(), [](const ScrapeTarget& a, const ScrapeTarget& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QList<Row> rows;
    for (const ScrapeTarget& t : targets) {
        const int existing = rowOf(t.gatewayId);
        Row row = existing >= 0 ? m_rows[existing] : Row{};
        if (existing >= 0 && m_rows[existing].target.url != t.url)
            row = Row{}; // another gateway behind the same entry now
        row.target = t;
        rows.append(row);
    }
    for (const Row& r : std::as_const(m_rows)) {
        if (r.fleetEntryId != 0)
            rows.append(r); // a fleet's instances stay, after the polled gateways
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void FleetModel::apply(const ScrapeReport& report)
{
    const int r = rowOf(report.gatewayId);
    if (r < 0)
        return;
    Row& row = m_rows[r];
    row.state = report.up ? 1 : 0;
    row.reason = report.reason;
    if (report.up) {
        row.profile = report.profileId;
        auto find = [&](const char* id) -> std::optional<double> {
            for (const SeriesValue& v : report.signalValues) {
                if (v.series == QLatin1String(id))
                    return v.value;
            }
            return std::nullopt;
        };
        row.requestRate = find("request_rate");
        row.latencyP95 = find("latency_p95");
        row.errorRatio = find("error_ratio");
        row.cacheHitRatio = find("cache_hit_ratio");
        noteRate(row, report.timeMs);
    } else {
        row.requestRate.reset();
        row.latencyP95.reset();
        row.errorRatio.reset();
        row.cacheHitRatio.reset();
    }
    emit dataChanged(index(r), index(r));
}

void FleetModel::noteRate(Row& row, qint64 timeMs)
{
    if (!row.requestRate)
        return;
    row.sparkline.push_back({double(timeMs), *row.requestRate});
    if (row.sparkline.size() > std::size_t(sparklinePoints))
        row.sparkline.erase(row.sparkline.begin());
}

void FleetModel::setFleetInstances(const GatewayProfile& fleet, const QList<FleetInstanceFigures>& instances,
                                   const QString& error, qint64 timeMs)
{
    QList<Row> mine;
    for (const Row& r : std::as_const(m_rows)) {
        if (r.fleetEntryId == fleet.id)
            mine.append(r);
    }
    const auto fresh = [&](const QString& instance) {
        Row row;
        row.fleetEntryId = fleet.id;
        row.instance = instance;
        for (const Row& r : std::as_const(mine)) {
            if (r.instance == instance)
                row = r; // keeps its sparkline
        }
        row.fleetName = fleet.name;
        row.target.gatewayId = 0;
        row.target.name = instance.isEmpty() ? fleet.name : instance + QStringLiteral(" · ") + fleet.name;
        row.target.tags = fleet.tags;
        row.target.url = fleet.metricsUrl;
        return row;
    };
    QList<Row> next;
    if (!error.isEmpty()) {
        for (const Row& r : std::as_const(mine)) {
            if (!r.instance.isEmpty())
                next.append(fresh(r.instance));
        }
        if (next.isEmpty())
            next.append(fresh(QString()));
        for (Row& r : next) {
            r.state = 0;
            r.reason = tr("%1 did not answer: %2").arg(fleet.name, error.trimmed());
            r.requestRate.reset();
            r.latencyP95.reset();
            r.errorRatio.reset();
            r.cacheHitRatio.reset();
        }
    } else {
        for (const FleetInstanceFigures& f : instances) {
            Row row = fresh(f.instance);
            row.state = f.up ? 1 : 0;
            row.reason = f.up ? QString() : tr("%1's last scrape of it failed (up = 0).").arg(fleet.name);
            row.requestRate = f.requestRate;
            row.latencyP95 = f.latencyP95;
            row.errorRatio = f.errorRatio;
            row.cacheHitRatio = f.cacheHitRatio;
            noteRate(row, timeMs);
            next.append(row);
        }
    }
    std::sort(next.begin(), next.end(), [](const Row& a, const Row& b) {
        return a.target.name.compare(b.target.name, Qt::CaseInsensitive) < 0;
    });

    // The same instances as before: change them in place, so that the view keeps its selection.
    bool same = next.size() == mine.size();
    for (int i = 0; same && i < next.size(); ++i)
        same = next[i].instance == mine[i].instance;
    if (same) {
        int at = 0;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].fleetEntryId != fleet.id)
                continue;
            m_rows[r] = next[at++];
            emit dataChanged(index(r), index(r));
        }
        return;
    }
    beginResetModel();
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [&](const Row& r) { return r.fleetEntryId == fleet.id; }),
                 m_rows.end());
    m_rows.append(next);
    endResetModel();
}

void FleetModel::keepFleets(const QList<qint64>& entryIds)
{
    const bool any = std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& r) {
        return r.fleetEntryId != 0 && !entryIds.contains(r.fleetEntryId);
    });
    if (!any)
        return;
    beginResetModel();
    m_rows.erase(std::remove_if(
                     m_rows.begin(), m_rows.end(),
                     [&](const Row& r) { return r.fleetEntryId != 0 && !entryIds.contains(r.fleetEntryId); }),
                 m_rows.end());
    endResetModel();
}

int FleetModel::rowOfInstance(qint64 fleetEntryId, const QString& instance) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].fleetEntryId == fleetEntryId && m_rows[i].instance == instance)
            return i;
    }
    return -1;
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::rowOf(qint64 gatewayId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].fleetEntryId == 0 && m_rows[i].target.gatewayId == gatewayId)
            return i;
    }
    return -1;
}

const std::vector<decimation::PlotPoint>& FleetModel::sparkline(int row) const
{
    static const std::vector<decimation::PlotPoint> none;
    return row >= 0 && row < m_rows.size() ? m_rows[row].sparkline : none;
}

QStringList FleetModel::allTags() const
{
    QStringList tags;
    for (const Row& r : m_rows)
        tags << r.target.tags;
    tags.removeDuplicates();
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (row.state < 0)
            return tr("%1: waiting for the first scrape").arg(row.target.name);
        if (row.state == 0)
            return tr("%1: down. %2").arg(row.target.name, row.reason);
        auto figure = [](const std::optional<double>& v, SignalUnit unit) {
            return v ? formatSignalValue(*v, unit) : QStringLiteral("—");
        };
        return tr("%1: up, %2 requests, p95 %3, errors %4, cache hits %5")
            .arg(row.target.name, figure(row.requestRate, SignalUnit::PerSecond),
                 figure(row.latencyP95, SignalUnit::Seconds), figure(row.errorRatio, SignalUnit::Ratio),
                 figure(row.cacheHitRatio, SignalUnit::Ratio));
    }
    case Qt::ToolTipRole:
        if (row.state == 0)
            return row.reason;
        return row.fleetEntryId != 0 ? tr("%1, scraped by %2 (%3)")
                                           .arg(row.instance, row.fleetName, row.target.url.toDisplayString())
                                     : row.target.url.toString();
    case FleetEntryRole:
        return row.fleetEntryId;
    case InstanceRole:
        return row.instance;
    case FleetNameRole:
        return row.fleetName;
    case GatewayIdRole:
        return row.target.gatewayId;
    case NameRole:
        return row.target.name;
    case StateRole:
        return row.state;
    case ReasonRole:
        return row.reason;
    case RequestRateRole:
        return optional(row.requestRate);
    case LatencyP95Role:
        return optional(row.latencyP95);
    case ErrorRatioRole:
        return optional(row.errorRatio);
    case CacheHitRatioRole:
        return optional(row.cacheHitRatio);
    case TagsRole:
        return row.target.tags;
    case ProfileRole:
        return row.profile;
    default:
        return {};
    }
}

QHash<int, QByteArray> FleetModel::roleNames() const
{
    return {{NameRole, "name"},
            {StateRole, "state"},
            {RequestRateRole, "requestRate"},
            {LatencyP95Role, "latencyP95"},
            {ErrorRatioRole, "errorRatio"},
            {CacheHitRatioRole, "cacheHitRatio"}};
}

} // namespace gatehouse::ui
