#pragma once

#include <QSortFilterProxyModel>

// The overview's order and tag filter over a FleetModel: sort by name, state (down first), request
// rate, p95 or error ratio (highest first); show only gateways with a given tag.
namespace gatehouse::ui {

class FleetFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order
    {
        Name,
        State,
        RequestRate,
        LatencyP95,
        ErrorRatio,
    };

    explicit FleetFilter(QObject* parent = nullptr);

    void setOrder(Order order);
    Order order() const { return m_order; }
    void setTag(const QString& tag); // empty: all
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Order m_order = Order::Name;
    QString m_tag;
};

} // namespace gatehouse::ui
