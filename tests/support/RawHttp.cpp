#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace gatehouse::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject HttpResult::error() const
{
    return json().value(QStringLiteral("error")).toObject();
}

QString HttpResult::messageText() const
{
    return json()
        .value(QStringLiteral("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

QList<QByteArray> HttpResult::events() const
{
    QList<QByteArray> result;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = body.indexOf("\n\n", start);
        if (end < 0)
            break;
        result.append(body.mid(start, end - start));
        start = end + 2;
    }
    return result;
}

HttpResult parseResponse(const QByteArray& data)
{
    HttpResult result;
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        result.problem = QStringLiteral("no complete header: ") + QString::fromUtf8(data.left(300));
        return result;
    }
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    result.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        result.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    QByteArray rest = data.mid(headerEnd + 4);
    if (result.headers.value("transfer-encoding") != "chunked") {
        result.body = rest;
        return result;
    }
    for (;;) {
        const qsizetype lineEnd = rest.indexOf("\r\n");
        if (lineEnd < 0) {
            result.problem = QStringLiteral("chunked body ends without the last chunk");
            return result;
        }
        bool ok = false;
        const qsizetype size = rest.left(lineEnd).toLongLong(&ok, 16);
        if (!ok || rest.size() < lineEnd + 2 + size + 2) {
            result.problem = QStringLiteral("malformed or truncated chunk");
            return result;
        }
        if (size == 0)
            return result;
        const QByteArray chunk = rest.mid(lineEnd + 2, size);
        result.chunks.append(chunk);
        result.body += chunk;
        rest = rest.mid(lineEnd + 2 + size + 2);
    }
}

HttpResult request(quint16 port, const QByteArray& method, const QByteArray& path, const QByteArray& body,
                   const QByteArray& extraHeaders, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs)) {
        HttpResult failed;
        failed.problem = QStringLiteral("cannot connect");
        return failed;
    }
    socket.write(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                 extraHeaders +
                 (body.isNull() ? QByteArray()
                                : "Content-Type: application/json\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\n") +
                 "\r\n" + body);
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
    }
    data += socket.readAll();
    return parseResponse(data);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace gatehouse::test
