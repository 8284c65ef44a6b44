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
        if (row.requestRate) {
            row.sparkline.push_back({double(report.timeMs), *row.requestRate});
            if (row.sparkline.size() > std::size_t(sparklinePoints))
                row.sparkline.erase(row.sparkline.begin());
        }
    } else {
        row.requestRate.reset();
        row.latencyP95.reset();
        row.errorRatio.reset();
        row.cacheHitRatio.reset();
    }
    emit dataChanged(index(r), index(r));
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::rowOf(qint64 gatewayId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].target.gatewayId == gatewayId)
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
        return row.state == 0 ? row.reason : row.target.url.toString();
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
