#include "ui/chat/ChatPage.h"

#include "core/chat/ChatClient.h"
#include "core/chat/ChatEndpoint.h"
#include "core/chat/ChatReply.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"
#include "ui/chat/ChatParametersPanel.h"
#include "ui/chat/MessageView.h"
#include "ui/common/EmptyState.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

ChatPage::ChatPage(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent)
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
    , m_target(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_refreshModels(new QToolButton(this))
    , m_showParameters(new QToolButton(this))
    , m_parameters(new ChatParametersPanel(this))
    , m_scroll(new QScrollArea(this))
    , m_transcript(new QVBoxLayout)
    , m_composer(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_clear(new QPushButton(tr("New chat"), this))
{
    m_target->setAccessibleName(tr("Target"));
    m_target->setMinimumWidth(200);
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumWidth(220);
    m_model->lineEdit()->setPlaceholderText(tr("model name"));
    m_refreshModels->setIcon(themedIcon(QStringLiteral("refresh"), palette()));
    m_refreshModels->setToolTip(tr("Load the models this target offers"));
    m_refreshModels->setAccessibleName(tr("Load models"));
    m_showParameters->setText(tr("Parameters"));
    m_showParameters->setCheckable(true);
    m_showParameters->setChecked(true);
    connect(m_showParameters, &QToolButton::toggled, m_parameters, &QWidget::setVisible);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ChatPage::refreshModels);
    connect(m_refreshModels, &QToolButton::clicked, this, &ChatPage::refreshModels);

    auto* header = new PageHeader(tr("Chat"),
                                  tr("Try prompts against any gateway or model and read the figures."), this);
    header->addAction(m_showParameters);
    header->addAction(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &ChatPage::clearConversation);

    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(new QLabel(tr("Target:"), this));
    targetRow->addWidget(m_target);
    targetRow->addSpacing(12);
    targetRow->addWidget(new QLabel(tr("Model:"), this));
    targetRow->addWidget(m_model, 1);
    targetRow->addWidget(m_refreshModels);

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
    connect(sendShortcut, &QShortcut::activated, this, &ChatPage::send);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
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
    conversationLayout->setContentsMargins(0, 0, 0, 0);
    conversationLayout->addLayout(targetRow);
    conversationLayout->addWidget(m_scroll, 1);
    conversationLayout->addLayout(composerRow);

    auto* split = new QSplitter(this);
    split->addWidget(conversation);
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

ChatPage::~ChatPage()
{
    if (m_reply)
        m_reply->disconnect(this);
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
    const qint64 keep = m_target->currentData().toLongLong();
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (const GatewayProfile& p : m_registry.list()) {
        if (kindSpeaksChat(p.kind) && !p.baseUrl.isEmpty())
            m_target->addItem(QStringLiteral("%1 — %2").arg(p.name, gatewayKindDisplayName(p.kind)), p.id);
    }
    const int index = m_target->findData(keep);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
    m_stack->setCurrentIndex(m_target->count() == 0 ? 0 : 1);
    if (m_target->currentData().toLongLong() != keep)
        refreshModels();
    updateActions();
}

std::optional<GatewayProfile> ChatPage::currentProfile() const
{
    return m_registry.find(m_target->currentData().toLongLong());
}

void ChatPage::refreshModels()
{
    const auto profile = currentProfile();
    if (!profile)
        return;
    QPointer<ChatPage> self(this);
    auto load = [self, profile](QByteArray credential) {
        if (!self)
            return;
        self->m_client->listModels(ChatEndpoint::fromProfile(*profile, std::move(credential)), self,
                                   [self](const QStringList& models, const ChatError& error) {
                                       const QString typed = self->m_model->currentText();
                                       self->m_model->clear();
                                       self->m_model->addItems(models);
                                       if (!typed.isEmpty() && models.contains(typed))
                                           self->m_model->setCurrentText(typed);
                                       self->m_model->setToolTip(error ? error.message() : QString());
                                       emit self->modelsLoaded();
                                   });
    };
    if (profile->apiKeySecret.isEmpty()) {
        load({});
        return;
    }
    m_secrets.read(profile->apiKeySecret,
                   [load](const SecretError&, const QByteArray& value) { load(value); });
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
    const QString text = m_composer->toPlainText().trimmed();
    if (text.isEmpty() || m_reply || !currentProfile())
        return;
    if (m_model->currentText().trimmed().isEmpty()) {
        m_model->setFocus();
        m_model->lineEdit()->setPlaceholderText(tr("choose or type a model first"));
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
    const auto profile = currentProfile();
    if (!profile)
        return;
    for (MessageView* v : std::as_const(m_views))
        v->setRegenerateVisible(false);
    const QString model = m_model->currentText().trimmed();
    MessageView* answer = addView(int(MessageView::Author::Assistant), model, QString());
    answer->setBusy(true);

    ChatRequest request;
    request.model = model;
    request.parameters = m_parameters->parameters();
    if (!m_parameters->systemPrompt().isEmpty())
        request.messages.append({QStringLiteral("system"), m_parameters->systemPrompt()});
    request.messages.append(m_history);

    QPointer<ChatPage> self(this);
    QPointer<MessageView> view(answer);
    auto start = [self, view, profile, request](QByteArray credential) {
        if (!self || !view)
            return;
        ChatReply* reply =
            self->m_client->send(ChatEndpoint::fromProfile(*profile, std::move(credential)), request);
        self->m_reply = reply;
        self->updateActions();
        // Re-render at most ~30 times a second however fast tokens arrive.
        auto* throttle = new QTimer(reply);
        throttle->setSingleShot(true);
        throttle->setInterval(33);
        connect(throttle, &QTimer::timeout, self, [self, view, reply] {
            if (!view)
                return;
            view->setText(reply->content());
            view->setReasoning(reply->reasoning());
            self->scrollToEnd();
        });
        connect(reply, &ChatReply::progressed, throttle, [throttle] {
            if (!throttle->isActive())
                throttle->start();
        });
        connect(reply, &ChatReply::finished, self, [self, view, reply] {
            if (view) {
                view->setText(reply->content());
                view->setReasoning(reply->reasoning());
                view->setBusy(false);
                view->setError(reply->error());
                view->setFigures(reply->figures(), reply->verdicts(), reply->finishReason());
                view->setRegenerateVisible(true);
            }
            if (!reply->error() || !reply->content().isEmpty())
                self->m_history.append({QStringLiteral("assistant"), reply->content()});
            reply->deleteLater();
            self->m_reply = nullptr;
            self->updateActions();
            self->scrollToEnd();
            emit self->answerFinished();
        });
    };
    if (profile->apiKeySecret.isEmpty()) {
        start({});
        return;
    }
    m_secrets.read(profile->apiKeySecret,
                   [start, view, self](const SecretError& error, const QByteArray& value) {
                       if (error && view && self) {
                           ChatError e;
                           e.kind = ChatError::Kind::Network;
                           e.detail = error.message;
                           view->setError(e);
                           view->setBusy(false);
                           emit self->answerFinished();
                           return;
                       }
                       start(value);
                   });
}

void ChatPage::stop()
{
    if (m_reply)
        m_reply->cancel();
}

void ChatPage::regenerate()
{
    if (m_reply || m_views.isEmpty() || m_views.last()->author() != MessageView::Author::Assistant)
        return;
    delete m_views.takeLast();
    if (!m_history.isEmpty() && m_history.last().role == QLatin1String("assistant"))
        m_history.removeLast();
    ask();
}

void ChatPage::editFrom(MessageView* view)
{
    if (m_reply)
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
    stop();
    qDeleteAll(m_views);
    m_views.clear();
    m_history.clear();
}

void ChatPage::updateActions()
{
    const bool answering = bool(m_reply);
    m_send->setEnabled(!answering && m_target->count() > 0);
    m_stop->setEnabled(answering);
    m_target->setEnabled(!answering);
}

void ChatPage::scrollToEnd()
{
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    });
}

} // namespace gatehouse::ui
