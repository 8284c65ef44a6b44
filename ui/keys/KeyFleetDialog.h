#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/FleetOperation.h"
#include "ui/common/FleetResultList.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace gatehouse {
class AccessKeyFleetOperation;
}

namespace gatehouse::ui {

class AdminGatewayPicker;

// One access key on every gateway of a tag (a fleet behind one address): "New key on a group"
// creates it with a secret made by the console, so that the same key works on each, and hands the
// secret on once (secretReady) when at least one gateway holds the key; "Revoke on a group"
// revokes it (by name and prefix) wherever it is. Lists the tag's gateways, then a result per
// gateway with a progress bar; the failed ones can be retried while the dialog is open.
class KeyFleetDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column // of gatewayList()
    {
        Gateway,
        Result,
    };

    // Create: `key` holds the name, models, limits and expiry the key gets everywhere;
    // `gateway` is the page's gateway, whose group is offered first.
    KeyFleetDialog(AdminGatewayPicker& gateways, AccessKeyChanges key, const QString& gateway,
                   QWidget* parent = nullptr);
    // Revoke `key` (as `gateway` lists it) on the group's gateways.
    KeyFleetDialog(AdminGatewayPicker& gateways, const AccessKey& key, const QString& gateway,
                   QWidget* parent = nullptr);

    void setTag(const QString& tag);
    bool isCreating() const { return m_busy; }
    QString summaryText() const;

    QComboBox* tagField() const { return m_tag; }
    FleetResultList* gatewayList() const { return m_list; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* runButton() const { return m_runButton; }

public slots:
    void run(); // on the tag's gateways; once done with failures, again on the failed ones

signals:
    // The first gateway's copy of the key and the secret all of them accept; `group` names the tag.
    void secretReady(const gatehouse::AccessKey& key, const QByteArray& secret, const QString& group);
    void operationFinished();

private:
    KeyFleetDialog(AdminGatewayPicker& gateways, const QString& intro, QWidget* parent);
    bool creates() const { return m_revoked.id.isEmpty(); }
    void listGateways();
    void start(QList<FleetTarget> targets);
    void showResult(int index);
    void finish();
    void updateButtons();

    AdminGatewayPicker& m_gateways;
    AccessKeyChanges m_key; // to create
    AccessKey m_revoked;    // to revoke
    QStringList m_targets;
    QComboBox* m_tag;
    FleetResultList* m_list;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_runButton;
    // One key per dialog: kept (with a new key's secret) until the dialog goes, for retries.
    QPointer<AccessKeyFleetOperation> m_operation;
    bool m_busy = false;
    bool m_handedOn = false; // secretReady was emitted
};

} // namespace gatehouse::ui
