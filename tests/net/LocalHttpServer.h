#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace gatehouse::test {

// A tiny HTTP/1.1 responder on 127.0.0.1 (port 0, read back with port()), plain or TLS, for tests
// that need a real server: answers each GET with the status and body set for its path (404
// otherwise), or 401 when a bearer token is required and missing or wrong. One request per
// connection. Runs in the test's event loop.
class LocalHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    explicit LocalHttpServer(QObject* parent = nullptr);

    // TLS with this certificate and key (PEM files); call before listen(). Returns false if unreadable.
    bool useTls(const QString& certFile, const QString& keyFile);
    bool listenOnLoopback(); // 127.0.0.1, port 0

    QUrl url(const QString& path = QString()) const; // http(s)://127.0.0.1:<port><path>
    void setResponse(const QByteArray& path, int status, const QByteArray& body = "{}");
    void setRequiredBearer(const QByteArray& token);

    QList<Request> requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void serve(QTcpSocket* socket);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QByteArray, QPair<int, QByteArray>> m_responses;
    QByteArray m_requiredBearer;
    QList<Request> m_requests;
};

} // namespace gatehouse::test
