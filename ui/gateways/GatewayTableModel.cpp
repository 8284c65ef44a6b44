#include "ui/gateways/GatewayTableModel.h"

#include "core/registry/GatewayRegistry.h"

namespace gatehouse::ui {

GatewayTableModel::GatewayTableModel(GatewayRegistry& registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
{
    reload();
}

void GatewayTableModel::reload()
{
    beginResetModel();
    m_profiles = m_registry.list();
    endResetModel();
}

GatewayProfile GatewayTableModel::profileAt(int row) const
{
    return m_profiles.value(row);
}

int GatewayTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles[row].id == id)
            return row;
    }
    return -1;
}

int GatewayTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int GatewayTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const GatewayProfile& p = m_profiles[index.row()];
    if (role == ProfileIdRole)
        return p.id;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("%1 — %2").arg(p.name, gatewayKindDisplayName(p.kind));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name;
    case Kind:
        return gatewayKindDisplayName(p.kind);
    case Address:
        return p.baseUrl.toDisplayString();
    case Metrics:
        return p.metricsUrl.isEmpty() ? tr("—") : p.metricsUrl.toDisplayString();
    case Tags:
        return p.tags.join(QStringLiteral(", "));
    case PollInterval:
        return tr("%n s", nullptr, p.pollIntervalSeconds);
    default:
        return {};
    }
}

QVariant GatewayTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Address:
        return tr("Address");
    case Metrics:
        return tr("Metrics");
    case Tags:
        return tr("Tags");
    case PollInterval:
        return tr("Poll every");
    default:
        return {};
    }
}

} // namespace gatehouse::ui
