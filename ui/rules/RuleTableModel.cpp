#include "ui/rules/RuleTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace gatehouse::ui {

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RuleTableModel::setRules(const QJsonArray& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

QJsonObject RuleTableModel::ruleAt(int row) const
{
    return row >= 0 && row < m_rules.size() ? m_rules.at(row).toObject() : QJsonObject();
}

int RuleTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).toObject().value(QLatin1String("id")).toString() == id)
            return row;
    }
    return -1;
}

void RuleTableModel::setHits(const QHash<QString, metrics::RuleHitCount>& hits)
{
    m_hits = hits;
    m_hitsKnown = true;
    m_hitsWhy.clear();
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, Hits), index(int(m_rules.size()) - 1, Hits));
}

void RuleTableModel::setHitsUnknown(const QString& why)
{
    m_hits.clear();
    m_hitsKnown = false;
    m_hitsWhy = why;
    if (!m_rules.isEmpty())
        emit dataChanged(index(0, Hits), index(int(m_rules.size()) - 1, Hits));
}

QVariant RuleTableModel::hitsData(const QString& id, int role) const
{
    const auto found = m_hits.constFind(id);
    const double total = found == m_hits.constEnd() ? 0 : found->total;
    switch (role) {
    case SortRole:
        return m_hitsKnown ? total : -1.0;
    case Qt::DisplayRole:
        return m_hitsKnown ? QLocale().toString(qint64(total)) : QStringLiteral("—");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!m_hitsKnown)
            return m_hitsWhy.isEmpty() ? tr("Hit counts are not known yet.") : m_hitsWhy;
        QStringList lines;
        if (found != m_hits.constEnd()) {
            for (const metrics::RuleHitPart& part : found->parts)
                lines
                    << tr("%1 · %2: %3").arg(part.stage, part.action, QLocale().toString(qint64(part.count)));
        }
        if (lines.isEmpty())
            lines << tr("No hits.");
        lines << tr("Counted by the gateway since it started.");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleTableModel::scopeText(const QJsonObject& rule)
{
    const QJsonObject scope = rule.value(QLatin1String("scope")).toObject();
    const bool input = scope.value(QLatin1String("input")).toBool(true);
    const bool output = scope.value(QLatin1String("output")).toBool(false);
    QStringList parts;
    if (input) {
        QStringList detail;
        for (const QJsonValue role : scope.value(QLatin1String("roles")).toArray())
            detail << role.toString();
        if (scope.value(QLatin1String("messages")).toString() == QLatin1String("last"))
            detail << tr("last message");
        parts << (detail.isEmpty() ? tr("input") : tr("input (%1)").arg(detail.join(QStringLiteral(", "))));
    }
    if (output)
        parts << tr("output");
    return parts.join(QStringLiteral(", "));
}

QStringList RuleTableModel::tagsOf(const QJsonObject& rule)
{
    QStringList tags;
    for (const QJsonValue tag : rule.value(QLatin1String("tags")).toArray())
        tags << tag.toString();
    return tags;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    const QJsonObject rule = ruleAt(index.row());
    if (rule.isEmpty())
        return {};
    const bool enabled = rule.value(QLatin1String("enabled")).toBool(true);
    if (index.column() == Hits && role != Qt::ForegroundRole)
        return hitsData(rule.value(QLatin1String("id")).toString(), role);
    if (role == SortRole) {
        switch (index.column()) {
        case Enabled:
            return enabled;
        case Updated:
            return rule.value(QLatin1String("updatedAt")).toString();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !enabled && index.column() != Enabled)
        return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole && index.column() == Name)
        return rule.value(QLatin1String("description")).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return rule.value(QLatin1String("id")).toString();
    case Name:
        return rule.value(QLatin1String("name")).toString();
    case Kind:
        return rule.value(QLatin1String("kind")).toString();
    case Action:
        return rule.value(QLatin1String("action")).toString(QStringLiteral("block"));
    case Scope:
        return scopeText(rule);
    case Priority:
        return rule.value(QLatin1String("priority")).toInt();
    case Tags:
        return tagsOf(rule).join(QStringLiteral(", "));
    case Updated: {
        const QDateTime t =
            QDateTime::fromString(rule.value(QLatin1String("updatedAt")).toString(), Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Enabled:
        return tr("On");
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Action:
        return tr("Action");
    case Scope:
        return tr("Applies to");
    case Priority:
        return tr("Priority");
    case Hits:
        return tr("Hits");
    case Tags:
        return tr("Tags");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Enabled)
        return false;
    const QJsonObject rule = ruleAt(index.row());
    emit toggleRequested(rule.value(QLatin1String("id")).toString(), value.toInt() == Qt::Checked);
    return false; // the row changes when the gateway has stored it
}

} // namespace gatehouse::ui
