#pragma once

#include <QSortFilterProxyModel>

namespace gatehouse::ui {

class RuleTableModel;

// What the Rules table shows of a RuleTableModel: the rules that contain the search text (in their
// id, name, description, tags, pattern, keywords or detectors, ignoring case) and pass the kind,
// tag and on/off filters; sorted by the column's RuleTableModel::SortRole, or in the gateway's
// order while no column is picked.
class RuleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class EnabledFilter
    {
        All,
        On,
        Off,
    };

    explicit RuleFilterProxy(RuleTableModel* rules, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setKind(const QString& kind); // a kind name as in the JSON ("regex"); "" for every kind
    void setTag(const QString& tag);   // "" for every tag
    void setEnabledFilter(EnabledFilter filter);
    QString searchText() const { return m_search; }
    QString kind() const { return m_kind; }
    QString tag() const { return m_tag; }
    EnabledFilter enabledFilter() const { return m_enabled; }

    static bool ruleContains(const QJsonObject& rule, const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    RuleTableModel* m_rules;
    QString m_search;
    QString m_kind;
    QString m_tag;
    EnabledFilter m_enabled = EnabledFilter::All;
};

} // namespace gatehouse::ui
