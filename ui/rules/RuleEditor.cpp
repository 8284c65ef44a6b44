#include "ui/rules/RuleEditor.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent)
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
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_problem.isEmpty())
            emit saveRequested(m_rule);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { m_text->setPlainText(m_original); });
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
    layout->addWidget(m_text, 1);
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
    QJsonObject shown = rule;
    shown.remove(QStringLiteral("createdAt")); // the gateway's stamps, not editable
    shown.remove(QStringLiteral("updatedAt"));
    m_id = rule.value(QLatin1String("createdAt")).isUndefined() ? QString()
                                                                : rule.value(QLatin1String("id")).toString();
    m_original = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    m_text->setEnabled(true);
    m_text->setPlainText(m_original);
    m_delete->setEnabled(!m_id.isEmpty());
}

void RuleEditor::clear()
{
    m_id.clear();
    m_original.clear();
    m_text->setEnabled(false); // first: no check of the emptied text
    m_text->clear();
    m_problem.clear();
    m_status->setStyleSheet({});
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
    m_problem = errors.empty() ? QString() : QString::fromStdString(errors.front().text());
    m_rule = errors.empty() ? QJsonDocument::fromJson(json).object() : QJsonObject();
    if (m_problem.isEmpty())
        m_status->setText(isModified() ? tr("Valid — not saved yet.") : tr("Valid."));
    else
        m_status->setText(errors.size() == 1 ? m_problem
                                             : tr("%1 (and %2 more)").arg(m_problem).arg(errors.size() - 1));
    m_status->setForegroundRole(m_problem.isEmpty() ? QPalette::WindowText : QPalette::BrightText);
    m_status->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_save->setEnabled(m_problem.isEmpty() && (isModified() || m_id.isEmpty()));
    m_revert->setEnabled(isModified());
}

} // namespace gatehouse::ui
