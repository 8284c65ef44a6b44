#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace gatehouse::ui {

// Picks the targets a prompt suite runs against when it should run against several at once: a
// list of the chat targets with a box each. OK needs at least one.
class SuiteTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    SuiteTargetsDialog(const QStringList& available, const QStringList& chosen, QWidget* parent = nullptr);

    QStringList chosen() const; // in the list's order
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
    QPushButton* m_ok;
};

} // namespace gatehouse::ui
