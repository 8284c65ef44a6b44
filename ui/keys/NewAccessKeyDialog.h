#pragma once

#include "core/admin/AccessKey.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gatehouse {
class SecretStore;
}

namespace gatehouse::ui {

class SecretClipboard;

// Shows a new access key's secret — the only time anyone sees it — with Copy (cleared from the
// clipboard after the Settings delay) and Save to keychain. The secret is wiped when it closes.
class NewAccessKeyDialog : public QDialog
{
    Q_OBJECT
public:
    NewAccessKeyDialog(const AccessKey& key, QByteArray secret, const QString& gatewayName,
                       SecretStore& secrets, int clipboardClearSeconds, QWidget* parent = nullptr);
    ~NewAccessKeyDialog() override;

    QString keychainName() const;
    QString statusText() const;
    bool saved() const { return m_saved; }

public slots:
    void copy();
    void saveToKeychain();

private:
    SecretStore& m_secrets;
    QByteArray m_secret;
    int m_clearSeconds;
    SecretClipboard* m_clipboard;
    QLineEdit* m_value;
    QLineEdit* m_name;
    QPushButton* m_save;
    QLabel* m_status;
    bool m_saved = false;
};

// A keychain name for an access key: "access-GATEWAY-KEY", reduced to the characters the keychain
// catalog accepts.
QString suggestedKeychainName(const QString& gatewayName, const QString& keyName);

} // namespace gatehouse::ui
