#include "ui/chat/MessageView.h"

#include "core/chat/AnswerFigures.h"
#include "core/chat/ChatError.h"
#include "core/chat/ChatOutcome.h"
#include "core/chat/ResponseVerdicts.h"
#include "ui/chat/MarkdownView.h"
#include "ui/common/ThemedIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

MessageView::MessageView(Author author, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_author(author)
    , m_title(new QLabel(title, this))
    , m_reasoning(new QLabel(this))
    , m_text(new MarkdownView(this))
    , m_figures(new QLabel(this))
    , m_error(new QLabel(this))
    , m_copy(actionButton(QStringLiteral("copy"), tr("Copy message")))
    , m_edit(actionButton(QStringLiteral("edit"), tr("Edit and resend")))
    , m_regenerate(actionButton(QStringLiteral("refresh"), tr("Regenerate answer")))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reasoning->setWordWrap(true);
    m_reasoning->setVisible(false);
    m_reasoning->setForegroundRole(QPalette::PlaceholderText);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setWordWrap(true);
    m_figures->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x30));
    m_error->setPalette(warn);
    m_edit->setVisible(author == Author::User);
    m_regenerate->setVisible(false);
    connect(m_copy, &QToolButton::clicked, this, &MessageView::copyRequested);
    connect(m_edit, &QToolButton::clicked, this, &MessageView::editRequested);
    connect(m_regenerate, &QToolButton::clicked, this, &MessageView::regenerateRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_edit);
    header->addWidget(m_regenerate);
    header->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_reasoning);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(m_figures);

    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window,
               author == Author::User ? p.color(QPalette::AlternateBase) : p.color(QPalette::Base));
    setPalette(p);
}

QToolButton* MessageView::actionButton(const QString& icon, const QString& name)
{
    auto* b = new QToolButton(this);
    b->setIcon(themedIcon(icon, palette()));
    b->setAutoRaise(true);
    b->setToolTip(name);
    b->setAccessibleName(name);
    return b;
}

void MessageView::setText(const QString& markdown)
{
    m_text->setMarkdownText(markdown);
    if (!markdown.isEmpty())
        m_text->setVisible(true);
}

void MessageView::setStreamingText(const QString& markdown)
{
    m_text->setStreamingMarkdown(markdown);
    if (!markdown.isEmpty())
        m_text->setVisible(true);
}

QString MessageView::text() const
{
    return m_text->markdownText();
}

void MessageView::setReasoning(const QString& reasoning)
{
    m_reasoning->setText(tr("Reasoning: %1").arg(reasoning.trimmed()));
    m_reasoning->setVisible(!reasoning.trimmed().isEmpty());
}

void MessageView::setFigures(const AnswerFigures& figures, const ResponseVerdicts& verdicts,
                             const QString& finishReason)
{
    QStringList parts{figures.summary()};
    if (!verdicts.cache.isEmpty())
        parts << tr("cache %1").arg(verdicts.cache);
    if (!verdicts.filter.isEmpty())
        parts << tr("filter %1").arg(verdicts.filter);
    if (!verdicts.upstream.isEmpty())
        parts << tr("via %1").arg(verdicts.upstream);
    if (!finishReason.isEmpty() && finishReason != QLatin1String("stop"))
        parts << tr("finished: %1").arg(finishReason);
    if (!verdicts.requestId.isEmpty())
        parts << tr("request %1").arg(verdicts.requestId);
    m_figures->setText(parts.join(QStringLiteral(" · ")));
    m_figures->setVisible(true);
}

void MessageView::setError(const ChatError& error)
{
    m_error->setText(error.message());
    m_error->setVisible(bool(error));
}

void MessageView::showOutcome(const ChatOutcome& outcome)
{
    setText(outcome.content);
    setReasoning(outcome.reasoning);
    setBusy(false);
    setError(outcome.error);
    if (outcome.figures.totalMs > 0) // not when the request never left (e.g. no key)
        setFigures(outcome.figures, outcome.verdicts, outcome.finishReason);
}

void MessageView::setBusy(bool busy)
{
    m_copy->setEnabled(!busy);
    m_regenerate->setEnabled(!busy);
    if (busy && m_text->markdownText().isEmpty())
        m_text->setPlaceholderText(tr("Waiting for the first token…"));
    else if (!busy)
        m_text->setPlaceholderText(QString());
    // An answer that never came shows only its error, without an empty text box above it.
    m_text->setVisible(busy || !m_text->markdownText().isEmpty());
}

void MessageView::setRegenerateVisible(bool visible)
{
    m_regenerate->setVisible(visible && m_author == Author::Assistant);
}

QString MessageView::figuresText() const
{
    return m_figures->isVisibleTo(this) ? m_figures->text() : QString();
}

QString MessageView::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace gatehouse::ui
