#include "ui/keys/AccessKeyTableModel.h"

#include <QColor>
#include <QLocale>

namespace gatehouse::ui {

AccessKeyTableModel::AccessKeyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccessKeyTableModel::setKeys(const QList<AccessKey>& keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

void AccessKeyTableModel::upsert(const AccessKey& key)
{
    const int row = rowOf(key.id);
    if (row >= 0) {
        m_keys[row] = key;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_keys.size()), int(m_keys.size()));
    m_keys << key;
    endInsertRows();
}

void AccessKeyTableModel::removeKey(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    endRemoveRows();
}

const AccessKey* AccessKeyTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys[row] : nullptr;
}

int AccessKeyTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys[row].id == id)
            return row;
    }
    return -1;
}

QString AccessKeyTableModel::statusOf(const AccessKey& key)
{
    if (key.isExpired())
        return tr("Expired");
    return key.enabled ? tr("Active") : tr("Disabled");
}

QString AccessKeyTableModel::limitsOf(const AccessKey& key)
{
    QStringList parts;
    const QLocale locale;
    if (key.rpm)
        parts << tr("%1 req/min").arg(locale.toString(*key.rpm));
    if (key.tpm)
        parts << tr("%1 tok/min").arg(locale.toString(*key.tpm));
    return parts.isEmpty() ? tr("Unlimited") : parts.join(QStringLiteral(" · "));
}

int AccessKeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AccessKeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessKeyTableModel::data(const QModelIndex& index, int role) const
{
    const AccessKey* key = keyAt(index.row());
    if (!key)
        return {};
    const QLocale locale;
    const auto when = [&locale](const QDateTime& t, const QString& none) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : none;
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return key->name;
        case Key:
            return QStringLiteral("gk-%1…").arg(key->prefix);
        case Models:
            return key->models.isEmpty() ? tr("All models") : key->models.join(QStringLiteral(", "));
        case Limits:
            return limitsOf(*key);
        case Expires:
            return when(key->expiresAt, tr("Never"));
        case Status:
            return statusOf(*key);
        case LastUsed:
            return when(key->lastUsedAt, tr("Never"));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Key)
        return tr("Only the start of the key is known; the whole key was shown once, when it was created.");
    if (role == Qt::ForegroundRole && index.column() == Status && (key->isExpired() || !key->enabled))
        return QColor(0xb0, 0x3a, 0x2e);
    return {};
}

QVariant AccessKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Key:
        return tr("Key");
    case Models:
        return tr("Models");
    case Limits:
        return tr("Limits");
    case Expires:
        return tr("Expires");
    case Status:
        return tr("Status");
    case LastUsed:
        return tr("Last used");
    default:
        return {};
    }
}

} // namespace gatehouse::ui
