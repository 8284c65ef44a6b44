#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace gatehouse::ui {

// The top of every page: its title, one line on what it is for, and room on the right for the
// page's actions.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    void addAction(QWidget* widget);

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_actions;
};

} // namespace gatehouse::ui
