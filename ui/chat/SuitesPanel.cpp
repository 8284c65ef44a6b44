#include "ui/chat/SuitesPanel.h"

#include "core/registry/GatewayRegistry.h"
#include "core/suites/AnswerDiff.h"
#include "core/suites/SuiteRunner.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/SuiteTargetsDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

enum Column
{
    CaseColumn,
    TargetColumn,
    ResultColumn,
    TtftColumn,
    TotalColumn,
    ChecksColumn,
    ColumnCount
};

// The "Run against" combo's items beyond the suite's own targets and single entries.
const QString severalItem = QStringLiteral("\x01several"); // the targets chosen in the dialog
const QString chooseItem = QStringLiteral("\x01choose");   // opens the dialog

QString percent(double ratio)
{
    return QString::number(qRound(ratio * 100));
}

QString resultText(const CaseResult& r)
{
    switch (r.state) {
    case CaseResult::State::Waiting:
        return SuitesPanel::tr("waiting");
    case CaseResult::State::Running:
        return SuitesPanel::tr("running…");
    case CaseResult::State::Passed:
        return SuitesPanel::tr("pass");
    case CaseResult::State::Failed:
        return SuitesPanel::tr("FAIL");
    case CaseResult::State::Skipped:
        return SuitesPanel::tr("skipped");
    }
    return {};
}

} // namespace

SuitesPanel::SuitesPanel(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_runner(new SuiteRunner(registry, secrets, client, this))
    , m_title(new QLabel(tr("Open a prompt suite (JSON, see docs/prompt-suites.md) to run its cases."), this))
    , m_target(new QComboBox(this))
    , m_open(new QPushButton(tr("Open suite…"), this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_answer(new MessageView(MessageView::Author::Assistant, tr("Answer"), this))
    , m_checks(new QListWidget(this))
    , m_diff(new QTextBrowser(this))
{
    m_title->setWordWrap(true);
    m_target->setAccessibleName(tr("Run against"));
    m_target->setToolTip(tr("Run every case against this target instead of the ones the suite names"));
    connect(m_open, &QPushButton::clicked, this, &SuitesPanel::chooseFile);
    connect(m_run, &QPushButton::clicked, this, &SuitesPanel::run);
    connect(m_target, &QComboBox::activated, this, [this](int index) {
        if (m_target->itemData(index).toString() == chooseItem)
            chooseSeveral();
        else
            m_lastTargetIndex = index;
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (m_suite && !m_runner->isRunning() && targets() != m_rowTargets)
            fillRows(); // the rows show what Run will do
    });
    connect(m_cancel, &QPushButton::clicked, this, &SuitesPanel::cancel);

    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Target · model"), tr("Result"), tr("TTFT"), tr("Total"), tr("Checks")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    for (int column = CaseColumn; column < ChecksColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecksColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Suite results"));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showCase(row); });
    m_checks->setAccessibleName(tr("Checks"));
    m_answer->setVisible(false);
    m_diff->setAccessibleName(tr("Difference from the first target's answer"));
    m_diff->setOpenLinks(false);
    m_diff->setVisible(false);

    connect(m_runner, &SuiteRunner::caseStarted, this, &SuitesPanel::updateRow);
    connect(m_runner, &SuiteRunner::caseFinished, this, [this](int index) {
        updateRow(index);
        // The other targets' rows of this case compare their answers with this one's.
        if (m_runner->targetCount() > 1 && index % m_runner->targetCount() == 0) {
            for (int other = index + 1; other < index + m_runner->targetCount(); ++other)
                updateRow(other);
        }
        m_progress->setValue(m_progress->value() + 1);
        if (m_table->currentRow() == index)
            showCase(index);
    });
    connect(m_runner, &SuiteRunner::finished, this, [this] {
        m_summary->setText(tr("%1 passed · %2 failed · %3 skipped")
                               .arg(m_runner->passedCount())
                               .arg(m_runner->failedCount())
                               .arg(m_runner->skippedCount()));
        updateActions();
        if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
            m_table->setCurrentCell(0, 0);
        emit runFinished();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_open);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Run against:"), this));
    bar->addWidget(m_target, 1);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_summary);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* answerColumn = new QVBoxLayout;
    answerColumn->addWidget(m_answer, 3);
    answerColumn->addWidget(m_diff, 2);
    detailLayout->addLayout(answerColumn, 3);
    detailLayout->addWidget(m_checks, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);
    reloadTargets();
    updateActions();
}

