#pragma once

#include <QDialog>

class QTreeWidget;

namespace gatehouse {
class ConsoleDatabase;
}

namespace gatehouse::ui {

// Help → About Gatehouse: the version, what it is, and the libraries it is built on with their
// versions (as loaded at run time where the library can say) and licenses.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(ConsoleDatabase& database, QWidget* parent = nullptr);

    QTreeWidget* libraries() const { return m_libraries; }

private:
    QTreeWidget* m_libraries;
};

} // namespace gatehouse::ui
