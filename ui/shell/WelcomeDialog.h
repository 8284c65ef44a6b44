#pragma once

#include <QDialog>

namespace gatehouse::ui {

// The first start's welcome: what Gatehouse is, and the two ways in — start the local gateway
// (gatehoused on 127.0.0.1 with the offline demo model: something to chat with and watch at
// once, no keys, no network) or add a gateway of one's own. Whatever is chosen can be changed
// later (Settings, Gateways page); the choice is what the window acts on.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        LocalGateway,
        AddGateway,
        Later,
    };
    Q_ENUM(Choice)

    explicit WelcomeDialog(QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

signals:
    void chosen(gatehouse::ui::WelcomeDialog::Choice choice);

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Later;
};

} // namespace gatehouse::ui
