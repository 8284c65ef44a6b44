#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

class RuleFilterProxy;

// The row above the Rules table: a search field (Ctrl+F on the page), the Kind, Tag and On/off
// filters, and how many of the set's rules are shown. The Tag filter offers the tags the set has,
// kept up to date as the set changes; a picked tag that left the set falls back to every tag.
class RuleFilterBar : public QWidget
{
    Q_OBJECT
public:
    RuleFilterBar(RuleFilterProxy* proxy, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* tagFilter() const { return m_tag; }
    QComboBox* enabledFilter() const { return m_enabled; }
    QString countText() const;

    void focusSearch();

signals:
    // Around every change of what is shown: the view moves its selection to a neighbour when the
    // selected row is filtered out, which the page must not take for the user's pick.
    void filterAboutToChange();
    void filterChanged();

private:
    void updateTags();
    void updateCount();
    template <typename Change> void change(Change apply);

    RuleFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QComboBox* m_enabled;
    QLabel* m_count;
};

} // namespace gatehouse::ui
