// HttpSession's asynchronous response writer, served by a real HttpServer on 127.0.0.1:
// chunked streaming flushed piece by piece, keep-alive after a stream, pipelined requests, and
// the handler learning that its client went away.

#include "InProcessServer.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <thread>

using namespace gatehouse::gateway;
using namespace gatehouse::gateway::testing;

namespace {

// Runs `then` on the writer's thread once `flag` is set, polling without blocking the thread.
void whenSet(const std::shared_ptr<http::ResponseWriter>& writer, std::atomic<bool>& flag,
             std::function<void()> then)
{
    auto timer = std::make_shared<boost::asio::steady_timer>(writer->executor());
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [timer, poll, &flag, then = std::move(then)] {
        if (flag) {
            then();
            *poll = nullptr; // break the cycle
            return;
        }
        timer->expires_after(std::chrono::milliseconds(5));
        timer->async_wait([poll](const boost::system::error_code&) {
            if (*poll)
                (*poll)();
        });
    };
    (*poll)();
}

} // namespace

class TestGatewayHttpSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_router.addAsync("GET", "/stream",
                          [this](http::Request, std::shared_ptr<http::ResponseWriter> writer) {
                              writer->beginStream(200, {{"Content-Type", "text/event-stream"}});
                              writer->write("data: one\n\n");
                              whenSet(writer, m_release, [writer] {
                                  writer->write("data: two\n\n", [writer](bool written) {
                                      if (written)
                                          writer->end();
                                  });
                              });
                          });
        m_router.addAsync("GET", "/hang",
                          [this](http::Request, std::shared_ptr<http::ResponseWriter> writer) {
                              writer->beginStream(200, {{"Content-Type", "text/event-stream"}});
                              writer->write("data: waiting\n\n");
                              // Keeps the writer only through the callback; the client's close must reach it.
                              writer->onClientGone([this, writer] { m_gone = true; });
                          });
        m_router.addAsync("GET", "/dropped", [](http::Request, std::shared_ptr<http::ResponseWriter>) {});

        m_server = std::make_unique<InProcessServer>(m_router, HttpLimits{});
        m_port = m_server->port();
    }

    void cleanupTestCase() { m_server.reset(); }

    void streamIsChunkedAndFlushedPerPiece()
    {
        m_release = false;
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        socket.write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray data;
        // The first piece arrives while the handler still holds back the second.
        QVERIFY2(readUntil(socket, data, "data: one\n\n\r\n"), data.constData());
        QVERIFY(data.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(data.contains("Transfer-Encoding: chunked\r\n"));
        QVERIFY(data.contains("Content-Type: text/event-stream\r\n"));
        QVERIFY(!data.contains("two"));
        m_release = true;
        QVERIFY2(readUntil(socket, data, "\r\n0\r\n\r\n"), data.constData());
        QVERIFY(data.contains("\r\nb\r\ndata: one\n\n\r\nb\r\ndata: two\n\n\r\n0\r\n\r\n"));

        // The connection stays open for the next request.
        data.clear();
        socket.write("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(readUntil(socket, data, "not_found"), data.constData());
        QVERIFY(data.startsWith("HTTP/1.1 404"));
    }

    void handlerLearnsThatTheClientWentAway()
    {
        m_gone = false;
        {
            QTcpSocket socket;
            QVERIFY(m_server->connect(socket));
            socket.write("GET /hang HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray data;
            QVERIFY(readUntil(socket, data, "data: waiting"));
            QVERIFY(!m_gone);
            socket.abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_gone.load(), ioTimeoutMs);
    }

    // The second request comes in with the first, but only in part: its rest is read while
    // nothing else reads the connection, and both are answered in order.
    void aPipelinedRequestSplitAcrossPacketsIsAnswered()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        socket.write("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHo");
        QVERIFY(socket.waitForBytesWritten(ioTimeoutMs));
        QByteArray data;
        QVERIFY2(readUntil(socket, data, "not_found"), data.constData());
        QTest::qWait(100);
        socket.write("st: x\r\n\r\n");
        QVERIFY2(readUntil(socket, data, "/second"), data.constData());
        QVERIFY(data.indexOf("/first") < data.indexOf("/second"));
        QCOMPARE(data.count("HTTP/1.1 404"), 2);
    }

    void droppedWriterBecomes500()
    {
        QTcpSocket socket;
        QVERIFY(m_server->connect(socket));
        socket.write("GET /dropped HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray data;
        QVERIFY2(readUntil(socket, data, "internal_error"), data.constData());
        QVERIFY(data.startsWith("HTTP/1.1 500"));
    }

private:
    Router m_router;
    std::unique_ptr<InProcessServer> m_server;
    quint16 m_port = 0;
    std::atomic<bool> m_release{false};
    std::atomic<bool> m_gone{false};
};

QTEST_GUILESS_MAIN(TestGatewayHttpSession)
#include "tst_gatewayhttpsession.moc"
