#pragma once

#include "core/chat/ChatError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>

namespace gatehouse {

// One admin API call in flight. finished() is emitted exactly once (also on timeout or abort);
// then either the call succeeded (status 2xx, json() holds the body when there is one) or
// error() says why in one sentence. The reply deletes itself later once finished; callers that
// keep it longer must take a QPointer.
class AdminReply : public QObject
{
    Q_OBJECT

public:
    explicit AdminReply(QObject* parent = nullptr)
        : QObject(parent)
    {}

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    int status() const { return m_status; }
    const QJsonDocument& json() const { return m_json; }
    const QByteArray& header(const QByteArray& name) const;
    const ChatError& error() const { return m_error; }
    QString errorString() const; // empty when ok()

    // For AdminClient.
    void finish(int status, QJsonDocument json, QList<QPair<QByteArray, QByteArray>> headers,
                ChatError error);

signals:
    void finished();

private:
    bool m_finished = false;
    int m_status = 0;
    QJsonDocument m_json;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    ChatError m_error;
};

} // namespace gatehouse
