#include "ui/keys/SecretTableModel.h"

#include "core/secrets/SecretStore.h"

#include <QFontDatabase>
#include <QLocale>

namespace gatehouse::ui {

namespace {
const QString mask = QStringLiteral("••••••••••••");
}

SecretTableModel::SecretTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

SecretTableModel::~SecretTableModel()
{
    hideAll();
}

void SecretTableModel::setSecrets(const QList<SecretInfo>& secrets)
{
    beginResetModel();
    m_secrets = secrets;
    // Forget revealed values of secrets that are gone.
    for (auto it = m_revealed.begin(); it != m_revealed.end();) {
        if (rowOf(it.key()) < 0) {
            wipe(it.value());
            it = m_revealed.erase(it);
        } else {
            ++it;
        }
    }
    endResetModel();
}

SecretInfo SecretTableModel::secretAt(int row) const
{
    return m_secrets.value(row);
}

int SecretTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_secrets.size(); ++row) {
        if (m_secrets[row].name == name)
            return row;
    }
    return -1;
}

void SecretTableModel::reveal(const QString& name, const QByteArray& value)
{
    hide(name);
    m_revealed.insert(name, value);
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, Value), index(row, Value));
}

void SecretTableModel::hide(const QString& name)
{
    auto it = m_revealed.find(name);
    if (it == m_revealed.end())
        return;
    wipe(it.value());
    m_revealed.erase(it);
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, Value), index(row, Value));
}

void SecretTableModel::hideAll()
{
    const QStringList names = m_revealed.keys();
    for (const QString& name : names)
        hide(name);
}

bool SecretTableModel::isRevealed(const QString& name) const
{
    return m_revealed.contains(name);
}

int SecretTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_secrets.size());
}

int SecretTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_secrets.size())
        return {};
    const SecretInfo& s = m_secrets[index.row()];
    if (index.column() == Value && role == Qt::FontRole && m_revealed.contains(s.name))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (index.column() == Value && role == Qt::AccessibleTextRole)
        return m_revealed.contains(s.name) ? tr("revealed value") : tr("hidden value");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Kind:
        return secretKindDisplayName(s.kind);
    case Value:
        return m_revealed.contains(s.name) ? QString::fromUtf8(m_revealed.value(s.name)) : mask;
    case Updated:
        return QLocale().toString(s.updated.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SecretTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Value:
        return tr("Value");
    case Updated:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace gatehouse::ui
