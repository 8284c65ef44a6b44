#pragma once

// A real HttpServer for the routes of a test, on 127.0.0.1 and its own threads, and reading its
// answers from a QTcpSocket. Used by the tests of the server's sessions and their timeouts.

#include "gateway/server/HttpServer.h"
#include "gateway/server/Router.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include <memory>
#include <thread>

namespace gatehouse::gateway::testing {

inline constexpr int ioTimeoutMs = 15000; // safety limit only

class InProcessServer
{
public:
    // `router` must outlive the server; its routes are set before.
    InProcessServer(const Router& router, HttpLimits limits)
        : m_server(std::make_unique<HttpServer>(m_acceptContext, router, limits, 1))
    {
        m_port = m_server->listen(ListenAddress{"127.0.0.1", 0}).port;
        m_server->start();
        m_thread = std::thread([this] { m_acceptContext.run(); });
    }

    ~InProcessServer()
    {
        boost::asio::post(m_acceptContext, [this] { m_server->stop(); });
        m_thread.join();
        m_server->join();
    }

    InProcessServer(const InProcessServer&) = delete;
    InProcessServer& operator=(const InProcessServer&) = delete;

    quint16 port() const { return m_port; }

    // Connects `socket` to the server; false at the safety limit.
    bool connect(QTcpSocket& socket) const
    {
        socket.connectToHost("127.0.0.1", m_port);
        return socket.waitForConnected(ioTimeoutMs);
    }

private:
    boost::asio::io_context m_acceptContext{1};
    std::unique_ptr<HttpServer> m_server;
    std::thread m_thread;
    quint16 m_port = 0;
};

// Reads from `socket` until `data` contains `needle`; false at the safety limit or on close.
inline bool readUntil(QTcpSocket& socket, QByteArray& data, const QByteArray& needle)
{
    const QDeadlineTimer deadline(ioTimeoutMs);
    while (!data.contains(needle)) {
        if (deadline.hasExpired() || socket.state() != QAbstractSocket::ConnectedState)
            return false;
        socket.waitForReadyRead(50);
        data += socket.readAll();
    }
    return true;
}

} // namespace gatehouse::gateway::testing
