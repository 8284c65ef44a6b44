#include "ui/keys/KeyFleetDialog.h"

#include "core/admin/AccessKeyFleetCreate.h"
#include "core/admin/AccessKeyFleetRevoke.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/FleetResultList.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

KeyFleetDialog::KeyFleetDialog(AdminGatewayPicker& gateways, const QString& intro, QWidget* parent)
    : QDialog(parent)
    , m_gateways(gateways)
    , m_tag(new QComboBox(this))
    , m_list(new FleetResultList(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_runButton(new QPushButton(this))
{
    m_tag->setAccessibleName(tr("Tag"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runButton->setDefault(true);

    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Tag:"), m_tag);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &KeyFleetDialog::run);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &KeyFleetDialog::listGateways);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 400);
}

KeyFleetDialog::KeyFleetDialog(AdminGatewayPicker& gateways, AccessKeyChanges key, const QString& gateway,
                               QWidget* parent)
    : KeyFleetDialog(gateways,
                     tr("One key, \"%1\", on every gateway of the group: the console makes its secret and "
                        "sends each gateway only its SHA-256, so a client's key works on whichever "
                        "gateway answers. Each gateway counts the key's limits on its own.")
                         .arg(key.name.value_or(QString())),
                     parent)
{
    m_key = std::move(key);
    setWindowTitle(tr("New access key on a group"));
    m_gateways.fillTagBox(*m_tag, gateway);
    listGateways();
}

KeyFleetDialog::KeyFleetDialog(AdminGatewayPicker& gateways, const AccessKey& key, const QString& gateway,
                               QWidget* parent)
    : KeyFleetDialog(gateways,
                     tr("The key \"%1\" (gk-%2…) is revoked on every gateway of the group that holds it; "
                        "applications using it are refused there at once. This cannot be undone.")
                         .arg(key.name, key.prefix),
                     parent)
{
    m_revoked = key;
    setWindowTitle(tr("Revoke an access key on a group"));
    m_gateways.fillTagBox(*m_tag, gateway);
    listGateways();
}

void KeyFleetDialog::setTag(const QString& tag)
{
    m_tag->setCurrentIndex(m_tag->findText(tag));
}

QString KeyFleetDialog::summaryText() const
{
    return m_summary->text();
}

void KeyFleetDialog::updateButtons()
{
    const bool finished = m_operation && m_operation->isFinished();
    const bool retry = finished && m_operation->failedCount() > 0 && m_operation->succeededCount() > 0;
    m_runButton->setText(retry       ? tr("&Retry the failed")
                         : creates() ? tr("&Create on all")
                                     : tr("Re&voke on all"));
    m_runButton->setEnabled(!m_busy && !(finished && !retry) && !m_targets.isEmpty());
    m_tag->setEnabled(!m_busy && !m_operation);
}

void KeyFleetDialog::listGateways()
{
    if (m_operation)
        return; // the change is being made, or was: its gateways stay listed
    m_targets = m_gateways.gatewaysTagged(m_tag->currentText());
    m_list->setGateways(m_targets, creates() ? tr("not created yet") : tr("not revoked yet"));
    m_progress->setRange(0, std::max(1, int(m_targets.size())));
    m_progress->setValue(0);
    const int count = int(m_targets.size());
    m_summary->setText(count == 0 ? tr("No gateway carries this tag.")
                       : creates()
                           ? tr("%n gateway(s) will hold the key.", nullptr, count)
                           : tr("%n gateway(s) will revoke the key if they hold it.", nullptr, count));
    updateButtons();
}

void KeyFleetDialog::run()
{
    if (m_busy || m_targets.isEmpty())
        return;
    if (m_operation) { // finished: the failed ones again (a new key with the same secret)
        if (!m_operation->retryFailed())
            return;
        m_busy = true;
        for (int i = 0; i < m_operation->results().size(); ++i) {
            if (!m_operation->results().at(i).done)
                m_list->setWaiting(i);
        }
        m_progress->setValue(m_operation->finishedCount());
        m_summary->setText(tr("Trying the failed gateway(s) again…"));
        updateButtons();
        return;
    }
    m_busy = true;
    m_list->setWaitingAll();
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Reading the admin tokens…"));
    updateButtons();
    QPointer<KeyFleetDialog> self(this);
    m_gateways.readTargetsOf(m_targets, [self](QList<FleetTarget> targets) {
        if (self)
            self->start(std::move(targets));
    });
}

void KeyFleetDialog::start(QList<FleetTarget> targets)
{
    const int count = int(targets.size());
    if (creates())
        m_operation = new AccessKeyFleetCreate(m_key, std::move(targets), this);
    else
        m_operation = new AccessKeyFleetRevoke(m_revoked.name, m_revoked.prefix, std::move(targets), this);
    connect(m_operation, &AccessKeyFleetOperation::targetFinished, this, &KeyFleetDialog::showResult);
    connect(m_operation, &AccessKeyFleetOperation::progressed, m_progress, &QProgressBar::setValue);
    connect(m_operation, &AccessKeyFleetOperation::finished, this, &KeyFleetDialog::finish);
    m_summary->setText(creates() ? tr("Creating the key on %n gateway(s)…", nullptr, count)
                                 : tr("Revoking the key on %n gateway(s)…", nullptr, count));
    m_operation->start();
}

void KeyFleetDialog::showResult(int index)
{
    const AccessKeyFleetResult& result = m_operation->results().at(index);
    QString text;
    if (!result.ok)
        text = tr("Failed: %1").arg(result.error);
    else if (creates())
        text = tr("Created: %1 (gk-%2…)").arg(result.key.id, result.key.prefix);
    else
        text = result.key.id.isEmpty() ? tr("Did not hold it") : tr("Revoked: %1").arg(result.key.id);
    m_list->showResult(index, text);
}

void KeyFleetDialog::finish()
{
    m_busy = false;
    const int total = m_operation->total();
    const int succeeded = m_operation->succeededCount();
    if (creates()) {
        m_summary->setText(succeeded == total ? tr("All %n gateway(s) hold the key now.", nullptr, total)
                           : succeeded == 0
                               ? tr("No gateway holds the key; nothing was created.")
                               : tr("%1 of %n gateway(s) hold the key. Retry the failed ones while this "
                                    "window is open: the secret is not kept once it closes.",
                                    nullptr, total)
                                     .arg(succeeded));
    } else {
        m_summary->setText(
            succeeded == total
                ? tr("No gateway of the %n holds the key any more.", nullptr, total)
                : tr("%1 of %n gateway(s) no longer hold the key; on the others it still works "
                     "until revoked there.",
                     nullptr, total)
                      .arg(succeeded));
    }
    if (succeeded == 0) {
        // Nothing changed anywhere: start over (another group may be chosen; a new key gets a
        // new secret, since no gateway holds this one).
        m_operation->deleteLater();
        m_operation = nullptr;
    } else if (creates() && !m_handedOn) {
        m_handedOn = true;
        for (const AccessKeyFleetResult& result : m_operation->results()) {
            if (result.ok) {
                emit secretReady(result.key, static_cast<AccessKeyFleetCreate*>(m_operation.data())->secret(),
                                 m_tag->currentText());
                break;
            }
        }
    }
    updateButtons();
    emit operationFinished();
}

} // namespace gatehouse::ui
