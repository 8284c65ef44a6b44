#pragma once

#include "core/admin/AccessKey.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace gatehouse {
class AccessKeysClient;
class GatewayRegistry;
class SecretStore;
class Settings;
} // namespace gatehouse

namespace gatehouse::ui {

class AccessKeyTableModel;
class AdminGatewayPicker;
class KeyFleetDialog;
class NewAccessKeyDialog;

// The access keys of one gatehoused, managed through its admin API with the admin token from the
// keychain: list, create (the secret is shown once and can be saved to the keychain) — also one
// key on every gateway of a tag group (KeyFleetDialog) — edit models, limits and expiry, disable
// or enable, revoke (also on every gateway of a group).
class AccessKeysPanel : public QWidget
{
    Q_OBJECT
public:
    AccessKeysPanel(GatewayRegistry& registry, SecretStore& secrets, Settings& settings,
                    QWidget* parent = nullptr);

    AdminGatewayPicker* gatewayPicker() const { return m_gateway; }
    QTableView* table() const { return m_table; }
    AccessKeyTableModel* model() const { return m_model; }
    QString problemText() const;
    QString statusText() const;
    QList<QAction*> panelActions() const;

public slots:
    void reloadGateways(); // the registry's gatehoused entries with an admin API
    void refresh();        // lists the selected gateway's keys
    void createKey();
    void createKeyOnGroup(); // asks for the key's settings, then opens a KeyFleetDialog
    void createKeyOnGroup(const AccessKeyChanges& key);
    void editSelected();
    void toggleSelected(); // disable an enabled key, enable a disabled one
    void revokeSelected();
    void revokeSelectedOnGroup(); // a KeyFleetDialog that revokes it on a tag's gateways

signals:
    void operationFinished(); // an admin API call finished (tests wait on this)
    // A new key's secret is shown (window-modal, deleted when closed).
    void newKeyShown(gatehouse::ui::NewAccessKeyDialog* dialog);
    // "New key on a group" or "Revoke on a group" is open (window-modal, deleted when closed).
    void fleetDialogShown(gatehouse::ui::KeyFleetDialog* dialog);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const AccessKey* selectedKey() const;
    void connectToSelectedGateway();
    void withClient(const std::function<void(AccessKeysClient&)>& call);
    void setBusy(bool busy);
    void showProblem(const QString& text);
    void showStatus(const QString& text);
    void updateActions();

    SecretStore& m_secrets;
    Settings& m_settings;
    AccessKeyTableModel* m_model;
    AdminGatewayPicker* m_gateway;
    QTableView* m_table;
    QLabel* m_problem;
    QLabel* m_status;
    QAction* m_refresh;
    QAction* m_create;
    QAction* m_createOnGroup;
    QAction* m_edit;
    QAction* m_toggle;
    QAction* m_revoke;
    QAction* m_revokeOnGroup;
    QPointer<AccessKeysClient> m_client;
    QString m_clientGateway; // the entry m_client talks to
    bool m_busy = false;
    bool m_refreshAgain = false;
};

} // namespace gatehouse::ui
