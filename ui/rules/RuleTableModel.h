#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::ui {

// A gateway's content-filter rules as its admin API gives them (the rules_json form), one row per
// rule; the Enabled column is a check box that asks for a change (toggleRequested), it does not
// change the rule itself.
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
    QJsonArray m_rules;
};

} // namespace gatehouse::ui
