#pragma once

#include <QByteArray>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace gatehouse::test {

// A raw TCP server on 127.0.0.1 that plays a broken upstream: it reads each request, sends
// `reply` exactly as given (status line, headers and as much of a body as the test wants), then
// closes the connection — or, with Hold, keeps it open and says nothing more until destroyed. An
// empty `reply` with Hold is an upstream that accepts and never answers. It serves on a thread of
// its own, so a test can block in RawHttp's request() meanwhile.
class MisbehavingUpstream
{
public:
    enum class AfterReply
    {
        Close,
        Hold
    };

    explicit MisbehavingUpstream(QByteArray reply, AfterReply after = AfterReply::Close);
    ~MisbehavingUpstream();
    MisbehavingUpstream(const MisbehavingUpstream&) = delete;
    MisbehavingUpstream& operator=(const MisbehavingUpstream&) = delete;

    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT/v1", for base_url.
    QByteArray baseUrl() const;
    // Connections accepted so far: one per attempt the gateway made.
    int connections() const { return m_connections.load(); }

private:
    void serve();
    void answer(int connection);

    QByteArray m_reply;
    AfterReply m_after;
    int m_listener = -1;
    int m_wake[2] = {-1, -1};
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
    std::vector<int> m_held;
    std::thread m_thread;
};

} // namespace gatehouse::test
