#pragma once

#include <QDialog>

class QTreeWidget;

// The newest 500 alerts, newest first: when, which gateway, what, fired or resolved.
namespace gatehouse::ui {

class AlertCenter;

class AlertLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertLogDialog(const AlertCenter& alerts, QWidget* parent = nullptr);

    QTreeWidget* entries() const { return m_entries; }

private:
    QTreeWidget* m_entries;
};

} // namespace gatehouse::ui
