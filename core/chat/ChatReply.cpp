#include "core/chat/ChatReply.h"

#include "core/chat/TransportError.h"

#include <QNetworkReply>

namespace gatehouse {

namespace {
constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024; // a non-streamed answer larger than this is refused
}

ChatReply::ChatReply(QNetworkReply* reply, int promptCharacters, int connectTimeoutMs, int firstByteTimeoutMs,
                     int idleTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_connectTimeoutMs(connectTimeoutMs)
    , m_firstByteTimeoutMs(firstByteTimeoutMs)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_promptCharacters(promptCharacters)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChatReply::onTimeout);
    m_timer.start(m_connectTimeoutMs);
    connect(reply, &QNetworkReply::requestSent, this, &ChatReply::onRequestSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ChatReply::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ChatReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ChatReply::onFinished);
}

ChatReply::~ChatReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ChatOutcome ChatReply::outcome() const
{
    return {m_content, m_reasoning, m_model, m_finishReason, m_error, m_figures, m_verdicts};
}

void ChatReply::cancel()
{
    if (m_finished)
        return;
    ChatError e;
    e.kind = ChatError::Kind::Cancelled;
    fail(e);
}

void ChatReply::onRequestSent()
{
    if (m_phase == Phase::Connecting) {
        m_phase = Phase::WaitingForFirstByte;
        m_timer.start(m_firstByteTimeoutMs);
    }
}

void ChatReply::onMetaData()
{
    m_phase = Phase::Receiving;
    m_timer.start(m_idleTimeoutMs);
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    m_streaming = m_status < 400 && type.startsWith("text/event-stream");
    QNetworkReply* reply = m_reply;
    m_verdicts =
        ResponseVerdicts::fromHeaders([reply](const QByteArray& name) { return reply->rawHeader(name); });
}

void ChatReply::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    if (m_phase != Phase::Receiving)
        onMetaData();
    m_timer.start(m_idleTimeoutMs);
    const QByteArray bytes = m_reply->readAll();
    if (!m_streaming) {
        if (m_body.size() + bytes.size() > maxBodyBytes) {
            ChatError e;
            e.kind = ChatError::Kind::Stream;
            e.detail = tr("the answer is larger than %1 MiB").arg(maxBodyBytes / (1024 * 1024));
            fail(e);
            return;
        }
        m_body += bytes;
        return;
    }
    const bool ok = m_parser.feed(std::string_view(bytes.constData(), size_t(bytes.size())),
                                  [this](const sse::Event& event) {
                                      if (!m_finished)
                                          take(readStreamEvent(event));
                                  });
    if (!ok && !m_finished) {
        ChatError e;
        e.kind = ChatError::Kind::Stream;
        e.detail = tr("the stream sent a line longer than the parser accepts");
        fail(e);
    }
}

void ChatReply::take(const ChatChunk& chunk)
{
    if (chunk.error) {
        ChatError e = chunk.error;
        e.requestId = m_verdicts.requestId;
        fail(e);
        return;
    }
    if (!chunk.model.isEmpty())
        m_model = chunk.model;
    if (chunk.usage)
        m_usage = chunk.usage;
    if (!chunk.finishReason.isEmpty())
        m_finishReason = chunk.finishReason;
    if (chunk.done)
        m_sawDone = true;
    if (!chunk.content.isEmpty() || !chunk.reasoning.isEmpty()) {
        m_clock.tokenArrived();
        m_content += chunk.content;
        m_reasoning += chunk.reasoning;
        emit progressed();
    }
}

void ChatReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    if (m_status == 0)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status >= 400) {
        fail(httpError(m_reply, m_body));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        ChatError e = transportError(m_reply);
        if (m_streaming && !m_content.isEmpty()) {
            // The connection dropped mid-answer: say so rather than show a silently cut text.
            e.kind = ChatError::Kind::Stream;
            e.detail =
                tr("the connection was lost after part of the answer (%1)").arg(m_reply->errorString());
        }
        fail(e);
        return;
    }
    if (m_streaming) {
        m_parser.finish();
        if (!m_sawDone && m_finishReason.isEmpty()) {
            ChatError e;
            e.kind = ChatError::Kind::Stream;
            e.detail = tr("the stream ended before the answer was complete (no finish reason, no [DONE])");
            e.requestId = m_verdicts.requestId;
            fail(e);
            return;
        }
        complete();
        return;
    }
    const ChatChunk whole = readCompletion(m_body);
    if (whole.error) {
        ChatError e = whole.error;
        e.requestId = m_verdicts.requestId;
        fail(e);
        return;
    }
    if (!whole.content.isEmpty() || !whole.reasoning.isEmpty())
        m_clock.tokenArrived();
    m_content = whole.content;
    m_reasoning = whole.reasoning;
    m_finishReason = whole.finishReason;
    m_model = whole.model;
    m_usage = whole.usage;
    emit progressed();
    complete();
}

void ChatReply::onTimeout()
{
    ChatError e;
    e.kind = ChatError::Kind::Timeout;
    const QString host = m_reply ? m_reply->url().host() : QString();
    switch (m_phase) {
    case Phase::Connecting:
        e.detail = tr("Could not connect to %1 within %2 s.").arg(host).arg(m_connectTimeoutMs / 1000.0);
        break;
    case Phase::WaitingForFirstByte:
        e.detail = tr("%1 accepted the request but sent nothing for %2 s (first-byte timeout).")
                       .arg(host)
                       .arg(m_firstByteTimeoutMs / 1000.0);
        break;
    case Phase::Receiving:
        e.detail = tr("%1 went silent for %2 s in the middle of the answer (idle timeout).")
                       .arg(host)
                       .arg(m_idleTimeoutMs / 1000.0);
        break;
    }
    fail(e);
}

void ChatReply::fail(const ChatError& error)
{
    if (m_finished)
        return;
    m_error = error;
    if (m_error.requestId.isEmpty())
        m_error.requestId = m_verdicts.requestId;
    complete();
}

void ChatReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_figures = m_clock.finish(m_usage, m_promptCharacters, int(m_content.size() + m_reasoning.size()));
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort(); // cancelling closes the connection, which makes the server stop
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit finished();
}

} // namespace gatehouse
