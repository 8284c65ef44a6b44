#include "ui/common/FleetResultList.h"

#include <QHeaderView>

namespace gatehouse::ui {

FleetResultList::FleetResultList(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Gateways"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Gateway"), tr("Result")});
    header()->setStretchLastSection(true);
    setColumnWidth(Gateway, 160);
}

void FleetResultList::setGateways(const QStringList& gateways, const QString& pending)
{
    clear();
    for (const QString& gateway : gateways) {
        auto* item = new QTreeWidgetItem(this, {gateway, pending});
        item->setForeground(Result, palette().brush(QPalette::PlaceholderText));
    }
}

void FleetResultList::setWaiting(int row)
{
    if (QTreeWidgetItem* item = topLevelItem(row)) {
        item->setText(Result, tr("waiting…"));
        item->setForeground(Result, palette().brush(QPalette::PlaceholderText));
    }
}

void FleetResultList::setWaitingAll()
{
    for (int row = 0; row < topLevelItemCount(); ++row)
        setWaiting(row);
}

void FleetResultList::showResult(int row, const QString& text)
{
    QTreeWidgetItem* item = topLevelItem(row);
    if (!item)
        return;
    item->setForeground(Result, palette().brush(QPalette::Text));
    item->setText(Result, text);
    item->setToolTip(Result, text);
}

} // namespace gatehouse::ui
