#pragma once

#include "core/net/ConnectionTest.h"
#include "core/registry/GatewayProfile.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gatehouse {
class SecretStore;
}

namespace gatehouse::ui {

// Runs "Test connection" for one profile and shows each step (name resolution, TCP, TLS, HTTP,
// authentication) as it finishes, in plain words, with the summary at the bottom.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionTestDialog(const GatewayProfile& profile, SecretStore& secrets, QWidget* parent = nullptr);

    void start();
    bool isRunning() const;
    QString summary() const;
    QStringList stepTexts() const;

signals:
    void testFinished(bool ok);

private:
    void runWith(QByteArray credential);
    void addLine(const QString& iconName, const QString& text);

    GatewayProfile m_profile;
    SecretStore& m_secrets;
    QPointer<ConnectionTest> m_test;
    QListWidget* m_steps;
    QLabel* m_summary;
    QPushButton* m_again;
    QDialogButtonBox* m_buttons;
    bool m_running = false;
};

} // namespace gatehouse::ui
