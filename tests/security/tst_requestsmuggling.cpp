// Request smuggling and header abuse over raw sockets against a real gatehoused whose upstream is a
// second real gatehoused. Every malformed or ambiguous request must be refused before it is
// routed, with a clear status (400, 413 or 431) in OpenAI's shape, on a connection the server then
// closes (so no byte after it can be read as another request), and must never reach the upstream:
// the upstream's gatehouse_requests_total stays 0 until the one valid request at the end.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

// Safety limit only: a server that waits for bytes that never come fails the test by this.
constexpr int safetyMs = 20000;

const QByteArray chatBody =
    QJsonDocument(QJsonObject{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Hi"}}}}})
        .toJson(QJsonDocument::Compact);

// What came back on one connection, and whether the server closed it.
struct Exchange
{
    QByteArray data;
    bool closedByServer = false;
    int responses() const { return int(data.count("HTTP/1.1 ")); }
    HttpResult first() const { return parseResponse(data); }
};

// Writes `bytes` (in `pieces`, so that a server that answers early is seen to) and reads until the
// server closes the connection or the safety limit.
Exchange exchange(quint16 port, const QList<QByteArray>& pieces)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(safetyMs))
        return result;
    for (const QByteArray& piece : pieces) {
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.write(piece);
        socket.waitForBytesWritten(safetyMs);
    }
    const QDeadlineTimer deadline(safetyMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        result.data += socket.readAll();
    }
    result.data += socket.readAll();
    result.closedByServer = !deadline.hasExpired();
    return result;
}

Exchange exchange(quint16 port, const QByteArray& bytes)
{
    return exchange(port, QList<QByteArray>{bytes});
}

// A chat completion's request head with `headers` (complete lines) and no framing of its own.
QByteArray chatHead(const QByteArray& headers)
{
    return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           headers + "\r\n";
}

QByteArray chunked(const QByteArray& body)
{
    return QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
}

QByteArray contentLength(qsizetype size)
{
    return "Content-Length: " + QByteArray::number(size) + "\r\n";
}

// The sum of a counter's samples in a Prometheus text exposition.
double counterSum(const QByteArray& exposition, const QByteArray& name)
{
    double sum = 0;
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(name + "{") || line.startsWith(name + " "))
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

} // namespace

