#include "ui/keys/AccessKeysPanel.h"

#include "core/admin/AccessKeysClient.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"
#include "core/settings/Settings.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/ProblemBanner.h"
#include "ui/keys/AccessKeyDialog.h"
#include "ui/keys/AccessKeyTableModel.h"
#include "ui/keys/KeyFleetDialog.h"
#include "ui/keys/NewAccessKeyDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

AccessKeysPanel::AccessKeysPanel(GatewayRegistry& registry, SecretStore& secrets, Settings& settings,
                                 QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_model(new AccessKeyTableModel(this))
    , m_gateway(new AdminGatewayPicker(registry, secrets, this))
    , m_table(new QTableView(this))
    , m_problem(new ProblemBanner(tr("Access key problem"), this))
    , m_status(new QLabel(this))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_create(new QAction(tr("&New access key…"), this))
    , m_createOnGroup(new QAction(tr("New key on a &group…"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
    , m_toggle(new QAction(tr("&Disable"), this))
    , m_revoke(new QAction(tr("Re&voke…"), this))
    , m_revokeOnGroup(new QAction(tr("Revoke on a gro&up…"), this))
{
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction* a : panelActions())
        addAction(a);
    connect(m_refresh, &QAction::triggered, this, &AccessKeysPanel::refresh);
    connect(m_create, &QAction::triggered, this, &AccessKeysPanel::createKey);
    connect(m_createOnGroup, &QAction::triggered, this, qOverload<>(&AccessKeysPanel::createKeyOnGroup));
    connect(m_edit, &QAction::triggered, this, &AccessKeysPanel::editSelected);
    connect(m_toggle, &QAction::triggered, this, &AccessKeysPanel::toggleSelected);
    connect(m_revoke, &QAction::triggered, this, &AccessKeysPanel::revokeSelected);
    connect(m_revokeOnGroup, &QAction::triggered, this, &AccessKeysPanel::revokeSelectedOnGroup);

    connect(m_gateway, &QComboBox::currentIndexChanged, this, &AccessKeysPanel::refresh);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Gateway:"), this));
    top->addWidget(m_gateway);
    top->addStretch(1);
    for (QAction* a : panelActions()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        top->addWidget(button);
    }

    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Access keys"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(AccessKeyTableModel::Models, QHeaderView::Stretch);
    m_table->setColumnWidth(AccessKeyTableModel::Name, 180);
    m_table->setColumnWidth(AccessKeyTableModel::Key, 130);
    m_table->setColumnWidth(AccessKeyTableModel::Limits, 200);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessKeysPanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &AccessKeysPanel::editSelected);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    reloadGateways();
}

QList<QAction*> AccessKeysPanel::panelActions() const
{
    return {m_refresh, m_create, m_createOnGroup, m_edit, m_toggle, m_revoke, m_revokeOnGroup};
}

QString AccessKeysPanel::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString AccessKeysPanel::statusText() const
{
    return m_status->text();
}

void AccessKeysPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadGateways();
}

void AccessKeysPanel::reloadGateways()
{
    if (!m_gateway->reload())
        return;
    if (!m_gateway->hasGateways()) {
        m_model->setKeys({});
        showProblem(AdminGatewayPicker::noGatewayText());
        updateActions();
        return;
    }
    refresh();
}

void AccessKeysPanel::withClient(const std::function<void(AccessKeysClient&)>& call)
{
    setBusy(true);
    const QString name = m_gateway->currentText();
    m_gateway->readEndpoint(
        [this, name, call](std::optional<AdminEndpoint> endpoint, const QString& problem) {
            if (!endpoint) {
                setBusy(false);
                showProblem(problem);
                emit operationFinished();
                return;
            }
            if (m_client)
                m_client->deleteLater();
            m_client = new AccessKeysClient(std::move(*endpoint), this);
            m_clientGateway = name;
            connect(m_client, &AccessKeysClient::failed, this,
                    [this](const QString& action, const QString& message) {
                        setBusy(false);
                        showProblem(tr("Could not %1: %2").arg(action, message));
                        emit operationFinished();
                    });
            call(*m_client);
        });
}

void AccessKeysPanel::refresh()
{
    if (m_gateway->currentIndex() < 0)
        return;
    if (m_busy) { // e.g. another gateway picked while the last one still answers
        m_refreshAgain = true;
        return;
    }
    withClient([this](AccessKeysClient& client) {
        connect(&client, &AccessKeysClient::listed, this, [this](const QList<AccessKey>& keys) {
            m_model->setKeys(keys);
            setBusy(false);
            showProblem({});
            showStatus(tr("%n access key(s) on %1.", nullptr, int(keys.size())).arg(m_clientGateway));
            emit operationFinished();
        });
        client.list();
    });
}

void AccessKeysPanel::createKey()
{
    if (m_gateway->currentIndex() < 0)
        return;
    AccessKeyDialog dialog(nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AccessKeyChanges changes = dialog.changes();
    withClient([this, changes](AccessKeysClient& client) {
        connect(&client, &AccessKeysClient::created, this,
                [this](const AccessKey& key, const QByteArray& secret) {
                    m_model->upsert(key);
                    setBusy(false);
                    showProblem({});
                    showStatus(tr("Created the access key \"%1\".").arg(key.name));
                    auto* shown = new NewAccessKeyDialog(key, secret, m_clientGateway, m_secrets,
                                                         m_settings.clipboardClearSeconds(), this);
                    shown->setAttribute(Qt::WA_DeleteOnClose);
                    shown->open();
                    emit newKeyShown(shown);
                    emit operationFinished();
                });
        client.create(changes);
    });
}

void AccessKeysPanel::createKeyOnGroup()
{
    if (m_gateway->tags().isEmpty())
        return;
    AccessKeyDialog dialog(nullptr, this);
    dialog.setWindowTitle(tr("New access key on a group"));
    if (dialog.exec() == QDialog::Accepted)
        createKeyOnGroup(dialog.changes());
}

void AccessKeysPanel::createKeyOnGroup(const AccessKeyChanges& key)
{
    auto* fleet = new KeyFleetDialog(*m_gateway, key, m_gateway->currentText(), this);
    fleet->setAttribute(Qt::WA_DeleteOnClose);
    connect(fleet, &KeyFleetDialog::secretReady, this,
            [this](const AccessKey& created, const QByteArray& secret, const QString& group) {
                auto* shown = new NewAccessKeyDialog(created, secret, group, m_secrets,
                                                     m_settings.clipboardClearSeconds(), this);
                shown->setAttribute(Qt::WA_DeleteOnClose);
                shown->open();
                emit newKeyShown(shown);
            });
    // The page's own gateway may be one of the group: its list shows the key.
    connect(fleet, &KeyFleetDialog::operationFinished, this, &AccessKeysPanel::refresh);
    fleet->open();
    emit fleetDialogShown(fleet);
}

void AccessKeysPanel::editSelected()
{
    const AccessKey* key = selectedKey();
    if (!key)
        return;
    AccessKeyDialog dialog(key, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AccessKeyChanges changes = dialog.changes();
    if (changes.toJson().isEmpty())
        return;
    const QString id = key->id;
    withClient([this, id, changes](AccessKeysClient& client) {
        connect(&client, &AccessKeysClient::updated, this, [this](const AccessKey& updated) {
            m_model->upsert(updated);
            setBusy(false);
            showProblem({});
            showStatus(tr("Saved the access key \"%1\".").arg(updated.name));
            emit operationFinished();
        });
        client.update(id, changes);
    });
}

void AccessKeysPanel::toggleSelected()
{
    const AccessKey* key = selectedKey();
    if (!key)
        return;
    AccessKeyChanges changes;
    changes.enabled = !key->enabled;
    const QString id = key->id;
    withClient([this, id, changes](AccessKeysClient& client) {
        connect(&client, &AccessKeysClient::updated, this, [this](const AccessKey& updated) {
            m_model->upsert(updated);
            setBusy(false);
            showProblem({});
            showStatus(
                updated.enabled
                    ? tr("Enabled the access key \"%1\".").arg(updated.name)
                    : tr("Disabled the access key \"%1\": its callers get 401 now.").arg(updated.name));
            emit operationFinished();
        });
        client.update(id, changes);
    });
}

void AccessKeysPanel::revokeSelected()
{
    const AccessKey* key = selectedKey();
    if (!key)
        return;
    const QString id = key->id;
    const QString name = key->name;
    const auto answer = QMessageBox::warning(
        this, tr("Revoke access key"),
        tr("Revoke the access key \"%1\" on %2? Applications using it are refused at once; this cannot be "
           "undone.")
            .arg(name, m_gateway->currentText()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    withClient([this, id, name](AccessKeysClient& client) {
        connect(&client, &AccessKeysClient::revoked, this, [this, name](const QString& revokedId) {
            m_model->removeKey(revokedId);
            setBusy(false);
            showProblem({});
            showStatus(tr("Revoked the access key \"%1\".").arg(name));
            emit operationFinished();
        });
        client.revoke(id);
    });
}

void AccessKeysPanel::revokeSelectedOnGroup()
{
    const AccessKey* key = selectedKey();
    if (!key || m_gateway->tags().isEmpty())
        return;
    auto* fleet = new KeyFleetDialog(*m_gateway, *key, m_gateway->currentText(), this);
    fleet->setAttribute(Qt::WA_DeleteOnClose);
    connect(fleet, &KeyFleetDialog::operationFinished, this, &AccessKeysPanel::refresh);
    fleet->open();
    emit fleetDialogShown(fleet);
}

const AccessKey* AccessKeysPanel::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->keyAt(rows.first().row());
}

void AccessKeysPanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showStatus(tr("Asking %1…").arg(m_gateway->currentText()));
    if (!busy && m_refreshAgain) {
        m_refreshAgain = false;
        QTimer::singleShot(0, this, &AccessKeysPanel::refresh);
    }
    updateActions();
}

void AccessKeysPanel::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_status->clear();
}

void AccessKeysPanel::showStatus(const QString& text)
{
    m_status->setText(text);
}

void AccessKeysPanel::updateActions()
{
    const bool gateway = m_gateway->currentIndex() >= 0;
    const AccessKey* key = selectedKey();
    m_refresh->setEnabled(gateway && !m_busy);
    m_create->setEnabled(gateway && !m_busy);
    const bool groups = !m_gateway->tags().isEmpty(); // read from the registry once
    m_createOnGroup->setEnabled(groups);
    m_edit->setEnabled(key && !m_busy);
    m_toggle->setEnabled(key && !m_busy);
    m_toggle->setText(key && !key->enabled ? tr("&Enable") : tr("&Disable"));
    m_revoke->setEnabled(key && !m_busy);
    m_revokeOnGroup->setEnabled(key && groups);
}

} // namespace gatehouse::ui
