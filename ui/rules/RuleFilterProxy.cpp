#include "ui/rules/RuleFilterProxy.h"

#include "ui/rules/RuleTableModel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::ui {

RuleFilterProxy::RuleFilterProxy(RuleTableModel* rules, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_rules(rules)
{
    setSourceModel(rules);
    setSortRole(RuleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RuleFilterProxy::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void RuleFilterProxy::setKind(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void RuleFilterProxy::setTag(const QString& tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilter();
}

void RuleFilterProxy::setEnabledFilter(EnabledFilter filter)
{
    if (filter == m_enabled)
        return;
    m_enabled = filter;
    refilter();
}

void RuleFilterProxy::refilter()
{
    // invalidateFilter() is the Qt 6.4 way; beginFilterChange() only came in 6.9.
    invalidateFilter();
}

bool RuleFilterProxy::ruleContains(const QJsonObject& rule, const QString& text)
{
    if (text.isEmpty())
        return true;
    const auto has = [&text](const QString& field) { return field.contains(text, Qt::CaseInsensitive); };
    for (const char* field : {"id", "name", "description", "pattern"}) {
        if (has(rule.value(QLatin1String(field)).toString()))
            return true;
    }
    for (const char* list : {"tags", "keywords", "detectors"}) {
        for (const QJsonValue item : rule.value(QLatin1String(list)).toArray()) {
            if (has(item.toString()))
                return true;
        }
    }
    return false;
}

bool RuleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QJsonObject rule = m_rules->ruleAt(sourceRow);
    const bool enabled = rule.value(QLatin1String("enabled")).toBool(true);
    if ((m_enabled == EnabledFilter::On && !enabled) || (m_enabled == EnabledFilter::Off && enabled))
        return false;
    if (!m_kind.isEmpty() && rule.value(QLatin1String("kind")).toString() != m_kind)
        return false;
    if (!m_tag.isEmpty() && !RuleTableModel::tagsOf(rule).contains(m_tag))
        return false;
    return ruleContains(rule, m_search);
}

} // namespace gatehouse::ui
