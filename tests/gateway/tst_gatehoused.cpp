// Runs the real gatehoused binary and talks HTTP to it over 127.0.0.1, as a client would.

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

// Safety limits only: generous, because ASan builds on a busy 2-core machine are slow.
constexpr int startTimeoutMs = 30000;
constexpr int ioTimeoutMs = 15000;

// One gatehoused process; killed at the end of the test if it is still running.
class Gatehoused
{
public:
    explicit Gatehoused(const QStringList& arguments)
    {
        m_process.setProgram(QStringLiteral(GATEHOUSED_PATH));
        m_process.setArguments(arguments);
        m_process.start();
    }

    ~Gatehoused()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(ioTimeoutMs);
        }
    }

    QProcess& process() { return m_process; }

    // Reads stderr up to the "listening on" line and returns its port, or 0 (with the reason
    // in failure()) when the line does not come.
    quint16 waitForPort()
    {
        static const QRegularExpression line(
            QStringLiteral("^gatehoused listening on http://127\\.0\\.0\\.1:(\\d+)$"));
        const QDeadlineTimer deadline(startTimeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QString text = QString::fromUtf8(m_process.readLine()).trimmed();
                m_stderr += text + '\n';
                const auto match = line.match(text);
                if (match.hasMatch())
                    return quint16(match.captured(1).toUInt());
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return 0;
    }

    // Waits for the process to end on its own; true when it did.
    bool waitForExit()
    {
        const bool finished = m_process.waitForFinished(ioTimeoutMs);
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return finished;
    }

    QString stderrText() const { return m_stderr; }
    QString failure() const { return "gatehoused did not start; stderr:\n" + m_stderr; }

private:
    QProcess m_process;
    QString m_stderr;
};

// Makes `Gatehoused` read stderr line by line.
std::unique_ptr<Gatehoused> startGatehoused(const QStringList& arguments)
{
    auto gatehoused = std::make_unique<Gatehoused>(arguments);
    gatehoused->process().setReadChannel(QProcess::StandardError);
    return gatehoused;
}

struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QByteArray extra; // bytes received after the response, which a client would misread
    QString problem;  // set when no complete, well-formed response arrived

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Sends `request` on `socket` (connected) and reads one response. `headOnly`: the response
// has no body whatever its Content-Length says.
// `received`: bytes of this response that an earlier exchange() already read (its `extra`).
RawResponse exchange(QTcpSocket& socket, const QByteArray& request, bool headOnly = false,
                     const QByteArray& received = {})
{
    RawResponse response;
    socket.write(request);
    QByteArray data = received;
    const QDeadlineTimer deadline(ioTimeoutMs);
    qsizetype headerEnd = -1;
    qsizetype bodyLength = -1;
    for (;;) {
        data += socket.readAll();
        if (!data.isEmpty() && !QByteArray("HTTP/1.1 ").startsWith(data.left(9))) {
            response.problem = "not an HTTP/1.1 status line: " + QString::fromUtf8(data.left(300));
            return response;
        }
        if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headerEnd).split('\n');
            response.status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                        lines[i].mid(colon + 1).trimmed());
            }
            bodyLength = headOnly ? 0 : response.headers.value("content-length", "-1").toLongLong();
        }
        if (headerEnd >= 0 && bodyLength >= 0 && data.size() >= headerEnd + 4 + bodyLength) {
            response.body = data.mid(headerEnd + 4, bodyLength);
            response.extra = data.mid(headerEnd + 4 + bodyLength);
            return response;
        }
        if (deadline.hasExpired()) {
            response.problem = "no complete response in time; received: " + QString::fromUtf8(data.left(300));
            return response;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            response.problem = "connection closed; received: " + QString::fromUtf8(data.left(300));
            return response;
        }
        socket.waitForReadyRead(100);
    }
}

bool connectTo(QTcpSocket& socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(ioTimeoutMs);
}

