#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/RuleSetPush.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace gatehouse {
class AccessKeyFleetCreate;
}

namespace gatehouse::ui {

class AdminGatewayPicker;

// "New key on a group": one access key created on every gateway of a tag (a fleet behind one
// address), the secret made by the console so that the same key works on each. Lists the tag's
// gateways, then a result per gateway with a progress bar; the key's secret is handed on once
// (secretReady) when at least one gateway holds the key.
class KeyFleetDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        Gateway,
        Result,
    };

    // `key`: the name, models, limits and expiry the key gets everywhere; `gateway`: the page's
    // gateway, whose group is offered first.
    KeyFleetDialog(AdminGatewayPicker& gateways, AccessKeyChanges key, const QString& gateway,
                   QWidget* parent = nullptr);

    void setTag(const QString& tag);
    bool isCreating() const { return m_busy; }
    QString summaryText() const;

    QComboBox* tagField() const { return m_tag; }
    QTreeWidget* gatewayList() const { return m_list; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* createButton() const { return m_createButton; }

public slots:
    void create(); // on the tag's gateways; once done with failures, again on the failed ones

signals:
    // The first gateway's copy of the key and the secret all of them accept; `group` names the tag.
    void secretReady(const gatehouse::AccessKey& key, const QByteArray& secret, const QString& group);
    void creationFinished();

private:
    void listGateways();
    void start(QList<RuleSetTarget> targets);
    void showResult(int index);
    void finish();
    void updateButtons();

    AdminGatewayPicker& m_gateways;
    AccessKeyChanges m_key;
    QStringList m_targets;
    QComboBox* m_tag;
    QTreeWidget* m_list;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_createButton;
    // One key per dialog: kept (with its secret) until the dialog goes, for retries.
    QPointer<AccessKeyFleetCreate> m_create;
    bool m_busy = false;
    bool m_handedOn = false; // secretReady was emitted
};

} // namespace gatehouse::ui
