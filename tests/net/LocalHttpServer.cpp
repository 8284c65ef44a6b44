#include "tests/net/LocalHttpServer.h"

#include <QFile>
#include <QSslSocket>

#include <cctype>

namespace gatehouse::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

LocalHttpServer::LocalHttpServer(QObject* parent)
    : QTcpServer(parent)
{}

bool LocalHttpServer::useTls(const QString& certFile, const QString& keyFile)
{
    m_certificate = QSslCertificate(readFile(certFile), QSsl::Pem);
    m_key = QSslKey(readFile(keyFile), QSsl::Ec, QSsl::Pem);
    return !m_certificate.isNull() && !m_key.isNull();
}

bool LocalHttpServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl LocalHttpServer::url(const QString& path) const
{
    QUrl u;
    u.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(serverPort());
    u.setPath(path);
    return u;
}

void LocalHttpServer::setResponse(const QByteArray& path, int status, const QByteArray& body)
{
    m_responses.insert(path, {status, body});
}

void LocalHttpServer::setRequiredBearer(const QByteArray& token)
{
    m_requiredBearer = token;
}

void LocalHttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_certificate.isNull()) {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
        serve(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates here
    serve(socket);
    socket->startServerEncryption();
}

void LocalHttpServer::serve(QTcpSocket* socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        if (!buffer.isEmpty() && !std::isupper(uchar(buffer[0]))) {
            // Not HTTP (a TLS ClientHello on a plain port): answer like real servers do.
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("buffer", buffer);
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        m_requests << request;

        int status = 404;
        QByteArray body = R"({"error":{"message":"not found"}})";
        if (!m_requiredBearer.isEmpty() &&
            request.headers.value("authorization") != "Bearer " + m_requiredBearer) {
            status = 401;
            body = R"({"error":{"message":"invalid api key"}})";
        } else if (const auto it = m_responses.constFind(request.path); it != m_responses.cend()) {
            status = it->first;
            body = it->second;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

} // namespace gatehouse::test
