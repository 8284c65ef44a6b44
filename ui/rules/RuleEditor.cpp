#include "ui/rules/RuleEditor.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"
#include "ui/rules/ProblemColor.h"
#include "ui/rules/RuleForm.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QJsonObject withoutStamps(QJsonObject rule)
{
    rule.remove(QStringLiteral("createdAt")); // the gateway's stamps, not editable
    rule.remove(QStringLiteral("updatedAt"));
    return rule;
}

} // namespace

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_views(new QTabBar(this))
    , m_viewStack(new QStackedWidget(this))
    , m_formArea(new QScrollArea(this))
    , m_form(new RuleForm(this))
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_text->setAccessibleName(tr("Rule"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RuleEditor::check);
    connect(m_form, &RuleForm::edited, this, &RuleEditor::writeFormToText);

    m_views->setAccessibleName(tr("Rule view"));
    m_views->setDrawBase(false);
    m_views->setExpanding(false);
    m_views->addTab(tr("&Form"));
    m_views->addTab(tr("&JSON"));
    m_views->setTabToolTip(FormView, tr("Edit the rule in fields"));
    m_views->setTabToolTip(JsonView, tr("Edit the rule as the admin API's JSON"));
    connect(m_views, &QTabBar::currentChanged, this, &RuleEditor::showView);
    m_formArea->setWidget(m_form);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the form's labels and fields need, with room for the scroll bar.
    m_formArea->setMinimumWidth(m_form->minimumSizeHint().width() +
                                style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto* json = new QWidget(this);
    auto* jsonLayout = new QVBoxLayout(json);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    jsonLayout->addWidget(m_note);
    jsonLayout->addWidget(m_text, 1);
    m_viewStack->addWidget(m_formArea);
    m_viewStack->addWidget(json);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_problem.isEmpty())
            emit saveRequested(m_rule);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { m_text->setPlainText(m_original); });
    m_form->placeInTabOrder(m_views, m_text); // after setWidget(), which moved the form
    setTabOrder(m_text, m_delete);
    setTabOrder(m_delete, m_revert);
    setTabOrder(m_revert, m_save);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            emit deleteRequested(m_id);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    layout->addWidget(m_viewStack, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    clear();
}

QJsonObject RuleEditor::newRuleTemplate()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("new-rule")},
                       {QStringLiteral("name"), QStringLiteral("New rule")},
                       {QStringLiteral("kind"), QStringLiteral("regex")},
                       {QStringLiteral("pattern"), QStringLiteral("(?i)confidential")},
                       {QStringLiteral("action"), QStringLiteral("block")},
                       {QStringLiteral("scope"),
                        QJsonObject{{QStringLiteral("input"), true}, {QStringLiteral("output"), false}}}};
}

void RuleEditor::showRule(const QJsonObject& rule)
{
    m_id = rule.value(QLatin1String("createdAt")).isUndefined() ? QString()
                                                                : rule.value(QLatin1String("id")).toString();
    m_original = QString::fromUtf8(QJsonDocument(withoutStamps(rule)).toJson(QJsonDocument::Indented));
    m_text->setEnabled(true);
    m_form->setEnabled(true);
    m_views->setEnabled(true);
    m_text->setPlainText(m_original);
    m_delete->setEnabled(!m_id.isEmpty());
}

void RuleEditor::clear()
{
    m_id.clear();
    m_original.clear();
    m_text->setEnabled(false); // first: no check of the emptied text
    m_text->clear();
    m_form->showRule({}, false);
    m_form->showProblems({});
    m_form->setEnabled(false);
    m_formProblem.clear();
    m_note->hide();
    m_views->setTabEnabled(FormView, true);
    m_views->setEnabled(false);
    m_problem.clear();
    colourStatus();
    m_status->setText(tr("Select a rule to edit it, or make a new one."));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_delete->setEnabled(false);
}

QJsonObject RuleEditor::rule() const
{
    return m_rule;
}

