#include "ui/dashboard/FleetFilter.h"

#include "ui/dashboard/FleetModel.h"

namespace gatehouse::ui {

FleetFilter::FleetFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void FleetFilter::setOrder(Order order)
{
    m_order = order;
    invalidate();
    sort(0);
}

void FleetFilter::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool FleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_tag.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(FleetModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive);
}

bool FleetFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QString leftName = left.data(FleetModel::NameRole).toString();
    const QString rightName = right.data(FleetModel::NameRole).toString();
    const bool byName = leftName.compare(rightName, Qt::CaseInsensitive) < 0;
    auto descending = [&](int role) {
        // Highest first; unknown figures last; ties by name.
        const QVariant l = left.data(role);
        const QVariant r = right.data(role);
        if (l.isValid() != r.isValid())
            return l.isValid();
        if (!l.isValid() || l.toDouble() == r.toDouble())
            return byName;
        return l.toDouble() > r.toDouble();
    };
    switch (m_order) {
    case Order::Name:
        return byName;
    case Order::State: {
        const int l = left.data(FleetModel::StateRole).toInt();
        const int r = right.data(FleetModel::StateRole).toInt();
        // Down first, then not yet scraped, then up.
        auto rank = [](int state) { return state == 0 ? 0 : state < 0 ? 1 : 2; };
        return rank(l) != rank(r) ? rank(l) < rank(r) : byName;
    }
    case Order::RequestRate:
        return descending(FleetModel::RequestRateRole);
    case Order::LatencyP95:
        return descending(FleetModel::LatencyP95Role);
    case Order::ErrorRatio:
        return descending(FleetModel::ErrorRatioRole);
    }
    return byName;
}

} // namespace gatehouse::ui