void SuitesPanel::reloadTargets()
{
    const QString keep = m_target->currentData().toString();
    m_target->clear();
    m_target->addItem(tr("the targets the suite names"), QString());
    QStringList names;
    for (const GatewayProfile& p : m_registry.list()) {
        if (kindSpeaksChat(p.kind) && !p.baseUrl.isEmpty()) {
            m_target->addItem(p.name, p.name);
            names << p.name;
        }
    }
    m_several.erase(std::remove_if(m_several.begin(), m_several.end(),
                                   [&](const QString& n) { return !names.contains(n); }),
                    m_several.end());
    if (m_several.size() > 1)
        m_target->addItem(m_several.join(QStringLiteral(" + ")), severalItem);
    if (names.size() > 1)
        m_target->addItem(tr("Several targets…"), chooseItem);
    const int index = m_target->findData(keep);
    m_target->setCurrentIndex(index >= 0 && keep != chooseItem ? index : 0);
    m_lastTargetIndex = m_target->currentIndex();
}

void SuitesPanel::setTargets(const QStringList& names)
{
    const QSignalBlocker quiet(m_target); // one refill of the rows, below
    if (names.size() > 1) {
        m_several = names;
        reloadTargets();
        m_target->setCurrentIndex(m_target->findData(severalItem));
    } else {
        reloadTargets();
        m_target->setCurrentIndex(qMax(0, names.isEmpty() ? 0 : m_target->findData(names.first())));
    }
    m_lastTargetIndex = m_target->currentIndex();
    if (m_suite && !m_runner->isRunning())
        fillRows();
}

QStringList SuitesPanel::targets() const
{
    const QString current = m_target->currentData().toString();
    if (current == severalItem)
        return m_several;
    if (current.isEmpty() || current == chooseItem)
        return {};
    return {current};
}

void SuitesPanel::chooseSeveral()
{
    QStringList available;
    for (int i = 0; i < m_target->count(); ++i) {
        const QString name = m_target->itemData(i).toString();
        if (!name.isEmpty() && name != severalItem && name != chooseItem)
            available << name;
    }
    SuiteTargetsDialog dialog(available, m_several.isEmpty() ? targets() : m_several, this);
    if (dialog.exec() == QDialog::Accepted)
        setTargets(dialog.chosen());
    else
        m_target->setCurrentIndex(m_lastTargetIndex);
}

void SuitesPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open prompt suite"), m_path,
                                                      tr("Prompt suites (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

bool SuitesPanel::open(const QString& path)
{
    if (m_runner->isRunning())
        return false;
    QString error;
    auto suite = PromptSuite::fromFile(path, error);
    m_path = path;
    if (!suite) {
        m_suite.reset();
        m_title->setText(tr("Cannot open this suite — %1").arg(error));
        m_title->setProperty("problem", error);
        m_table->setRowCount(0);
        updateActions();
        return false;
    }
    m_suite = std::move(suite);
    m_title->setProperty("problem", QString());
    m_title->setText(
        tr("<b>%1</b> — %n case(s), from %2", nullptr, int(m_suite->cases.size()))
            .arg((m_suite->name.isEmpty() ? QFileInfo(path).fileName() : m_suite->name).toHtmlEscaped(),
                 QFileInfo(path).fileName().toHtmlEscaped()));
    fillRows();
    m_summary->clear();
    m_progress->setValue(0);
    showCase(-1);
    updateActions();
    return true;
}

QString SuitesPanel::problem() const
{
    return m_title->property("problem").toString();
}

// One row per case, or per case and target when it runs against several: the targets as chosen
// now, before the run's results replace them.
void SuitesPanel::fillRows()
{
    const QStringList chosen = targets();
    m_rowTargets = chosen;
    const int perCase = int(qMax<qsizetype>(1, chosen.size()));
    m_table->setRowCount(int(m_suite->cases.size()) * perCase);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SuiteCase& c = m_suite->cases.at(row / perCase);
        const QString target = !chosen.isEmpty()    ? chosen.at(row % perCase)
                               : c.target.isEmpty() ? m_suite->target
                                                    : c.target;
        const QStringList cells{c.name, QStringLiteral("%1 · %2").arg(target, c.model), tr("not run"), {}, {},
                                {}};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, CaseColumn)->setToolTip(c.prompt);
    }
}

void SuitesPanel::run()
{
    if (!m_suite || m_runner->isRunning())
        return;
    const QStringList chosen = targets();
    fillRows();
    m_progress->setRange(0, m_table->rowCount());
    m_progress->setValue(0);
    m_summary->setText(tr("running…"));
    m_diffs.clear();
    m_runner->start(*m_suite, chosen);
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    showCase(m_table->currentRow());
    updateActions();
}

void SuitesPanel::cancel()
{
    m_runner->cancel();
}

