#pragma once

#include <QStyledItemDelegate>

// Paints a FleetModel row as a tile: name and state, four figures (req/s, p95, error %, cache
// hit %) and a sparkline of the recent request rate; a down gateway shows its reason instead.
namespace gatehouse::ui {

class FleetModel;

class GatewayTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GatewayTileDelegate(const FleetModel& model, QObject* parent = nullptr);

    static QSize tileSize() { return {280, 150}; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const FleetModel& m_model;
};

} // namespace gatehouse::ui
