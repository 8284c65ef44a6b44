#include "ui/cache/CacheStoresTable.h"

#include "ui/common/DataSize.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

namespace gatehouse::ui {

CacheStoresTable::CacheStoresTable(QWidget* parent)
    : QTableWidget(parent)
{
    setAccessibleName(tr("Caches of the group"));
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("Cache"), tr("Gateways"), tr("Entries"), tr("Size"), tr("Hit ratio")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    setMaximumHeight(fontMetrics().height() * 7);
    setToolTip(tr("Gateways sharing one store (a Redis behind a load balancer) are shown once; pick a "
                  "cache to browse it"));
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetSelectionRange> ranges = selectedRanges();
        if (!ranges.isEmpty())
            emit browseRequested(ranges.first().topRow());
    });
}

QString CacheStoresTable::storeName(const CacheStats& stats)
{
    const QString where = stats.location.section(QLatin1Char(' '), 0, 0);
    if (stats.backend == QLatin1String("redis"))
        return tr("Redis %1 (shared)").arg(where);
    return where.isEmpty() ? tr("SQLite") : tr("SQLite on %1").arg(where.section(QLatin1Char(':'), 0, 0));
}

int CacheStoresTable::showCaches(const QList<SharedCache>& caches, const QString& browsed)
{
    const QLocale locale;
    const QSignalBlocker block(this);
    setRowCount(int(caches.size()));
    int again = 0;
    for (int row = 0; row < caches.size(); ++row) {
        const SharedCache& c = caches.at(row);
        const QString gateways = c.gateways.join(QStringLiteral(", "));
        const QStringList cells{storeName(c.stats), gateways, locale.toString(c.stats.entries),
                                dataSizeText(c.stats.bytes),
                                tr("%1 %").arg(locale.toString(c.stats.hitRatio * 100, 'f', 1))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setToolTip(c.stats.location);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
        if (gateways == browsed)
            again = row;
    }
    return again;
}

void CacheStoresTable::selectQuietly(int row)
{
    const QSignalBlocker block(this);
    selectRow(row);
}

} // namespace gatehouse::ui
