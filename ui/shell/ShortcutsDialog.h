#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace gatehouse::ui {

// Help → Keyboard Shortcuts: every key the console answers to, read from the live window (its
// menus' actions, each page's actions and shortcuts), grouped by where they work, with a filter.
// Because it is read from the widgets, the list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // `pages`: each page's title and widget, in navigation order.
    ShortcutsDialog(QWidget* window, const QList<QPair<QString, QWidget*>>& pages, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

private:
    void applyFilter(const QString& text);

    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace gatehouse::ui
