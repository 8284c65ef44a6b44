#include "ui/dashboard/GatewayTileDelegate.h"

#include "core/metrics/CanonicalSignal.h"
#include "ui/charts/Sparkline.h"
#include "ui/dashboard/FleetModel.h"

#include <QAbstractProxyModel>
#include <QPainter>
#include <QPainterPath>

namespace gatehouse::ui {

using metrics::SignalUnit;

namespace {

const QColor upColor(0x16, 0xa3, 0x4a);
const QColor downColor(0xdc, 0x26, 0x26);
const QColor unknownColor(0x9c, 0xa3, 0xaf);

QString figure(const QVariant& v, SignalUnit unit)
{
    return v.isValid() ? metrics::formatSignalValue(v.toDouble(), unit) : QStringLiteral("—");
}

} // namespace

GatewayTileDelegate::GatewayTileDelegate(const FleetModel& model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QSize GatewayTileDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return tileSize();
}

void GatewayTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF tile = QRectF(option.rect).adjusted(6, 6, -6, -6);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath outline;
    outline.addRoundedRect(tile, 8, 8);
    painter->fillPath(outline, pal.brush(QPalette::Base));
    QColor border = selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawPath(outline);

    const int state = index.data(FleetModel::StateRole).toInt();
    const QColor stateColor = state > 0 ? upColor : state == 0 ? downColor : unknownColor;
    const QRectF inner = tile.adjusted(12, 10, -12, -10);

    // Name and state.
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    painter->setFont(nameFont);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetrics nameMetrics(nameFont);
    const QRectF nameRect(inner.left() + 16, inner.top(), inner.width() - 16, nameMetrics.height());
    // An instance of a fleet: the instance as the name, the fleet it is read through under it.
    const QString instance = index.data(FleetModel::InstanceRole).toString();
    const QString fleet = index.data(FleetModel::FleetNameRole).toString();
    painter->drawText(
        nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(instance.isEmpty() ? index.data(FleetModel::NameRole).toString() : instance,
                               Qt::ElideRight, int(nameRect.width()) - 60));
    painter->setBrush(stateColor);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(inner.left() + 5, nameRect.center().y()), 5, 5);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(stateColor);
    painter->drawText(nameRect, Qt::AlignRight | Qt::AlignVCenter,
                      state > 0    ? tr("up")
                      : state == 0 ? tr("down")
                                   : tr("waiting"));

    const QFontMetrics smallMetrics(small);
    qreal top = nameRect.bottom() + 6;
    if (!fleet.isEmpty()) {
        const QRectF via(inner.left() + 16, nameRect.bottom(), inner.width() - 16, smallMetrics.height());
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(via, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(instance.isEmpty() ? tr("fleet through Prometheus")
                                                                     : tr("through %1").arg(fleet),
                                                  Qt::ElideRight, int(via.width())));
        top = via.bottom() + 4;
    }
    if (state == 0) {
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QRectF(inner.left(), top, inner.width(), inner.bottom() - top),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          index.data(FleetModel::ReasonRole).toString());
        painter->restore();
        return;
    }

    // Four figures in two columns.
    const struct
    {
        QString label;
        QString value;
    } figures[] = {
        {tr("req/s"), index.data(FleetModel::RequestRateRole).isValid()
                          ? QString::number(index.data(FleetModel::RequestRateRole).toDouble(), 'g', 3)
                          : QStringLiteral("—")},
        {tr("p95"), figure(index.data(FleetModel::LatencyP95Role), SignalUnit::Seconds)},
        {tr("errors"), figure(index.data(FleetModel::ErrorRatioRole), SignalUnit::Ratio)},
        {tr("cache hits"), figure(index.data(FleetModel::CacheHitRatioRole), SignalUnit::Ratio)},
    };
    QFont valueFont = option.font;
    valueFont.setBold(true);
    const QFontMetrics valueMetrics(valueFont);
    const qreal columnWidth = inner.width() / 2;
    const qreal rowHeight = valueMetrics.height() + 2;
    for (int i = 0; i < 4; ++i) {
        const QRectF cell(inner.left() + (i % 2) * columnWidth, top + (i / 2) * rowHeight, columnWidth,
                          rowHeight);
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const int labelWidth = smallMetrics.horizontalAdvance(figures[i].label) + 6;
        painter->drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, figures[i].label);
        painter->setFont(valueFont);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(cell.adjusted(labelWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          figures[i].value);
    }

    // Sparkline of the recent request rate.
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model());
    const int sourceRow = proxy ? proxy->mapToSource(index).row() : index.row();
    const QRectF spark(inner.left(), top + 2 * rowHeight + 6, inner.width(),
                       inner.bottom() - top - 2 * rowHeight - 6);
    paintSparkline(*painter, spark, m_model.sparkline(sourceRow), pal.color(QPalette::Highlight));
    painter->restore();
}

} // namespace gatehouse::ui
