#include "ui/rules/RuleTestPanel.h"

#include "ui/rules/MatchHighlight.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

RuleTestPanel::RuleTestPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_stage(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_verdict(new QLabel(this))
    , m_matches(new QTreeWidget(this))
    , m_redacted(new QPlainTextEdit(this))
{
    m_text->setAccessibleName(tr("Text to test"));
    m_text->setPlaceholderText(tr("A message or an answer, e.g. \"my card is 4111 1111 1111 1111\""));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->addItem(tr("as a user message (input)"), QStringLiteral("input"));
    m_stage->addItem(tr("as a model's answer (output)"), QStringLiteral("output"));
    m_test->setToolTip(tr("Evaluate the text against the rules in force on this gateway (Ctrl+Return)"));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_test, &QPushButton::clicked, this, [this] { emit testRequested(request()); });
    connect(m_text, &QPlainTextEdit::textChanged, this, &RuleTestPanel::clearHighlights);

    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_matches->setAccessibleName(tr("Matches"));
    m_matches->setRootIsDecorated(false);
    m_matches->setHeaderLabels({tr("Rule"), tr("Action"), tr("Bytes"), tr("Matched")});
    m_matches->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 8);
    connect(m_matches, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem* item) { selectMatch(item); });
    m_redacted->setReadOnly(true);
    m_redacted->setAccessibleName(tr("Redacted text"));
    m_redacted->setMaximumHeight(m_redacted->fontMetrics().lineSpacing() * 3 + 12);

    auto* row = new QHBoxLayout;
    row->addWidget(m_stage, 1);
    row->addWidget(m_test);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_matches);
    layout->addWidget(m_redacted);
    m_matches->hide();
    m_redacted->hide();
}

QJsonObject RuleTestPanel::request() const
{
    return QJsonObject{{QStringLiteral("text"), m_text->toPlainText()},
                       {QStringLiteral("stage"), m_stage->currentData().toString()}};
}

QString RuleTestPanel::verdictText() const
{
    return m_verdict->text();
}

QString RuleTestPanel::redactedText() const
{
    return m_redacted->isVisibleTo(this) ? m_redacted->toPlainText() : QString();
}

void RuleTestPanel::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    if (busy)
        m_tested = m_text->toPlainText();
}

void RuleTestPanel::showProblem(const QString& text)
{
    clearHighlights();
    m_verdict->setText(text);
    m_matches->hide();
    m_redacted->hide();
}

void RuleTestPanel::showResult(const QJsonObject& result)
{
    const QString verdict = result.value(QLatin1String("verdict")).toString();
    QString text = verdict == QLatin1String("pass")   ? tr("Passes: no rule matches.")
                   : verdict == QLatin1String("flag") ? tr("Flagged: it passes, and the matches are counted.")
                   : verdict == QLatin1String("redact") ? tr("Redacted: it passes with the matches replaced.")
                   : verdict == QLatin1String("block")
                       ? tr("Blocked by %1.").arg(result.value(QLatin1String("blocked_by")).toString())
                       : verdict;
    const QJsonObject response = result.value(QLatin1String("response")).toObject();
    if (!response.isEmpty()) {
        const QJsonObject error =
            response.value(QLatin1String("body")).toObject().value(QLatin1String("error")).toObject();
        text += QLatin1Char(' ') + tr("The client gets %1: \"%2\"")
                                       .arg(response.value(QLatin1String("status")).toInt())
                                       .arg(error.value(QLatin1String("message")).toString());
    }
    if (result.value(QLatin1String("engine_error")).isString())
        text += QLatin1Char(' ') +
                tr("Engine error: %1").arg(result.value(QLatin1String("engine_error")).toString());
    m_verdict->setText(text);

    m_matches->clear();
    const QByteArray utf8 = m_tested.toUtf8();
    for (const QJsonValue value : result.value(QLatin1String("matches")).toArray()) {
        const QJsonObject m = value.toObject();
        const int begin = m.value(QLatin1String("begin")).toInt();
        const int end = m.value(QLatin1String("end")).toInt();
        const QString matched = m.value(QLatin1String("detail")).isString()
                                    ? m.value(QLatin1String("detail")).toString()
                                    : QString::fromUtf8(utf8.mid(begin, end - begin));
        const QString action = m.value(QLatin1String("action")).toString();
        auto* item = new QTreeWidgetItem(m_matches, {m.value(QLatin1String("rule")).toString(), action,
                                                     QStringLiteral("%1–%2").arg(begin).arg(end), matched});
        item->setData(0, Qt::UserRole, utf16Position(utf8, begin));
        item->setData(0, Qt::UserRole + 1, utf16Position(utf8, end));
        item->setBackground(1, matchBackground(palette(), action)); // the legend of the highlights
    }
    m_matches->setVisible(m_matches->topLevelItemCount() > 0);
    highlight();
    const bool redacted =
        result.value(QLatin1String("redacted")).isString() && verdict == QLatin1String("redact");
    m_redacted->setPlainText(redacted ? result.value(QLatin1String("redacted")).toString() : QString());
    m_redacted->setVisible(redacted);
}

// The matches drawn over the text they were found in — unless it was edited while the test ran.
void RuleTestPanel::highlight()
{
    clearHighlights();
    if (m_text->toPlainText() != m_tested)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < m_matches->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_matches->topLevelItem(i);
        const int begin = item->data(0, Qt::UserRole).toInt();
        const int end = item->data(0, Qt::UserRole + 1).toInt();
        if (end <= begin)
            continue; // a limit rule's verdict is about the whole text, not a span of it
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(begin);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setBackground(matchBackground(palette(), item->text(1)));
        selection.format.setForeground(palette().color(QPalette::Text));
        selection.format.setToolTip(item->text(0) + QStringLiteral(" · ") + item->text(1));
        selections << selection;
    }
    m_text->setExtraSelections(selections);
    m_highlighted = !selections.isEmpty();
}

void RuleTestPanel::clearHighlights()
{
    if (!m_highlighted)
        return;
    m_highlighted = false;
    m_text->setExtraSelections({});
}

void RuleTestPanel::selectMatch(const QTreeWidgetItem* item)
{
    if (!item || !m_highlighted)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(item->data(0, Qt::UserRole).toInt());
    cursor.setPosition(item->data(0, Qt::UserRole + 1).toInt(), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

} // namespace gatehouse::ui
