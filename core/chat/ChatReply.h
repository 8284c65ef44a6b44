#pragma once

#include "core/chat/AnswerFigures.h"
#include "core/chat/ChatChunk.h"
#include "core/chat/ChatError.h"
#include "core/chat/ChatOutcome.h"
#include "core/chat/ResponseVerdicts.h"
#include "core/sse/SseParser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace gatehouse {

// One answer on its way: content and reasoning grow as chunks arrive (progressed()), then
// finished() fires exactly once — with error() empty on success. cancel() stops it at any moment
// (the error is then Cancelled). Every phase is bounded: connect, first byte, idle.
class ChatReply : public QObject
{
    Q_OBJECT
public:
    ~ChatReply() override;

    const QString& content() const { return m_content; }
    const QString& reasoning() const { return m_reasoning; }
    const QString& finishReason() const { return m_finishReason; }
    const QString& model() const { return m_model; }
    const ChatError& error() const { return m_error; }
    const AnswerFigures& figures() const { return m_figures; }
    const ResponseVerdicts& verdicts() const { return m_verdicts; }
    bool isStreaming() const { return m_streaming; }
    bool isFinished() const { return m_finished; }
    ChatOutcome outcome() const; // what is known so far; final once finished() fired

    void cancel();

signals:
    void progressed();
    void finished();

private:
    friend class ChatClient;
    ChatReply(QNetworkReply* reply, int promptCharacters, int connectTimeoutMs, int firstByteTimeoutMs,
              int idleTimeoutMs, QObject* parent);

    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onRequestSent();
    void onTimeout();
    void take(const ChatChunk& chunk);
    void fail(const ChatError& error);
    void complete();

    enum class Phase
    {
        Connecting,
        WaitingForFirstByte,
        Receiving
    };

    QPointer<QNetworkReply> m_reply;
    sse::Parser m_parser;
    AnswerClock m_clock;
    QTimer m_timer;
    Phase m_phase = Phase::Connecting;
    int m_connectTimeoutMs;
    int m_firstByteTimeoutMs;
    int m_idleTimeoutMs;
    int m_promptCharacters;
    int m_status = 0;
    bool m_streaming = false;
    bool m_sawDone = false;
    bool m_finished = false;
    QByteArray m_body; // non-streamed answers and error bodies
    QString m_content;
    QString m_reasoning;
    QString m_finishReason;
    QString m_model;
    std::optional<TokenUsage> m_usage;
    ChatError m_error;
    AnswerFigures m_figures;
    ResponseVerdicts m_verdicts;
};

} // namespace gatehouse
