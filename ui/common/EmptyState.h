#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace gatehouse::ui {

// What a page shows when it has nothing to list yet: an icon, a title, a sentence on what the page
// is for and what to do first, and optionally the one button that does it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString& iconName, const QString& title, const QString& text, QWidget* parent = nullptr);

    // Shows the button; clicking it emits actionTriggered().
    void setAction(const QString& text);
    QString title() const;
    QString text() const;

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    QString m_iconName;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace gatehouse::ui
