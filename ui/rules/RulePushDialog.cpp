#include "ui/rules/RulePushDialog.h"

#include "core/admin/RuleSetPush.h"
#include "ui/common/AdminGatewayPicker.h"
#include "ui/common/FleetResultList.h"
#include "ui/common/ProblemBanner.h"
#include "ui/rules/RuleSetFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

RulePushDialog::RulePushDialog(AdminGatewayPicker& gateways, QWidget* parent)
    : QDialog(parent)
    , m_gateways(gateways)
    , m_fromGateway(new QRadioButton(this))
    , m_fromFile(new QRadioButton(tr("A file:"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_tagLabel(new QLabel(tr("&Tag:"), this))
    , m_tag(new QComboBox(this))
    , m_list(new FleetResultList(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_problem(new ProblemBanner(tr("Push problem"), this))
    , m_pushButton(new QPushButton(tr("&Push"), this))
{
    setWindowTitle(tr("Push rules to a group"));
    m_fromGateway->setChecked(true);
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Rule set file"));
    m_file->setPlaceholderText(tr("a rule set exported as JSON"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tagLabel->setBuddy(m_tag);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pushButton->setDefault(true);

    connect(m_tag, &QComboBox::currentIndexChanged, this, &RulePushDialog::listGateways);
    connect(m_fromGateway, &QRadioButton::toggled, this, &RulePushDialog::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Push a rule set"), QString(), tr("Rule sets (*.json)"));
        if (!path.isEmpty())
            useFile(path);
    });
    connect(m_pushButton, &QPushButton::clicked, this, &RulePushDialog::push);

    auto* source = new QGridLayout;
    source->addWidget(new QLabel(tr("Rule set:"), this), 0, 0);
    source->addWidget(m_fromGateway, 0, 1, 1, 3);
    source->addWidget(m_fromFile, 1, 1);
    source->addWidget(m_file, 1, 2);
    source->addWidget(m_browse, 1, 3);
    source->addWidget(m_tagLabel, 2, 0);
    source->addWidget(m_tag, 2, 1, 1, 3);
    source->setColumnStretch(2, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pushButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(source);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 420);
}

void RulePushDialog::setSource(const QString& gateway, const QJsonObject& set)
{
    m_sourceGateway = gateway;
    m_sourceSet = set;
    m_fromGateway->setText(
        tr("The rules of %1 (%n rule(s))", nullptr, int(set.value(QLatin1String("rules")).toArray().size()))
            .arg(gateway));
    if (!m_fixed)
        m_gateways.fillTagBox(*m_tag, gateway); // at first, a group the source gateway belongs to
    listGateways();
}

void RulePushDialog::setTag(const QString& tag)
{
    m_tag->setCurrentIndex(m_tag->findText(tag));
}

void RulePushDialog::setTargets(const QStringList& gateways, const QHash<QString, QByteArray>& expected)
{
    m_fixed = true;
    m_targets = gateways;
    m_expected = expected;
    m_tag->hide();
    m_tagLabel->hide();
    setWindowTitle(tr("Push rules to the gateways that differ"));
    listGateways();
}

bool RulePushDialog::useFile(const QString& path)
{
    const RuleSetFile file = RuleSetFile::read(path);
    m_problem->setText(file.problem);
    m_problem->setVisible(!file.ok());
    if (!file.ok()) {
        m_fileSet = {};
        m_file->clear();
        m_fromGateway->setChecked(true);
        updateButtons();
        return false;
    }
    m_fileSet = file.json;
    m_file->setText(tr("%1 (%n rule(s))", nullptr, file.ruleCount).arg(path));
    m_fromFile->setChecked(true);
    updateButtons();
    return true;
}

bool RulePushDialog::isPushing() const
{
    return m_push != nullptr;
}

QString RulePushDialog::summaryText() const
{
    return m_summary->text();
}

QString RulePushDialog::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QJsonDocument RulePushDialog::chosenSet() const
{
    return m_fromFile->isChecked() ? m_fileSet : QJsonDocument(m_sourceSet);
}

void RulePushDialog::updateButtons()
{
    const bool busy = m_push != nullptr;
    m_pushButton->setEnabled(!busy && !m_targets.isEmpty() && !chosenSet().isEmpty());
    m_tag->setEnabled(!busy);
    m_fromGateway->setEnabled(!busy && !m_sourceSet.isEmpty());
    m_fromFile->setEnabled(!busy && !m_fileSet.isEmpty());
    m_browse->setEnabled(!busy);
}

void RulePushDialog::listGateways()
{
    if (m_push)
        return;
    if (!m_fixed)
        m_targets = m_gateways.gatewaysTagged(m_tag->currentText());
    m_list->setGateways(m_targets, tr("not pushed yet"));
    m_progress->setRange(0, std::max(1, int(m_targets.size())));
    m_progress->setValue(0);
    m_summary->setText(m_targets.isEmpty() ? tr("No gateway carries this tag.")
                                           : tr("%n gateway(s) will get the rule set; each applies it "
                                                "whole or keeps the set it has.",
                                                nullptr, int(m_targets.size())));
    updateButtons();
}

void RulePushDialog::push()
{
    const QJsonDocument set = chosenSet();
    if (m_push || m_targets.isEmpty() || set.isEmpty())
        return;
    m_problem->hide();
    m_list->setWaitingAll();
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Reading the admin tokens…"));
    // A placeholder until the tokens are read, so that the dialog counts as busy.
    m_push = new RuleSetPush(set, {}, this);
    updateButtons();
    QPointer<RulePushDialog> self(this);
    m_gateways.readTargetsOf(m_targets, [self, set](QList<FleetTarget> targets) {
        if (self)
            self->start(set, std::move(targets));
    });
}

void RulePushDialog::start(const QJsonDocument& set, QList<FleetTarget> targets)
{
    for (FleetTarget& target : targets)
        target.expectedEtag = m_expected.value(target.gateway);
    m_push->deleteLater();
    const int count = int(targets.size());
    m_push = new RuleSetPush(set, std::move(targets), this);
    connect(m_push, &RuleSetPush::targetFinished, this, &RulePushDialog::showResult);
    connect(m_push, &RuleSetPush::progressed, m_progress, &QProgressBar::setValue);
    connect(m_push, &RuleSetPush::finished, this, &RulePushDialog::finish);
    m_summary->setText(tr("Pushing to %n gateway(s)…", nullptr, count));
    m_push->start();
}

void RulePushDialog::showResult(int index)
{
    const RuleSetPushResult& result = m_push->results().at(index);
    m_list->showResult(index, result.ok ? tr("Applied: revision %1").arg(QString::fromLatin1(result.etag))
                                        : tr("Failed: %1").arg(result.error));
}

void RulePushDialog::finish()
{
    const int total = m_push->total();
    const int failed = m_push->failedCount();
    m_summary->setText(failed == 0 ? tr("All %n gateway(s) hold the rule set now.", nullptr, total)
                                   : tr("The rule set reached %1 of %n gateway(s); the others keep their "
                                        "previous set.",
                                        nullptr, total)
                                         .arg(total - failed));
    m_push->deleteLater();
    m_push = nullptr;
    updateButtons();
    emit pushFinished();
}

} // namespace gatehouse::ui
