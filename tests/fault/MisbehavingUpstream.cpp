#include "tests/fault/MisbehavingUpstream.h"

#include <QList>

#include <arpa/inet.h>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gatehouse::test {

namespace {

constexpr int requestTimeoutMs = 30000;

// Reads a request's header and its Content-Length body; false when the client went away.
bool readRequest(int connection)
{
    QByteArray data;
    char buffer[4096];
    qsizetype expected = -1;
    while (expected < 0 || data.size() < expected) {
        pollfd ready{connection, POLLIN, 0};
        if (::poll(&ready, 1, requestTimeoutMs) <= 0)
            return false;
        const ssize_t got = ::read(connection, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        data.append(buffer, got);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (expected < 0 && end >= 0) {
            qsizetype length = 0;
            for (const QByteArray& line : data.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            expected = end + 4 + length;
        }
    }
    return true;
}

} // namespace

MisbehavingUpstream::MisbehavingUpstream(QByteArray reply, AfterReply after)
    : m_reply(std::move(reply))
    , m_after(after)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), size) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &size) != 0 ||
        ::pipe2(m_wake, O_CLOEXEC) != 0) {
        std::perror("MisbehavingUpstream");
        return;
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

MisbehavingUpstream::~MisbehavingUpstream()
{
    if (m_thread.joinable()) {
        const char stop = 1;
        (void)::write(m_wake[1], &stop, 1);
        m_thread.join();
    }
    for (const int fd : m_held)
        ::close(fd);
    for (const int fd : {m_listener, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

QByteArray MisbehavingUpstream::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port) + "/v1";
}

void MisbehavingUpstream::serve()
{
    for (;;) {
        pollfd ready[2] = {{m_listener, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (::poll(ready, 2, -1) < 0 || ready[1].revents != 0)
            return;
        const int connection = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            continue;
        ++m_connections;
        answer(connection);
    }
}

void MisbehavingUpstream::answer(int connection)
{
    if (readRequest(connection)) {
        qsizetype sent = 0;
        while (sent < m_reply.size()) {
            const ssize_t wrote = ::send(connection, m_reply.constData() + sent,
                                         static_cast<size_t>(m_reply.size() - sent), MSG_NOSIGNAL);
            if (wrote <= 0)
                break;
            sent += wrote;
        }
    }
    if (m_after == AfterReply::Hold)
        m_held.push_back(connection);
    else
        ::close(connection);
}

} // namespace gatehouse::test
