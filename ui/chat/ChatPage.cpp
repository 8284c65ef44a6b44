#include "ui/chat/ChatPage.h"

#include "core/chat/ChatClient.h"
#include "core/history/ChatExchange.h"
#include "core/registry/GatewayRegistry.h"
#include "ui/chat/AnswerStream.h"
#include "ui/chat/ChatParametersPanel.h"
#include "ui/chat/CompareColumn.h"
#include "ui/chat/ComparePanel.h"
#include "ui/chat/HistoryPanel.h"
#include "ui/chat/MessageView.h"
#include "ui/chat/SuitesPanel.h"
#include "ui/chat/TargetPicker.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

ChatPage::ChatPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent)
    : ChatPage(registry, secrets, nullptr, nullptr, parent)
{}

ChatPage::ChatPage(GatewayRegistry& registry, SecretStore& secrets, ConsoleDatabase* database,
                   Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_client(new ChatClient(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(
          new EmptyState(QStringLiteral("chat"), tr("Nothing to chat with yet"),
                         tr("Add a gateway or model server that speaks the OpenAI chat API — Gatehouse, "
                            "LiteLLM, vLLM, llama.cpp, Ollama, OpenAI — and try prompts against it here."),
                         this))
    , m_picker(new TargetPicker(registry, secrets, *m_client, TargetPicker::Arrangement::Row, this))
    , m_showParameters(new QToolButton(this))
    , m_parameters(new ChatParametersPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_compare(new ComparePanel(registry, secrets, *m_client, this))
    , m_suites(new SuitesPanel(registry, secrets, *m_client, this))
    , m_scroll(new QScrollArea(this))
    , m_transcript(new QVBoxLayout)
    , m_composer(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_clear(new QPushButton(tr("New chat"), this))
{
    m_showParameters->setText(tr("Parameters"));
    m_showParameters->setCheckable(true);
    m_showParameters->setChecked(true);
    connect(m_showParameters, &QToolButton::toggled, m_parameters, &QWidget::setVisible);
    connect(m_picker, &TargetPicker::modelsLoaded, this, &ChatPage::modelsLoaded);
    m_compare->setRequestTemplate([this] { return requestTemplate(); });
    connect(m_compare, &ComparePanel::allFinished, this, &ChatPage::answerFinished);

    auto* header = new PageHeader(tr("Chat"),
                                  tr("Try prompts against any gateway or model and read the figures."), this);
    header->addAction(m_showParameters);
    header->addAction(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &ChatPage::clearConversation);

    auto* transcript = new QWidget(m_scroll);
    transcript->setLayout(m_transcript);
    m_transcript->setContentsMargins(0, 0, 0, 0);
    m_transcript->setSpacing(6);
    m_transcript->addStretch(1);
    m_scroll->setWidget(transcript);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setAccessibleName(tr("Conversation"));

    m_composer->setPlaceholderText(tr("Message (Ctrl+Enter to send, Esc to stop)"));
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setMaximumHeight(110);
    m_composer->setTabChangesFocus(true);
    m_send->setDefault(true);
    m_stop->setToolTip(tr("Stop the answer (Esc)"));
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_stop, &QPushButton::clicked, this, &ChatPage::stop);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composer);
    sendShortcut->setContext(Qt::WidgetShortcut);
    sendShortcut->setWhatsThis(tr("Send the message"));
    connect(sendShortcut, &QShortcut::activated, this, &ChatPage::send);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    stopShortcut->setWhatsThis(tr("Stop the answer"));
    connect(stopShortcut, &QShortcut::activated, this, &ChatPage::stop);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto* composerRow = new QHBoxLayout;
    composerRow->addWidget(m_composer, 1);
    composerRow->addLayout(buttons);

    auto* conversation = new QWidget(this);
    auto* conversationLayout = new QVBoxLayout(conversation);
    conversationLayout->setContentsMargins(0, 8, 0, 0);
    conversationLayout->addWidget(m_picker);
    conversationLayout->addWidget(m_scroll, 1);
    conversationLayout->addLayout(composerRow);

    auto* compare = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->setContentsMargins(0, 8, 0, 0);
    compareLayout->addWidget(m_compare);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(conversation, tr("Conversation"));
    m_tabs->addTab(compare, tr("Compare"));
    m_tabs->addTab(m_suites, tr("Suites"));
    if (database && settings) {
        m_historyPanel = new HistoryPanel(*database, secrets, *settings, this);
        m_tabs->addTab(m_historyPanel, tr("History"));
        connect(m_historyPanel, &HistoryPanel::reopenRequested, this, &ChatPage::reopen);
        connect(m_historyPanel, &HistoryPanel::resendRequested, this, &ChatPage::resend);
        connect(m_compare, &ComparePanel::columnFinished, this, [this](CompareColumn* column) {
            if (AnswerStream* stream = column->stream())
                m_historyPanel->record(stream->targetName(), stream->request(), stream->outcome());
        });
    }

    auto* split = new QSplitter(this);
    split->addWidget(m_tabs);
    split->addWidget(m_parameters);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_parameters->setMinimumWidth(240);

    m_empty->setAction(tr("Go to Gateways"));
    connect(m_empty, &EmptyState::actionTriggered, this, &ChatPage::gatewaysRequested);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    reloadTargets();
}

ChatPage::~ChatPage() = default;

QComboBox* ChatPage::targetBox() const
{
    return m_picker->targetBox();
}

QComboBox* ChatPage::modelBox() const
{
    return m_picker->modelBox();
}

bool ChatPage::isAnswering() const
{
    return m_answer && m_answer->isRunning();
}

bool ChatPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChatPage::showEvent(QShowEvent* event)
{
    reloadTargets(); // gateways may have been added meanwhile
    QWidget::showEvent(event);
}

void ChatPage::reloadTargets()
{
    m_picker->reloadTargets();
    m_compare->reloadTargets();
    m_suites->reloadTargets();
    m_stack->setCurrentIndex(m_picker->targetCount() == 0 ? 0 : 1);
    updateActions();
}

void ChatPage::refreshModels()
{
    m_picker->refreshModels();
}

ChatRequest ChatPage::requestTemplate() const
{
    ChatRequest request;
    request.parameters = m_parameters->parameters();
    if (!m_parameters->systemPrompt().isEmpty())
        request.messages.append({QStringLiteral("system"), m_parameters->systemPrompt()});
    return request;
}

MessageView* ChatPage::addView(int author, const QString& title, const QString& text)
{
    auto* view = new MessageView(static_cast<MessageView::Author>(author), title, m_scroll->widget());
    view->setText(text);
    m_transcript->insertWidget(m_transcript->count() - 1, view);
    m_views << view;
    connect(view, &MessageView::copyRequested, this,
            [view] { QApplication::clipboard()->setText(view->text()); });
    connect(view, &MessageView::editRequested, this, [this, view] { editFrom(view); });
    connect(view, &MessageView::regenerateRequested, this, &ChatPage::regenerate);
    scrollToEnd();
    return view;
}

void ChatPage::send()
{
    if (m_tabs->currentIndex() == 1) {
        m_compare->send();
        return;
    }
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || isAnswering() || !m_picker->currentProfile())
        return;
    if (m_picker->model().isEmpty()) {
        m_picker->askForModel();
        return;
    }
    m_composer->clear();
    MessageView* question = addView(int(MessageView::Author::User), tr("You"), text);
    question->setProperty("historyIndex", m_history.size());
    m_history.append({QStringLiteral("user"), text});
    ask();
}

void ChatPage::ask()
{
    const auto profile = m_picker->currentProfile();
    if (!profile)
        return;
    for (MessageView* v : std::as_const(m_views))
        v->setRegenerateVisible(false);
    ChatRequest request = requestTemplate();
    request.model = m_picker->model();
    request.messages.append(m_history);
    MessageView* view = addView(int(MessageView::Author::Assistant), request.model, QString());

    auto* answer = new AnswerStream(*m_client, m_secrets, view, view);
    m_answer = answer;
    connect(answer, &AnswerStream::progressed, this, &ChatPage::scrollToEnd);
    connect(answer, &AnswerStream::finished, this, [this, answer, view] {
        view->setRegenerateVisible(true);
        const ChatOutcome& outcome = answer->outcome();
        if (outcome.succeeded() || !outcome.content.isEmpty())
            m_history.append({QStringLiteral("assistant"), outcome.content});
        if (m_historyPanel)
            m_historyPanel->record(answer->targetName(), answer->request(), outcome);
        updateActions();
        scrollToEnd();
        emit answerFinished();
    });
    answer->start(*profile, request);
    updateActions();
}

void ChatPage::stop()
{
    // Esc stops what the user is looking at.
    if (m_tabs->currentWidget() == m_suites)
        m_suites->cancel();
    else if (m_tabs->currentIndex() == 1)
        m_compare->stop();
    else if (m_answer)
        m_answer->stop();
}

void ChatPage::regenerate()
{
    if (isAnswering() || m_views.isEmpty() || m_views.last()->author() != MessageView::Author::Assistant)
        return;
    delete m_views.takeLast();
    if (!m_history.isEmpty() && m_history.last().role == QLatin1String("assistant"))
        m_history.removeLast();
    ask();
}

void ChatPage::editFrom(MessageView* view)
{
    if (isAnswering())
        return;
    const qsizetype index = m_views.indexOf(view);
    if (index < 0)
        return;
    // A failed answer has a view but no place in the history, so the question remembers its own.
    const qsizetype historyIndex = view->property("historyIndex").toLongLong();
    m_composer->setPlainText(view->text());
    while (m_views.size() > index)
        delete m_views.takeLast();
    while (m_history.size() > historyIndex)
        m_history.removeLast();
    m_composer->setFocus();
}

void ChatPage::clearConversation()
{
    if (m_answer)
        m_answer->stop();
    qDeleteAll(m_views);
    m_views.clear();
    m_history.clear();
}

void ChatPage::reopen(const ChatExchange& exchange)
{
    if (isAnswering())
        return;
    clearConversation();
    if (const auto profile = m_registry.findByName(exchange.target))
        m_picker->selectTarget(profile->id);
    m_picker->modelBox()->setCurrentText(exchange.request.model);
    QString system;
    for (const ChatMessage& m : exchange.request.messages) {
        if (m.role == QLatin1String("system")) {
            system = m.content;
            continue;
        }
        const bool user = m.role == QLatin1String("user");
        MessageView* view = addView(int(user ? MessageView::Author::User : MessageView::Author::Assistant),
                                    user ? tr("You") : exchange.request.model, m.content);
        if (user)
            view->setProperty("historyIndex", m_history.size());
        m_history.append(m);
    }
    m_parameters->restore(system, exchange.request.parameters);
    MessageView* answer = addView(int(MessageView::Author::Assistant), exchange.request.model, QString());
    answer->showOutcome(exchange.outcome);
    answer->setRegenerateVisible(true);
    if (exchange.outcome.succeeded() || !exchange.outcome.content.isEmpty())
        m_history.append({QStringLiteral("assistant"), exchange.outcome.content});
    m_tabs->setCurrentIndex(0);
}

void ChatPage::resend(const ChatExchange& exchange)
{
    if (isAnswering())
        return;
    reopen(exchange);
    if (!m_views.isEmpty() && m_views.last()->author() == MessageView::Author::Assistant)
        regenerate();
}

void ChatPage::updateActions()
{
    const bool answering = isAnswering();
    m_send->setEnabled(!answering && m_picker->targetCount() > 0);
    m_stop->setEnabled(answering);
    m_picker->setTargetEnabled(!answering);
}

void ChatPage::scrollToEnd()
{
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    });
}

} // namespace gatehouse::ui
