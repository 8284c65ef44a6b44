// The timeouts of a client connection (HttpLimits), served by a real HttpServer on 127.0.0.1:
// a silent connection is closed after the idle timeout, a request that trickles in after the
// read timeout, an answer the client does not read after the write timeout; a connection in
// use, and a stream that pauses between pieces, are left alone.

#include "InProcessServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

using namespace gatehouse::gateway;
using namespace gatehouse::gateway::testing;

namespace {

constexpr int limitMs = 400; // every timeout of the server under test
// How much earlier than its timeout a connection may be seen to close: the client starts its
// clock when connected, slightly before the server accepts.
constexpr int slackMs = 30;

HttpLimits shortLimits()
{
    HttpLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(limitMs);
    limits.readTimeout = std::chrono::milliseconds(limitMs);
    limits.writeTimeout = std::chrono::milliseconds(limitMs);
    return limits;
}

QElapsedTimer startedNow()
{
    QElapsedTimer timer;
    timer.start();
    return timer;
}

// Waits for the server to close `socket`, keeping what it sent in `received`. Empty if it did, no
// sooner than the limit after `since` (nor later than `latestMs`); else what happened.
QString closedAfterTheLimit(QTcpSocket& socket, const QElapsedTimer& since, QByteArray* received = nullptr,
                            qint64 latestMs = ioTimeoutMs)
{
    const QDeadlineTimer deadline(ioTimeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(20);
        const QByteArray data = socket.readAll();
        if (received)
            *received += data;
    }
    if (socket.state() == QAbstractSocket::ConnectedState)
        return "still open at the safety limit";
    const qint64 ms = since.elapsed();
    if (ms < limitMs - slackMs || ms > latestMs)
        return QString("closed after %1 ms").arg(ms);
    return {};
}

// Writes pieces of `bytes` each until one cannot be written; then sets `failed`.
void writeUntilRefused(const std::shared_ptr<http::ResponseWriter>& writer, std::size_t bytes,
                       std::atomic<bool>& failed)
{
    writer->write(std::string(bytes, 'x'), [writer, bytes, &failed](bool written) {
        if (written)
            return writeUntilRefused(writer, bytes, failed);
        failed = true;
    });
}

} // namespace

class TestGatewayHttpTimeouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_router.addAsync("GET", "/big", [this](http::Request, std::shared_ptr<http::ResponseWriter> writer) {
            writer->beginStream(200, {{"Content-Type", "application/octet-stream"}});
            writeUntilRefused(writer, std::size_t{256} * 1024, m_bigRefused);
        });
        m_router.addAsync("GET", "/pausing", [](http::Request, std::shared_ptr<http::ResponseWriter> writer) {
            writer->beginStream(200, {{"Content-Type", "text/event-stream"}});
            writer->write("data: one\n\n");
            // Longer than the write timeout: a pause between pieces is not a slow write.
            auto timer = std::make_shared<boost::asio::steady_timer>(writer->executor(),
                                                                     std::chrono::milliseconds(3 * limitMs));
            timer->async_wait([timer, writer](const boost::system::error_code&) {
                writer->write("data: two\n\n", [writer](bool written) {
                    if (written)
                        writer->end();
                });
            });
        });

        m_server = std::make_unique<InProcessServer>(m_router, shortLimits());
        m_port = m_server->port();
    }

    void cleanupTestCase() { m_server.reset(); }

    void aSilentConnectionIsClosedAfterTheIdleTimeout()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        const QString closed = closedAfterTheLimit(socket, startedNow());
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void aConnectionInUseStaysOpenThenIdlesOut()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        // Four requests over more than three times the idle timeout: each one starts it anew.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(limitMs * 3 / 4);
            QVERIFY2(socket.state() == QAbstractSocket::ConnectedState, qPrintable(QString::number(i)));
            socket.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray data;
            QVERIFY2(readUntil(socket, data, "not_found"), data.constData());
        }
        const QString closed = closedAfterTheLimit(socket, startedNow());
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
    }

    void aRequestThatTricklesInIsCutAfterTheReadTimeout()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        const QElapsedTimer since = startedNow();
        socket.write("GET /nothing HTTP/1.1\r\nHost: x\r\n");
        QByteArray received;
        // A header line every 50 ms would go on for 2 s: each byte is in time, the request is not.
        for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write("X-Slow: still coming\r\n");
            socket.waitForBytesWritten(50);
            socket.waitForReadyRead(50);
            received += socket.readAll();
        }
        const QString closed = closedAfterTheLimit(socket, since, &received, 40 * 50);
        QVERIFY2(closed.isEmpty(), qPrintable(closed));
        QVERIFY2(received.isEmpty(), received.constData()); // no answer to half a request
    }

    void anAnswerTheClientDoesNotReadIsCutAfterTheWriteTimeout()
    {
        m_bigRefused = false;
        QTcpSocket socket;
        socket.setReadBufferSize(4096); // then Qt stops reading once it holds 4 KiB
        QVERIFY(m_server->connect(socket));
        socket.write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(ioTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(m_bigRefused.load(), ioTimeoutMs);
    }

    void aStreamMayPauseLongerThanTheWriteTimeout()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        socket.write("GET /pausing HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray data;
        QVERIFY2(readUntil(socket, data, "\r\n0\r\n\r\n"), data.constData());
        QVERIFY(data.contains("data: one") && data.contains("data: two"));
    }

private:
    Router m_router;
    std::unique_ptr<InProcessServer> m_server;
    quint16 m_port = 0;
    std::atomic<bool> m_bigRefused{false};
};

QTEST_GUILESS_MAIN(TestGatewayHttpTimeouts)
#include "tst_gatewayhttptimeouts.moc"
