#pragma once

#include "core/admin/CacheEntry.h"

#include <QWidget>

class QLabel;

namespace gatehouse::ui {

// The figures above the cache table: entries, bytes of the limit, hit ratio with hits and misses,
// tokens and upstream time saved, and the backend (a shared Redis says so).
class CacheStatsBar : public QWidget
{
    Q_OBJECT
public:
    explicit CacheStatsBar(QWidget* parent = nullptr);

    void showStats(const CacheStats& stats);
    void clear();
    QString text() const; // every figure, for tests and screen readers

private:
    QLabel* figure(const QString& caption);

    QLabel* m_entries;
    QLabel* m_size;
    QLabel* m_hitRatio;
    QLabel* m_saved;
    QLabel* m_backend;
    QStringList m_captions;
};

} // namespace gatehouse::ui
