#pragma once

#include "core/admin/CacheEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace gatehouse {
class CacheClient;
}

namespace gatehouse::ui {

// The entries of one gateway's cache that match a filter, read a page at a time as the view
// scrolls (canFetchMore/fetchMore over the admin API's cursors), so tens of thousands of entries
// never load at once. A page that arrives after the source changed is dropped.
class CacheEntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Prompt,
        Model,
        Hits,
        LastHit,
        Age,
        Expires,
        Size,
        Kind,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit CacheEntryTableModel(QObject* parent = nullptr);

    // Empties the table and reads the first page from `client` (none: stays empty).
    void setSource(CacheClient* client, const CacheFilter& filter);
    void reload() { setSource(m_client, m_filter); }
    const CacheFilter& filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_cursor.isEmpty(); }

    const CacheEntry* entryAt(int row) const;
    int rowOf(const QString& id) const;
    QStringList models() const;            // the models of the loaded entries, sorted
    void replace(const CacheEntry& entry); // after pin, unpin or a new TTL (request/answer kept)
    void removeId(const QString& id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void pageLoaded(int added);
    void loadFailed(const QString& message);

private:
    void load();
    void reindex(int from);

    QPointer<CacheClient> m_client;
    CacheFilter m_filter;
    QList<CacheEntry> m_entries;
    QHash<QString, int> m_rows; // id → row
    QString m_cursor;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace gatehouse::ui
