#pragma once

#include "core/registry/GatewayProfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace gatehouse {
class GatewayRegistry;
}

namespace gatehouse::ui {

// The registry's profiles as rows: name, kind, address, metrics, tags, poll interval.
class GatewayTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Address,
        Metrics,
        Tags,
        PollInterval,
        ColumnCount
    };
    enum Role
    {
        ProfileIdRole = Qt::UserRole + 1
    };

    explicit GatewayTableModel(GatewayRegistry& registry, QObject* parent = nullptr);

    void reload();
    GatewayProfile profileAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    GatewayRegistry& m_registry;
    QList<GatewayProfile> m_profiles;
};

} // namespace gatehouse::ui