// True when the server closes `socket` (within the safety limit).
bool waitForServerClose(QTcpSocket& socket)
{
    const QDeadlineTimer deadline(ioTimeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void verifyOpenAiError(const RawResponse& response, const QString& code)
{
    QCOMPARE(response.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject root = response.json();
    QCOMPARE(root.keys(), QStringList{"error"});
    const QJsonObject error = root.value("error").toObject();
    QCOMPARE(error.keys(), (QStringList{"code", "message", "param", "type"}));
    QVERIFY(!error.value("message").toString().isEmpty());
    QVERIFY(!error.value("type").toString().isEmpty());
    QVERIFY(error.value("param").isNull());
    QCOMPARE(error.value("code").toString(), code);
}

QByteArray healthzRequest()
{
    return QByteArrayLiteral("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

} // namespace

class TestGatehoused : public QObject
{
    Q_OBJECT

private slots:
    // One gatehoused serves the HTTP tests; the process tests start their own.
    void initTestCase()
    {
        m_server = startGatehoused({"--listen", "127.0.0.1:0", "--workers", "2"});
        m_port = m_server->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_server->failure()));
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        m_server->process().terminate();
        QVERIFY(m_server->waitForExit());
        QCOMPARE(m_server->process().exitCode(), 0);
    }

    void healthzAnswersOkJson() const
    {
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(
            manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(m_port)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(ioTimeoutMs));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        const QJsonDocument body = QJsonDocument::fromJson(reply->readAll());
        QCOMPARE(body.object(), (QJsonObject{{"status", "ok"}}));
    }

    void headSendsHeadersWithoutBody() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse head =
            exchange(socket, "HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", /*headOnly=*/true);
        QVERIFY2(head.problem.isEmpty(), qPrintable(head.problem));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-length"), QByteArray("15"));
        QCOMPARE(head.extra, QByteArray());
        // Had the server sent a body after all, it would arrive here in place of the next status line.
        const RawResponse get = exchange(socket, healthzRequest());
        QVERIFY2(get.problem.isEmpty(), qPrintable(get.problem));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.body, QByteArray(R"({"status":"ok"})"));
    }

    void unknownPathIs404WithOpenAiError() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse response = exchange(socket, "GET /v1/nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 404);
        verifyOpenAiError(response, QStringLiteral("not_found"));
        QVERIFY(
            response.json().value("error").toObject().value("message").toString().contains("/v1/nothing"));
    }

    void wrongMethodIs405WithAllow() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse response =
            exchange(socket, "POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.headers.value("allow"), QByteArray("GET, HEAD"));
        verifyOpenAiError(response, QStringLiteral("method_not_allowed"));
    }

    void oversizedHeaderIs431() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " +
                                   QByteArray(qsizetype{64} * 1024, 'a') + "\r\n\r\n";
        const RawResponse response = exchange(socket, request);
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 431);
        verifyOpenAiError(response, QStringLiteral("request_header_fields_too_large"));
        QCOMPARE(response.headers.value("connection"), QByteArray("close"));
        QVERIFY(waitForServerClose(socket));
    }

    void oversizedBodyIs413() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse response = exchange(
            socket,
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n{");
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 413);
        verifyOpenAiError(response, QStringLiteral("request_too_large"));
    }

    void malformedRequestIs400() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse response = exchange(socket, "GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n");
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 400);
        verifyOpenAiError(response, QStringLiteral("bad_request"));
    }

    void keepAliveServesRequestsOnOneConnection() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        for (int i = 0; i < 2; ++i) {
            const RawResponse response = exchange(socket, healthzRequest());
            QVERIFY2(response.problem.isEmpty(),
                     qPrintable(QString("request %1: %2").arg(i).arg(response.problem)));
            QCOMPARE(response.status, 200);
            QVERIFY(response.headers.value("connection") != "close");
        }
        // Two requests in one packet (pipelining) get two answers in order.
        const RawResponse first =
            exchange(socket, healthzRequest() + "GET /nope HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(first.problem.isEmpty(), qPrintable(first.problem));
        QCOMPARE(first.status, 200);
        const RawResponse second = exchange(socket, {}, false, first.extra);
        QVERIFY2(second.problem.isEmpty(), qPrintable(second.problem));
        QCOMPARE(second.status, 404);
    }

    void connectionCloseIsHonoured() const
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, m_port));
        const RawResponse response =
            exchange(socket, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(response.problem.isEmpty(), qPrintable(response.problem));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.headers.value("connection"), QByteArray("close"));
        QVERIFY(waitForServerClose(socket));
    }

    void stopSignalExitsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void stopSignalExitsCleanly()
    {
        QFETCH(int, signal);
        auto gatehoused = startGatehoused({"--listen", "127.0.0.1:0"});
        const quint16 port = gatehoused->waitForPort();
        QVERIFY2(port != 0, qPrintable(gatehoused->failure()));

        // A kept-alive idle connection must not keep gatehoused running.
        QTcpSocket idle;
        QVERIFY(connectTo(idle, port));
        const RawResponse response = exchange(idle, healthzRequest());
        QCOMPARE(response.status, 200);

        QCOMPARE(::kill(pid_t(gatehoused->process().processId()), signal), 0);
        QVERIFY2(gatehoused->waitForExit(), "gatehoused still running after the signal");
        QCOMPARE(gatehoused->process().exitStatus(), QProcess::NormalExit);
        QVERIFY2(gatehoused->process().exitCode() == 0, qPrintable(gatehoused->stderrText()));
        QVERIFY(waitForServerClose(idle));

        // It no longer accepts connections.
        QTcpSocket late;
        late.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(!late.waitForConnected(ioTimeoutMs));
    }

    void takenPortFailsNamingTheAddress()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());

        auto gatehoused = startGatehoused({"--listen", address});
        QVERIFY(gatehoused->waitForExit());
        QCOMPARE(gatehoused->process().exitCode(), 1);
        const QString output = gatehoused->stderrText().trimmed();
        QVERIFY2(!output.contains('\n'), qPrintable(output));
        QVERIFY2(output.contains(address), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("in use")), qPrintable(output));
    }

    void unavailableAddressFailsNamingTheAddress()
    {
        // TEST-NET-1: a valid address that no interface of this machine has.
        auto gatehoused = startGatehoused({"--listen", "192.0.2.1:0"});
        QVERIFY(gatehoused->waitForExit());
        QCOMPARE(gatehoused->process().exitCode(), 1);
        QVERIFY2(gatehoused->stderrText().contains(QLatin1String("192.0.2.1:0")),
                 qPrintable(gatehoused->stderrText()));
    }

    void configFileSetsListenAndCommandLineOverridesIt()
    {
        QTemporaryDir dir;
        const QString config =
            writeFile(dir, "gatehoused.toml", "[server]\nlisten = \"127.0.0.1:0\"\nworkers = 1\n");
        {
            auto gatehoused = startGatehoused({"--config", config});
            const quint16 port = gatehoused->waitForPort();
            QVERIFY2(port != 0, qPrintable(gatehoused->failure()));
            QTcpSocket socket;
            QVERIFY(connectTo(socket, port));
            QCOMPARE(exchange(socket, healthzRequest()).status, 200);
            gatehoused->process().terminate();
            QVERIFY(gatehoused->waitForExit());
            QCOMPARE(gatehoused->process().exitCode(), 0);
        }

        // The file names a port that is taken; --listen wins, so gatehoused still starts.
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QString taken = writeFile(
            dir, "taken.toml",
            QStringLiteral("[server]\nlisten = \"127.0.0.1:%1\"\n").arg(occupant.serverPort()).toUtf8());
        auto gatehoused = startGatehoused({"--config", taken, "--listen", "127.0.0.1:0"});
        const quint16 port = gatehoused->waitForPort();
        QVERIFY2(port != 0, qPrintable(gatehoused->failure()));
        QVERIFY(port != occupant.serverPort());
    }

    void badConfigFileRefusesToStart()
    {
        QTemporaryDir dir;
        const QString config =
            writeFile(dir, "bad.toml", "[server]\nlisten = \"127.0.0.1:0\"\nlisten_on = 1\n");
        auto gatehoused = startGatehoused({"--config", config});
        QVERIFY(gatehoused->waitForExit());
        QCOMPARE(gatehoused->process().exitCode(), 1);
        QVERIFY2(gatehoused->stderrText().contains(config + ":3:1:"), qPrintable(gatehoused->stderrText()));
        QVERIFY2(gatehoused->stderrText().contains("server.listen_on"), qPrintable(gatehoused->stderrText()));
    }

    void checkConfigReportsOkOrTheError()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, "good.toml", "[server]\nlisten = \"[::1]:8443\"\nworkers = 4\n");
        QProcess ok;
        ok.start(QStringLiteral(GATEHOUSED_PATH), {"--check-config", good});
        QVERIFY(ok.waitForFinished(ioTimeoutMs));
        QCOMPARE(ok.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(ok.readAllStandardOutput()), good + ": ok\n");

        const QString bad = writeFile(dir, "bad.toml", "[server]\nworkers = \"four\"\n");
        QProcess failing;
        failing.start(QStringLiteral(GATEHOUSED_PATH), {"--check-config", bad});
        QVERIFY(failing.waitForFinished(ioTimeoutMs));
        QCOMPARE(failing.exitCode(), 1);
        QVERIFY(failing.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(failing.readAllStandardError());
        QVERIFY2(error.startsWith(bad + ":2:11: "), qPrintable(error));
        QVERIFY2(error.contains("server.workers"), qPrintable(error));
    }

    void versionAndHelp()
    {
        QProcess version;
        version.start(QStringLiteral(GATEHOUSED_PATH), {"--version"});
        QVERIFY(version.waitForFinished(ioTimeoutMs));
        QCOMPARE(version.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(version.readAllStandardOutput()),
                 QStringLiteral("gatehoused (Gatehouse) " GATEHOUSE_VERSION_STRING "\n"));

        QProcess help;
        help.start(QStringLiteral(GATEHOUSED_PATH), {"--help"});
        QVERIFY(help.waitForFinished(ioTimeoutMs));
        QCOMPARE(help.exitCode(), 0);
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY(text.startsWith("Usage: gatehoused"));
        QVERIFY(text.contains("--listen HOST:PORT"));
    }

    void badCommandLineExitsWithUsageError()
    {
        QProcess process;
        process.start(QStringLiteral(GATEHOUSED_PATH), {"--workers", "zero"});
        QVERIFY(process.waitForFinished(ioTimeoutMs));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains("--workers") && error.contains("'zero'"), qPrintable(error));
    }

private:
    std::unique_ptr<Gatehoused> m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehoused)
#include "tst_gatehoused.moc"
