#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace gatehouse {
class LocalGateway;
}

namespace gatehouse::ui {

// The strip above the gateway list about the gateway that comes with the console: whether it
// runs and where, Start/Stop, and its log on request.
class LocalGatewayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LocalGatewayPanel(LocalGateway& gateway, QWidget* parent = nullptr);

    QString statusText() const;

private:
    void update();

    LocalGateway& m_gateway;
    QLabel* m_dot;
    QLabel* m_status;
    QPushButton* m_startStop;
    QToolButton* m_showLog;
    QPlainTextEdit* m_log;
};

} // namespace gatehouse::ui
