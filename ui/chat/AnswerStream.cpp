#include "ui/chat/AnswerStream.h"

#include "core/chat/ChatClient.h"
#include "core/chat/ChatReply.h"
#include "core/chat/EndpointResolution.h"
#include "ui/chat/MessageView.h"

#include <QTimer>

namespace gatehouse::ui {

AnswerStream::AnswerStream(ChatClient& client, SecretStore& secrets, MessageView* view, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_view(view)
    , m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(33);
    connect(m_throttle, &QTimer::timeout, this, &AnswerStream::render);
}

AnswerStream::~AnswerStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater(); // aborts the request
    }
}

void AnswerStream::start(const GatewayProfile& profile, const ChatRequest& request)
{
    if (m_running)
        return;
    m_running = true;
    m_stopRequested = false;
    m_outcome = {};
    m_outcome.model = request.model;
    m_request = request;
    m_targetName = profile.name;
    if (m_view) {
        m_view->setText(QString());
        m_view->setError({});
        m_view->setBusy(true);
    }
    resolveEndpoint(
        m_secrets, profile, this, [this, request](const ChatEndpoint& endpoint, const QString& error) {
            if (!error.isEmpty() || m_stopRequested) {
                ChatOutcome failed;
                failed.model = request.model;
                failed.error.kind = error.isEmpty() ? ChatError::Kind::Cancelled : ChatError::Kind::Network;
                failed.error.detail = error;
                end(failed);
                return;
            }
            m_reply = m_client.send(endpoint, request);
            connect(m_reply, &ChatReply::progressed, this, [this] {
                if (!m_throttle->isActive())
                    m_throttle->start();
            });
            connect(m_reply, &ChatReply::finished, this, [this] {
                ChatReply* reply = m_reply;
                m_reply = nullptr;
                const ChatOutcome outcome = reply->outcome();
                reply->deleteLater();
                end(outcome);
            });
        });
}

MessageView* AnswerStream::view() const
{
    return m_view;
}

void AnswerStream::stop()
{
    m_stopRequested = true;
    if (m_reply)
        m_reply->cancel();
}

void AnswerStream::render()
{
    if (!m_view || !m_reply)
        return;
    m_view->setStreamingText(m_reply->content());
    m_view->setReasoning(m_reply->reasoning());
    emit progressed();
}

void AnswerStream::end(const ChatOutcome& outcome)
{
    m_throttle->stop();
    m_outcome = outcome;
    m_running = false;
    if (m_view)
        m_view->showOutcome(outcome);
    emit finished();
}

} // namespace gatehouse::ui
