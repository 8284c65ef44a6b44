#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace gatehouse::app {

namespace {
constexpr int timeoutMs = 1000;
const QByteArray activateMessage = QByteArrayLiteral("activate\n");
} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName()
{
    // Per user and per data location (tests with their own HOME get their own instance).
    const QByteArray who = QDir::homePath().toUtf8() + '|' +
                           QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8();
    return QStringLiteral("gatehouse-") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::activateRunningInstance()
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (socket.waitForConnected(timeoutMs)) {
        socket.write(activateMessage);
        if (socket.waitForBytesWritten(timeoutMs)) {
            socket.waitForReadyRead(timeoutMs); // the first instance answers "ok"
            return true;
        }
    }
    listen();
    return false;
}

void SingleInstance::release()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketName())) {
        // A socket left behind by a crashed instance: nobody answered above, so remove it.
        QLocalServer::removeServer(socketName());
        m_server->listen(socketName());
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().contains("activate")) {
                    client->write("ok\n");
                    client->flush();
                    emit activationRequested();
                }
            });
        }
    });
}

} // namespace gatehouse::app
