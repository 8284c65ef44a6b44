#pragma once

#include "core/metrics/RuleHits.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::ui {

// A gateway's content-filter rules as its admin API gives them (the rules_json form), one row per
// rule; the Enabled column is a check box that asks for a change (toggleRequested), it does not
// change the rule itself. Hits shows how often each rule hit on the gateway (from its /metrics),
// or "—" with the reason in the tooltip while that is not known.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Enabled,
        Id,
        Name,
        Kind,
        Action,
        Scope,
        Priority,
        Hits,
        Tags,
        Updated,
        ColumnCount
    };

    // What a column sorts by: numbers as numbers, times as ISO text, on/off as a bool.
    static constexpr int SortRole = Qt::UserRole;

    explicit RuleTableModel(QObject* parent = nullptr);

    void setRules(const QJsonArray& rules);
    const QJsonArray& rules() const { return m_rules; }
    QJsonObject ruleAt(int row) const;
    int rowOf(const QString& id) const;
    void setHits(const QHash<QString, metrics::RuleHitCount>& hits);
    void setHitsUnknown(const QString& why);
    bool hitsKnown() const { return m_hitsKnown; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString scopeText(const QJsonObject& rule); // "input (user, last)", "input, output"
    static QStringList tagsOf(const QJsonObject& rule);

signals:
    void toggleRequested(const QString& id, bool enabled);

private:
    QVariant hitsData(const QString& id, int role) const;

    QJsonArray m_rules;
    QHash<QString, metrics::RuleHitCount> m_hits;
    bool m_hitsKnown = false;
    QString m_hitsWhy;
};

} // namespace gatehouse::ui