class TestRequestSmuggling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_upstream = std::make_unique<GatehousedProcess>(QStringLiteral(GATEHOUSED_PATH),
                                                         QStringList{"--demo", "--listen", "127.0.0.1:0"});
        const quint16 upstreamPort = m_upstream->waitForPort();
        QVERIFY2(upstreamPort != 0, qPrintable(m_upstream->log().right(1200)));
        const QString config =
            writeFile(m_dir, "gateway.toml",
                      "[[upstreams]]\nname = \"local\"\nkind = \"openai\"\nbase_url = \"http://127.0.0.1:" +
                          QByteArray::number(upstreamPort) +
                          "/v1\"\n\n[[models]]\nname = \"chat\"\nupstreams = [{ name = \"local\", model = "
                          "\"gatehouse-demo\" }]\n");
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
        QCOMPARE(upstreamChats(), 0.0);
    }

    void malformedFramingIsRefusedAndTheConnectionClosed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray body = chatBody;
        const QByteArray cl = contentLength(body.size());
        QTest::newRow("Content-Length and chunked")
            << chatHead(cl + "Transfer-Encoding: chunked\r\n") + chunked(body) << 400;
        QTest::newRow("chunked and Content-Length")
            << chatHead("Transfer-Encoding: chunked\r\n" + cl) + chunked(body) << 400;
        QTest::newRow("two different Content-Lengths")
            << chatHead(cl + contentLength(body.size() + 7)) + body + "GET /x " << 400;
        QTest::newRow("a Content-Length list that disagrees")
            << chatHead("Content-Length: " + QByteArray::number(body.size()) + ", 5\r\n") + body << 400;
        QTest::newRow("a negative Content-Length") << chatHead("Content-Length: -1\r\n") + body << 400;
        QTest::newRow("a hexadecimal Content-Length") << chatHead("Content-Length: 0x40\r\n") + body << 400;
        QTest::newRow("Transfer-Encoding gzip") << chatHead("Transfer-Encoding: gzip\r\n") + body << 400;
        QTest::newRow("chunked not the last coding")
            << chatHead("Transfer-Encoding: chunked, gzip\r\n") + chunked(body) << 400;
        QTest::newRow("Transfer-Encoding identity")
            << chatHead("Transfer-Encoding: identity\r\n" + cl) + body << 400;
        QTest::newRow("Transfer-Encoding xchunked")
            << chatHead("Transfer-Encoding: xchunked\r\n") + body << 400;
        QTest::newRow("Transfer-Encoding twice")
            << chatHead("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") + chunked(body)
            << 400;
        QTest::newRow("a space before the colon")
            << chatHead("Transfer-Encoding : chunked\r\n" + cl) + body << 400;
        QTest::newRow("chunked in an HTTP/1.0 request")
            << ("POST /v1/chat/completions HTTP/1.0\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                "chunked\r\n\r\n" +
                chunked(body))
            << 400;
        QTest::newRow("a folded header line (obs-fold)")
            << chatHead("X-Note: first\r\n second\r\n" + cl) + body << 400;
        QTest::newRow("a folded Transfer-Encoding")
            << chatHead("Transfer-Encoding:\r\n chunked\r\n") + chunked(body) << 400;
        QTest::newRow("a bare CR in a header value")
            << chatHead("X-Note: a\rX-Other: b\r\n" + cl) + body << 400;
        QTest::newRow("a bare LF ending a header")
            << chatHead("X-Note: a\nTransfer-Encoding: chunked\r\n" + cl) + body << 400;
        QTest::newRow("a NUL in a header value")
            << chatHead(QByteArray("X-Note: a\0b\r\n", 13) + cl) + body << 400;
        QTest::newRow("a NUL in a header name")
            << chatHead(QByteArray("X-N\0te: a\r\n", 12) + cl) + body << 400;
        QTest::newRow("a bad chunk size")
            << chatHead("Transfer-Encoding: chunked\r\n") + "zz\r\nabc\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("a header over the limit")
            << chatHead("X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n" + cl) + body << 431;
        QByteArray many;
        for (int i = 0; i < 200; ++i)
            many += "X-H" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many headers") << chatHead(many + cl) + body << 431;
    }

    void malformedFramingIsRefusedAndTheConnectionClosed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const Exchange answer = exchange(m_port, bytes);
        QVERIFY2(answer.closedByServer, "the server kept the connection open");
        QVERIFY2(answer.responses() == 1, answer.data.constData());
        const HttpResult result = answer.first();
        QVERIFY2(result.status == status, answer.data.left(600).constData());
        QCOMPARE(result.headers.value("connection"), QByteArray("close"));
        QCOMPARE(result.error().keys(), (QStringList{"code", "message", "param", "type"}));
        QVERIFY(!result.errorField("message").toString().isEmpty());
    }

    void bodyOverTheLimitIsRefusedBeforeItIsSent()
    {
        // Only the head goes out: the 413 must come without the server waiting for the body.
        const Exchange answer = exchange(m_port, chatHead(contentLength(2 * 1024 * 1024)));
        QVERIFY2(answer.closedByServer, "the server waited for the body");
        QCOMPARE(answer.responses(), 1);
        QCOMPARE(answer.first().status, 413);
        QCOMPARE(answer.first().errorField("code").toString(), QString("request_too_large"));
    }

    void chunkedBodyIsRefusedOnceOverTheLimit()
    {
        // 1.25 MiB in 64 KiB chunks, and never the last chunk: the 413 comes once the limit is passed.
        QList<QByteArray> pieces{chatHead("Transfer-Encoding: chunked\r\n")};
        const QByteArray chunk = QByteArray(64 * 1024, 'x');
        for (int i = 0; i < 20; ++i)
            pieces << QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        const Exchange answer = exchange(m_port, pieces);
        QVERIFY2(answer.closedByServer, "the server kept reading");
        QCOMPARE(answer.responses(), 1);
        QCOMPARE(answer.first().status, 413);
    }

    void requestHiddenInABodyIsNeverServed()
    {
        const QByteArray hidden = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        // As the body of a well-framed request: just bytes of a body (not JSON: 400), one answer.
        Exchange answer =
            exchange(m_port, chatHead(contentLength(hidden.size()) + "Connection: close\r\n") + hidden);
        QVERIFY(answer.closedByServer);
        QCOMPARE(answer.responses(), 1);
        QCOMPARE(answer.first().status, 400);
        QCOMPARE(answer.first().errorField("code").toString(), QString("invalid_json"));

        // Behind framing that two servers could read differently: refused, closed, never served.
        for (const QByteArray& framing :
             {QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
              QByteArray("Transfer-Encoding: gzip\r\n\r\n"),
              QByteArray("Transfer-Encoding: chunked, identity\r\n\r\n"),
              QByteArray("Content-Length: 0\r\nContent-Length: 44\r\n\r\n")}) {
            answer = exchange(m_port, chatHead(QByteArray()).chopped(2) + framing + hidden);
            QVERIFY2(answer.closedByServer, framing.constData());
            QVERIFY2(answer.responses() == 1,
                     qPrintable(QString::fromUtf8(framing + " gave:\n" + answer.data)));
            QVERIFY2(answer.first().status == 400, framing.constData());
            QVERIFY2(!answer.data.contains("\"status\":\"ok\""), framing.constData());
        }
    }

    void pipelinedRequestsStillWork()
    {
        // The control: two honest requests on one connection get two answers.
        const QByteArray healthz = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const Exchange answer = exchange(
            m_port, healthz + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(answer.closedByServer);
        QCOMPARE(answer.responses(), 2);
    }

    void pathsEchoedInAnswersCannotSplitTheResponse()
    {
        // A path with CR LF percent-encoded is decoded into the JSON error message only, never into
        // a header. (A created rule's id in Location: see tst_adminauthorization.)
        const HttpResult missing = request(m_port, "GET", "/v1/a%0D%0AX-Injected:%20yes");
        QCOMPARE(missing.status, 404);
        QVERIFY(!missing.headers.contains("x-injected"));
        QVERIFY(missing.errorField("message").toString().contains("/v1/a"));
    }

    void nothingReachedTheUpstream()
    {
        QCOMPARE(upstreamChats(), 0.0);
        // The control: the path to the upstream works and is counted.
        const HttpResult valid = request(m_port, "POST", "/v1/chat/completions", chatBody);
        QVERIFY2(valid.status == 200, valid.body.constData());
        QCOMPARE(upstreamChats(), 1.0);
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            QCOMPARE(m_gateway->stop(), 0);
        if (m_upstream)
            QCOMPARE(m_upstream->stop(), 0);
    }

private:
    double upstreamChats()
    {
        const HttpResult metrics = request(m_upstream->waitForPort(), "GET", "/metrics");
        if (metrics.status != 200)
            return -1;
        return counterSum(metrics.body, "gatehouse_requests_total");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<GatehousedProcess> m_upstream;
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestRequestSmuggling)
#include "tst_requestsmuggling.moc"
