#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace gatehouse {
class LocalGateway;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

// The strip above the gateway list about the gateway that comes with the console: whether it
// runs and where, Start/Stop, and its log on request.
class LocalGatewayPanel : public QWidget
{
    Q_OBJECT
public:
    // With a secret store, Providers… edits the providers the local gateway forwards to.
    explicit LocalGatewayPanel(LocalGateway& gateway, SecretStore* secrets = nullptr,
                               QWidget* parent = nullptr);

    QString statusText() const;

public slots:
    void editProviders();

private:
    void update();

    LocalGateway& m_gateway;
    QLabel* m_dot;
    QLabel* m_status;
    QPushButton* m_startStop;
    QToolButton* m_showLog;
    QPushButton* m_providers;
    SecretStore* m_secrets;
    bool m_restartPending = false;
    QPlainTextEdit* m_log;
};

} // namespace gatehouse::ui
