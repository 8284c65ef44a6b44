#pragma once

#include "core/admin/CacheGroup.h"

#include <QTableWidget>

namespace gatehouse::ui {

// The distinct caches of a tag group on the Cache page, one row each: which store (a Redis shared
// by several gatehoused is one row), the gateways in front of it, entries, size and hit ratio.
// Picking a row browses that cache (browseRequested).
class CacheStoresTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit CacheStoresTable(QWidget* parent = nullptr);

    // Fills the rows; returns the row of the cache whose gateways are `browsed` (0 when none is).
    // Emits nothing.
    int showCaches(const QList<SharedCache>& caches, const QString& browsed);
    // Selects `row` without browseRequested.
    void selectQuietly(int row);

signals:
    void browseRequested(int row);

private:
    static QString storeName(const CacheStats& stats);
};

} // namespace gatehouse::ui
