#include "ui/rules/RuleDriftDialog.h"

#include "core/admin/RuleSetRevisions.h"
#include "ui/common/AdminGatewayPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

RuleDriftDialog::RuleDriftDialog(AdminGatewayPicker& gateways, QWidget* parent)
    : QDialog(parent)
    , m_gateways(gateways)
    , m_tag(new QComboBox(this))
    , m_against(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_checkButton(new QPushButton(tr("&Check again"), this))
    , m_pushButton(new QPushButton(this))
{
    setWindowTitle(tr("Rules drift"));
    m_tag->setAccessibleName(tr("Tag"));
    m_against->setWordWrap(true);
    m_list->setAccessibleName(tr("Gateways that differ"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Gateway"), tr("Revision"), tr("Rules"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(Gateway, 140);
    m_list->setColumnWidth(Revision, 150);
    m_list->setColumnWidth(Rules, 60);
    m_progress->setAccessibleName(tr("Progress"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pushButton->setText(tr("&Push to these"));
    m_pushButton->setEnabled(false);

    connect(m_tag, &QComboBox::currentIndexChanged, this, &RuleDriftDialog::check);
    connect(m_checkButton, &QPushButton::clicked, this, &RuleDriftDialog::check);
    connect(m_pushButton, &QPushButton::clicked, this, [this] {
        QHash<QString, QByteArray> revisions;
        for (const QString& gateway : m_differing)
            revisions.insert(gateway, m_seen.value(gateway));
        emit pushRequested(m_differing, revisions);
    });

    auto* tagRow = new QHBoxLayout;
    auto* tagLabel = new QLabel(tr("&Tag:"), this);
    tagLabel->setBuddy(m_tag);
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tag, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_checkButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pushButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tagRow);
    layout->addWidget(m_against);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(620, 380);
}

void RuleDriftDialog::setReference(const QString& gateway, const QByteArray& etag)
{
    m_reference = gateway;
    m_referenceEtag = etag;
    m_against->setText(tr("Compared with %1, revision %2.").arg(gateway, QString::fromLatin1(etag)));
    m_gateways.fillTagBox(*m_tag, gateway); // at first, a group the reference gateway belongs to
}

void RuleDriftDialog::setTag(const QString& tag)
{
    const int at = m_tag->findText(tag);
    if (at == m_tag->currentIndex())
        check();
    else
        m_tag->setCurrentIndex(at);
}

bool RuleDriftDialog::isChecking() const
{
    return m_checking;
}

QString RuleDriftDialog::summaryText() const
{
    return m_summary->text();
}

void RuleDriftDialog::check()
{
    // A new check (another tag, or again) replaces one still running, whose answers are dropped.
    const quint64 generation = ++m_generation;
    if (m_check)
        m_check->deleteLater();
    m_check = nullptr;
    QStringList gateways = m_gateways.gatewaysTagged(m_tag->currentText());
    gateways.removeAll(m_reference);
    m_list->clear();
    m_differing.clear();
    m_seen.clear();
    m_pushButton->setEnabled(false);
    m_pushButton->setText(tr("&Push to these"));
    m_checkButton->setEnabled(false);
    m_progress->setRange(0, std::max(1, int(gateways.size())));
    m_progress->setValue(0);
    m_summary->setText(tr("Reading the revisions of %n gateway(s)…", nullptr, int(gateways.size())));
    m_checking = true;
    QPointer<RuleDriftDialog> self(this);
    m_gateways.readTargetsOf(gateways, [self, generation](QList<FleetTarget> targets) {
        if (!self || generation != self->m_generation)
            return;
        self->m_check = new RuleSetRevisions(std::move(targets), self.data());
        connect(self->m_check, &RuleSetRevisions::progressed, self->m_progress, &QProgressBar::setValue);
        connect(self->m_check, &RuleSetRevisions::finished, self.data(), &RuleDriftDialog::showRevisions);
        self->m_check->start();
    });
}

void RuleDriftDialog::showRevisions()
{
    int same = 0;
    int unknown = 0;
    const QList<RuleSetRevision> revisions = m_check->revisions();
    for (const RuleSetRevision& revision : revisions) {
        if (revision.error.isEmpty() && revision.etag == m_referenceEtag) {
            ++same;
            continue;
        }
        const bool known = revision.error.isEmpty();
        auto* item = new QTreeWidgetItem(
            m_list, {revision.gateway, known ? QString::fromLatin1(revision.etag) : QStringLiteral("—"),
                     known ? QString::number(revision.ruleCount) : QStringLiteral("—"),
                     known ? tr("holds other rules") : tr("unknown: %1").arg(revision.error)});
        item->setToolTip(State, item->text(State));
        if (known) {
            m_differing << revision.gateway;
            m_seen.insert(revision.gateway, revision.etag);
        } else {
            ++unknown;
        }
    }
    const int total = int(revisions.size());
    QString summary = total == 0 ? tr("No other gateway carries this tag.")
                      : m_differing.isEmpty()
                          ? tr("%1 of %n other gateway(s) hold the same rules as %2.", nullptr, total)
                                .arg(same)
                                .arg(m_reference)
                          : tr("%1 of %n other gateway(s) hold rules other than %2's.", nullptr, total)
                                .arg(m_differing.size())
                                .arg(m_reference);
    if (unknown > 0)
        summary += QLatin1Char(' ') + tr("%n could not be asked.", nullptr, unknown);
    m_summary->setText(summary);
    m_pushButton->setEnabled(!m_differing.isEmpty());
    if (!m_differing.isEmpty())
        m_pushButton->setText(
            tr("&Push %1's rules to these %n", nullptr, int(m_differing.size())).arg(m_reference));
    m_checkButton->setEnabled(true);
    m_check->deleteLater();
    m_check = nullptr;
    m_checking = false;
    emit checked();
}

} // namespace gatehouse::ui
