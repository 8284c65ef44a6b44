#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

class QTemporaryDir;

namespace gatehouse::test {

// One HTTP/1.1 exchange over a plain socket, read to the end, so tests see exactly what a server
// sent: status, headers, the chunks of a chunked body as they were framed, and the body de-chunked.
struct HttpResult
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;                      // de-chunked
    QList<QByteArray> chunks;             // the chunks as sent, when chunked
    QString problem;                      // set when the response was incomplete or malformed

    QJsonObject json() const;
    QJsonObject error() const; // the "error" object of an OpenAI-shaped error body
    QJsonValue errorField(const char* name) const { return error().value(QLatin1String(name)); }
    QString messageText() const;      // a chat completion's first choice's message content
    QList<QByteArray> events() const; // the SSE events of the body, split at blank lines
};

HttpResult parseResponse(const QByteArray& data);

// Sends `method path` to 127.0.0.1:port with Connection: close; a non-null `body` goes as JSON.
// `extraHeaders` are complete lines ("Name: value\r\n").
HttpResult request(quint16 port, const QByteArray& method, const QByteArray& path,
                   const QByteArray& body = {}, const QByteArray& extraHeaders = {}, int timeoutMs = 30000);

// Writes `content` to `name` in `dir` and returns the path; aborts the test run when it cannot.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);

// A port nothing listens on: bound, read back, released.
quint16 deadPort();

} // namespace gatehouse::test
