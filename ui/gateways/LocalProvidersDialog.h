#pragma once

#include "core/localgateway/ProviderUpstream.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gatehouse::ui {

// Edits the providers of the local gateway: name, OpenAI-compatible address, the keychain secret
// holding the key (picked by name — the value never passes through this dialog), models, and how
// the key is sent. Invalid entries are refused with the sentence that says what to fix.
class LocalProvidersDialog : public QDialog
{
    Q_OBJECT
public:
    LocalProvidersDialog(const QList<ProviderUpstream>& providers, const QStringList& keychainNames,
                         QWidget* parent = nullptr);

    QList<ProviderUpstream> providers() const { return m_providers; }
    QString errorText() const;

    // The form's fields, for tests and accessibility.
    QListWidget* list() const { return m_list; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* urlField() const { return m_url; }
    QComboBox* keyField() const { return m_key; }
    QLineEdit* modelsField() const { return m_models; }

public slots:
    void addProvider();
    void removeSelected();
    void accept() override;

private:
    void showSelected();
    bool storeForm(); // the form into the selected provider; false (and the error shown) when invalid
    void showError(const QString& text);

    QList<ProviderUpstream> m_providers;
    int m_shown = -1; // the provider the form shows
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_key;
    QLineEdit* m_models;
    QComboBox* m_auth;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace gatehouse::ui
