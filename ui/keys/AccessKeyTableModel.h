#pragma once

#include "core/admin/AccessKey.h"

#include <QAbstractTableModel>
#include <QList>

namespace gatehouse::ui {

// A gatehoused's access keys as its admin API lists them: never a secret, only the prefix.
class AccessKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Key,
        Models,
        Limits,
        Expires,
        Status,
        LastUsed,
        ColumnCount
    };

    explicit AccessKeyTableModel(QObject* parent = nullptr);

    void setKeys(const QList<AccessKey>& keys);
    void upsert(const AccessKey& key); // replaces the key with the same id, or appends it
    void removeKey(const QString& id);
    const QList<AccessKey>& keys() const { return m_keys; }
    const AccessKey* keyAt(int row) const;
    int rowOf(const QString& id) const;

    static QString statusOf(const AccessKey& key); // "Active", "Disabled", "Expired"
    static QString limitsOf(const AccessKey& key); // "60 req/min · 10,000 tok/min" or "Unlimited"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AccessKey> m_keys;
};

} // namespace gatehouse::ui