bool RuleEditor::isModified() const
{
    return m_text->isEnabled() && m_text->toPlainText() != m_original;
}

RuleEditor::View RuleEditor::view() const
{
    return View(m_views->currentIndex());
}

void RuleEditor::setView(View view)
{
    m_views->setCurrentIndex(view == FormView && !m_formProblem.isEmpty() ? JsonView : view);
}

QString RuleEditor::formNote() const
{
    return m_formProblem.isEmpty() ? QString() : m_note->text();
}

void RuleEditor::focusFirstField()
{
    if (view() == FormView)
        m_form->idField()->setFocus();
    else
        m_text->setFocus();
}

void RuleEditor::showView(int index)
{
    m_viewStack->setCurrentIndex(index);
}

void RuleEditor::writeFormToText()
{
    if (!m_text->isEnabled())
        return;
    QJsonObject rule = withoutStamps(
        QJsonDocument::fromJson(QByteArray::fromStdString(rules::ruleToJson(m_form->rule()))).object());
    // The text as it was read when the form holds the rule as it was, so it is not "modified".
    const bool original = rule == QJsonDocument::fromJson(m_original.toUtf8()).object();
    m_writingForm = true;
    m_text->setPlainText(original ? m_original
                                  : QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Indented)));
    m_writingForm = false;
}

void RuleEditor::check()
{
    if (!m_text->isEnabled())
        return;
    const QByteArray json = m_text->toPlainText().toUtf8();
    const rules::RuleImport imported =
        rules::ruleFromJson(std::string_view(json.constData(), size_t(json.size())));
    std::vector<rules::RuleError> errors = imported.errors;
    if (errors.empty()) {
        rules::RuleSet set;
        set.rules.push_back(*imported.rule);
        errors = rules::RuleCompiler::validate(set);
        for (rules::RuleError& e : errors)
            e.ruleIndex.reset(); // one rule: no "rules[0]." in front
    }
    if (!m_writingForm) {
        // The form follows the text, unless it cannot hold it; then it keeps what it had.
        m_formProblem = imported.rule ? RuleForm::cannotShow(*imported.rule)
                                      : QString::fromStdString(imported.errors.front().text());
        if (m_formProblem.isEmpty())
            m_form->showRule(*imported.rule, !m_id.isEmpty());
        m_note->setText(tr("The form cannot show this rule (%1); edit it here.").arg(m_formProblem));
        m_note->setVisible(!m_formProblem.isEmpty());
        m_views->setTabEnabled(FormView, m_formProblem.isEmpty());
        if (!m_formProblem.isEmpty())
            m_views->setCurrentIndex(JsonView); // never a form that no longer shows the rule
        m_views->setTabToolTip(FormView,
                               m_formProblem.isEmpty() ? tr("Edit the rule in fields") : m_note->text());
    }
    m_form->showProblems(m_formProblem.isEmpty() ? errors : std::vector<rules::RuleError>{});
    m_problem = errors.empty() ? QString() : QString::fromStdString(errors.front().text());
    m_rule = errors.empty() ? QJsonDocument::fromJson(json).object() : QJsonObject();
    if (m_problem.isEmpty())
        m_status->setText(isModified() ? tr("Valid — not saved yet.") : tr("Valid."));
    else
        m_status->setText(errors.size() == 1 ? m_problem
                                             : tr("%1 (and %2 more)").arg(m_problem).arg(errors.size() - 1));
    colourStatus();
    m_save->setEnabled(m_problem.isEmpty() && (isModified() || m_id.isEmpty()));
    m_revert->setEnabled(isModified());
}

void RuleEditor::colourStatus()
{
    QPalette status; // nothing set: the parent's palette, light or dark
    if (!m_problem.isEmpty())
        status.setColor(QPalette::WindowText, problemColor(palette()));
    m_status->setPalette(status);
}

void RuleEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourStatus();
}

} // namespace gatehouse::ui