void SuitesPanel::updateRow(int row)
{
    if (row < 0 || row >= m_runner->results().size() || row >= m_table->rowCount())
        return;
    const CaseResult& r = m_runner->results().at(row);
    const bool ran = r.done() && r.state != CaseResult::State::Skipped && r.problem.isEmpty();
    if (!r.target.isEmpty())
        m_table->item(row, TargetColumn)->setText(QStringLiteral("%1 · %2").arg(r.target, r.model));
    m_table->item(row, ResultColumn)->setText(resultText(r));
    QColor color = palette().color(QPalette::Text);
    if (r.state == CaseResult::State::Passed)
        color = QColor(0x2e, 0x8b, 0x57);
    else if (r.state == CaseResult::State::Failed)
        color = QColor(0xc0, 0x30, 0x30);
    m_table->item(row, ResultColumn)->setForeground(color);
    const qint64 ttft = r.outcome.figures.timeToFirstTokenMs;
    m_table->item(row, TtftColumn)->setText(ran && ttft >= 0 ? tr("%1 ms").arg(ttft) : QString());
    m_table->item(row, TotalColumn)->setText(ran ? tr("%1 ms").arg(r.outcome.figures.totalMs) : QString());
    QStringList failed;
    for (const CheckResult& c : r.checks) {
        if (!c.passed)
            failed << c.check;
    }
    QString checks;
    if (!r.problem.isEmpty())
        checks = r.problem;
    else if (r.done() && !r.checks.isEmpty())
        checks = failed.isEmpty() ? tr("all %1 passed").arg(r.checks.size())
                                  : tr("failed: %1").arg(failed.join(QStringLiteral(", ")));
    if (const AnswerDiff* diff = diffOf(row)) {
        const QString& reference = m_runner->results().at(m_runner->firstTargetResultOf(row)).target;
        checks += (checks.isEmpty() ? QString() : QStringLiteral(" · ")) +
                  (diff->identical() ? tr("same answer as %1").arg(reference)
                                     : tr("%1% the same as %2").arg(percent(diff->sameRatio), reference));
    }
    m_table->item(row, ChecksColumn)->setText(checks);
}

void SuitesPanel::showCase(int row)
{
    showDiff(row);
    m_checks->clear();
    const bool known = row >= 0 && row < m_runner->results().size() && m_runner->results().at(row).done();
    m_answer->setVisible(known);
    if (!known)
        return;
    const CaseResult& r = m_runner->results().at(row);
    if (!r.problem.isEmpty()) {
        m_answer->setVisible(false);
        m_checks->addItem(r.problem);
        return;
    }
    m_answer->showOutcome(r.outcome);
    for (const CheckResult& c : r.checks) {
        auto* item =
            new QListWidgetItem(c.passed ? tr("✓ %1").arg(c.check) : tr("✗ %1 — %2").arg(c.check, c.detail));
        item->setForeground(c.passed ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc0, 0x30, 0x30));
        m_checks->addItem(item);
    }
}

// How this row's answer differs from the same case's answer on the first target, word by word:
// what only the first target said struck through, what only this one said highlighted.
void SuitesPanel::showDiff(int row)
{
    const AnswerDiff* diff = diffOf(row);
    m_diff->setVisible(diff != nullptr);
    if (!diff) {
        m_diff->clear();
        return;
    }
    const QString& reference = m_runner->results().at(m_runner->firstTargetResultOf(row)).target;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString removed = dark ? QStringLiteral("#5c2326") : QStringLiteral("#f6d5d7");
    const QString added = dark ? QStringLiteral("#1f4d2c") : QStringLiteral("#d3f0da");
    QString html = QStringLiteral("<p><b>%1</b></p><p style=\"white-space: pre-wrap\">")
                       .arg((diff->identical() ? tr("The same answer as %1's.").arg(reference)
                                               : tr("Compared with %1's answer: %2% the same.")
                                                     .arg(reference, percent(diff->sameRatio)))
                                .toHtmlEscaped());
    for (const DiffPiece& p : diff->identical() ? QList<DiffPiece>{} : diff->pieces) {
        const QString text = p.text.toHtmlEscaped();
        if (p.kind == DiffPiece::Kind::Same)
            html += text;
        else if (p.kind == DiffPiece::Kind::Removed)
            html +=
                QStringLiteral("<span style=\"background-color:%1; text-decoration: line-through\">%2</span>")
                    .arg(removed, text);
        else
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(added, text);
    }
    html += QStringLiteral("</p>");
    m_diff->setHtml(html);
}

const AnswerDiff* SuitesPanel::diffOf(int row)
{
    const int first = m_runner->firstTargetResultOf(row);
    if (first < 0)
        return nullptr;
    const CaseResult& r = m_runner->results().at(row);
    const CaseResult& reference = m_runner->results().at(first);
    const auto ran = [](const CaseResult& c) {
        return c.done() && c.state != CaseResult::State::Skipped && c.problem.isEmpty();
    };
    if (!ran(r) || !ran(reference))
        return nullptr;
    auto it = m_diffs.find(row);
    if (it == m_diffs.end())
        it = m_diffs.insert(row, diffAnswers(reference.outcome.content, r.outcome.content));
    return &it.value();
}

void SuitesPanel::updateActions()
{
    const bool running = m_runner->isRunning();
    m_open->setEnabled(!running);
    m_target->setEnabled(!running);
    m_run->setEnabled(!running && m_suite.has_value());
    m_cancel->setEnabled(running);
}

} // namespace gatehouse::ui
