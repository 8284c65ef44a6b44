#include "ui/keys/KeyFleetDialog.h"

#include "core/admin/AccessKeyFleetCreate.h"
#include "ui/common/AdminGatewayPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

KeyFleetDialog::KeyFleetDialog(AdminGatewayPicker& gateways, AccessKeyChanges key, const QString& gateway,
                               QWidget* parent)
    : QDialog(parent)
    , m_gateways(gateways)
    , m_key(std::move(key))
    , m_tag(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_createButton(new QPushButton(tr("&Create on all"), this))
{
    setWindowTitle(tr("New access key on a group"));
    m_tag->setAccessibleName(tr("Tag"));
    m_list->setAccessibleName(tr("Gateways"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Gateway"), tr("Result")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(Gateway, 160);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createButton->setDefault(true);

    auto* intro = new QLabel(tr("One key, \"%1\", on every gateway of the group: the console makes its "
                                "secret and sends each gateway only its SHA-256, so a client's key "
                                "works on whichever gateway answers. Each gateway counts the key's "
                                "limits on its own.")
                                 .arg(m_key.name.value_or(QString())),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Tag:"), m_tag);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_createButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, &KeyFleetDialog::create);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &KeyFleetDialog::listGateways);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 400);

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
    const bool retry = m_create && m_create->isFinished() && m_create->failedCount() > 0 && m_handedOn;
    m_createButton->setText(retry ? tr("&Retry the failed") : tr("&Create on all"));
    const bool complete = m_create && m_create->isFinished() && !retry;
    m_createButton->setEnabled(!m_busy && !complete && !m_targets.isEmpty());
    m_tag->setEnabled(!m_busy && !m_create);
}

void KeyFleetDialog::listGateways()
{
    if (m_create)
        return; // the key is being made, or was: its gateways stay listed
    m_targets = m_gateways.gatewaysTagged(m_tag->currentText());
    m_list->clear();
    for (const QString& gateway : m_targets) {
        auto* item = new QTreeWidgetItem(m_list, {gateway, tr("not created yet")});
        item->setForeground(Result, palette().brush(QPalette::PlaceholderText));
    }
    m_progress->setRange(0, std::max(1, int(m_targets.size())));
    m_progress->setValue(0);
    m_summary->setText(m_targets.isEmpty()
                           ? tr("No gateway carries this tag.")
                           : tr("%n gateway(s) will hold the key.", nullptr, int(m_targets.size())));
    updateButtons();
}

void KeyFleetDialog::create()
{
    if (m_busy || m_targets.isEmpty())
        return;
    if (m_create) { // finished: the failed ones again, same secret
        if (!m_handedOn || !m_create->retryFailed())
            return;
        m_busy = true;
        for (int i = 0; i < m_create->results().size(); ++i) {
            if (!m_create->results().at(i).done)
                m_list->topLevelItem(i)->setText(Result, tr("waiting…"));
        }
        m_progress->setValue(m_create->finishedCount());
        m_summary->setText(tr("Trying the failed gateway(s) again…"));
        updateButtons();
        return;
    }
    m_busy = true;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        m_list->topLevelItem(i)->setText(Result, tr("waiting…"));
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Reading the admin tokens…"));
    updateButtons();
    QPointer<KeyFleetDialog> self(this);
    m_gateways.readTargetsOf(m_targets, [self](QList<RuleSetTarget> targets) {
        if (self)
            self->start(std::move(targets));
    });
}

void KeyFleetDialog::start(QList<RuleSetTarget> targets)
{
    const int count = int(targets.size());
    m_create = new AccessKeyFleetCreate(m_key, std::move(targets), this);
    connect(m_create, &AccessKeyFleetCreate::targetFinished, this, &KeyFleetDialog::showResult);
    connect(m_create, &AccessKeyFleetCreate::progressed, m_progress, &QProgressBar::setValue);
    connect(m_create, &AccessKeyFleetCreate::finished, this, &KeyFleetDialog::finish);
    m_summary->setText(tr("Creating the key on %n gateway(s)…", nullptr, count));
    m_create->start();
}

void KeyFleetDialog::showResult(int index)
{
    const AccessKeyFleetResult& result = m_create->results().at(index);
    QTreeWidgetItem* item = m_list->topLevelItem(index);
    if (!item)
        return;
    item->setForeground(Result, palette().brush(QPalette::Text));
    item->setText(Result, result.ok ? tr("Created: %1 (gk-%2…)").arg(result.key.id, result.key.prefix)
                                    : tr("Failed: %1").arg(result.error));
    item->setToolTip(Result, item->text(Result));
}

void KeyFleetDialog::finish()
{
    m_busy = false;
    const int total = m_create->total();
    const int created = m_create->createdCount();
    m_summary->setText(created == total ? tr("All %n gateway(s) hold the key now.", nullptr, total)
                       : created == 0
                           ? tr("No gateway holds the key; nothing was created.")
                           : tr("%1 of %n gateway(s) hold the key. Retry the failed ones while this "
                                "window is open: the secret is not kept once it closes.",
                                nullptr, total)
                                 .arg(created));
    if (created == 0) {
        m_create->deleteLater(); // nothing holds this secret: a new try makes a new one
        m_create = nullptr;
    } else if (!m_handedOn) {
        m_handedOn = true;
        for (const AccessKeyFleetResult& result : m_create->results()) {
            if (result.ok) {
                emit secretReady(result.key, m_create->secret(), m_tag->currentText());
                break;
            }
        }
    }
    updateButtons();
    emit creationFinished();
}

} // namespace gatehouse::ui
