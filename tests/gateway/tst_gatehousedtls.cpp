// gatehoused over TLS, with real processes on 127.0.0.1 and a test CA made by the openssl command:
// the HTTPS listener (trusted and untrusted Qt clients, a TLS 1.1 client, certificate reload on
// SIGHUP, unusable certificate files) and https upstreams verified against a custom CA.

#include "tests/net/TestCertificates.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

// Safety limits only: generous, because ASan builds on a busy 2-core machine are slow.
constexpr int ioTimeoutMs = 30000;

class Gatehoused : public GatehousedProcess
{
public:
    explicit Gatehoused(const QStringList& arguments)
        : GatehousedProcess(QStringLiteral(GATEHOUSED_PATH), arguments)
    {}
};

QByteArray chatBody(const char* model, bool stream)
{
    QJsonObject body{
        {"model", model},
        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Tell me about gateways"}}}}};
    if (stream)
        body["stream"] = true;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray demoRouting(const char* model)
{
    return QByteArray(
               "\n[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 1\n\n"
               "[[models]]\nname = \"") +
           model + "\"\nupstreams = [\"demo\"]\n";
}

QSslConfiguration trusting(const QString& caFile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        configuration.addCaCertificates(QSslCertificate::fromPath(caFile));
    return configuration;
}

struct Reply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
};

// One request with QNetworkAccessManager, as the console sends it.
Reply fetch(const QUrl& url, const QSslConfiguration& tls, const QByteArray& postBody = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(ioTimeoutMs);
    QNetworkReply* reply = nullptr;
    if (postBody.isNull()) {
        reply = manager.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = manager.post(request, postBody);
    }
    const QDeadlineTimer deadline(ioTimeoutMs + 5000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QTest::qWait(20);
    Reply result;
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    delete reply;
    return result;
}

// The certificate a new TLS connection to 127.0.0.1:port is shown; null when the handshake failed.
QSslCertificate presentedCertificate(quint16 port, const QString& caFile)
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(caFile));
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(ioTimeoutMs))
        return QSslCertificate();
    return socket.peerCertificate();
}

// Runs `openssl s_client` with `arguments` against 127.0.0.1:port; returns its output.
QString opensslClient(quint16 port, const QStringList& arguments, int* exitCode)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral("openssl"),
                 QStringList{"s_client", "-connect", QStringLiteral("127.0.0.1:%1").arg(port), "-ign_eof"} +
                     arguments);
    if (!client.waitForStarted(ioTimeoutMs))
        return QStringLiteral("cannot start openssl");
    client.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    client.closeWriteChannel();
    client.waitForFinished(ioTimeoutMs);
    *exitCode = client.exitCode();
    return QString::fromUtf8(client.readAll());
}

bool copyOver(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestGatehousedTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failure = generateTestPki(m_dir.filePath("pki"), m_pki);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The listener reads these paths; the reload test copies a renewed certificate over them.
        m_certFile = m_dir.filePath("listener-cert.pem");
        m_keyFile = m_dir.filePath("listener-key.pem");
        QVERIFY(copyOver(m_pki.serverCert, m_certFile));
        QVERIFY(copyOver(m_pki.serverKey, m_keyFile));
        const QString config =
            writeFile(m_dir, "listener.toml",
                      "[server]\ntls_cert = \"" + m_certFile.toUtf8() + "\"\ntls_key = \"" +
                          m_keyFile.toUtf8() + "\"\n" + demoRouting("tls-demo"));
        m_listener = std::make_unique<Gatehoused>(
            QStringList{"--config", config, "--listen", "127.0.0.1:0", "--workers", "2"});
        m_port = m_listener->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_listener->log().right(1500)));
        QVERIFY(m_listener->baseUrl().startsWith("https://"));
        QVERIFY2(m_listener->log().contains("listening on https://127.0.0.1:"),
                 qPrintable(m_listener->log()));
    }

    void chatOverHttpsForAClientTrustingTheCa()
    {
        const QUrl base(QStringLiteral("https://localhost:%1").arg(m_port));
        const Reply whole = fetch(base.resolved(QUrl("/v1/chat/completions")), trusting(m_pki.caCert),
                                  chatBody("tls-demo", false));
        QVERIFY2(whole.error == QNetworkReply::NoError, qPrintable(whole.errorString));
        QCOMPARE(whole.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(whole.body).object();
        QVERIFY(!answer["choices"][0]["message"]["content"].toString().isEmpty());

        const Reply streamed = fetch(base.resolved(QUrl("/v1/chat/completions")), trusting(m_pki.caCert),
                                     chatBody("tls-demo", true));
        QVERIFY2(streamed.error == QNetworkReply::NoError, qPrintable(streamed.errorString));
        QCOMPARE(streamed.status, 200);
        QVERIFY(streamed.body.count("data: {") >= 3);
        QVERIFY(streamed.body.trimmed().endsWith("data: [DONE]"));
    }

    void keptAliveConnectionServesSeveralRequests()
    {
        QSslSocket socket;
        socket.setSslConfiguration(trusting(m_pki.caCert));
        socket.connectToHostEncrypted(QStringLiteral("localhost"), m_port);
        QVERIFY2(socket.waitForEncrypted(ioTimeoutMs), qPrintable(socket.errorString()));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /v1/models HTTP/1.1\r\nHost: localhost\r\n\r\n");
            QByteArray data;
            const QDeadlineTimer deadline(ioTimeoutMs);
            while (!data.contains("tls-demo") && !deadline.hasExpired() &&
                   socket.state() == QAbstractSocket::ConnectedState) {
                socket.waitForReadyRead(50);
                data += socket.readAll();
            }
            QVERIFY2(data.startsWith("HTTP/1.1 200"), data.constData());
            QVERIFY2(data.contains("tls-demo"), data.constData());
        }
    }

    void clientWithoutTheCaIsRefused()
    {
        const Reply reply =
            fetch(QUrl(QStringLiteral("https://localhost:%1/v1/models").arg(m_port)), trusting({}));
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.body.isEmpty());
    }

    void plainHttpClientGetsNoAnswer()
    {
        const HttpResult result = request(m_port, "GET", "/v1/models", {}, {}, 10000);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.body.contains("tls-demo"));
    }

    void tls11ClientIsRefused()
    {
        // The client lowers its own security level so that only the server can say no.
        int exitCode = -1;
        const QString refused =
            opensslClient(m_port, {"-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"}, &exitCode);
        QVERIFY2(exitCode != 0, qPrintable(refused));
        QVERIFY2(refused.contains("alert protocol version"), qPrintable(refused));

        const QString accepted = opensslClient(m_port, {"-tls1_2", "-CAfile", m_pki.caCert}, &exitCode);
        QVERIFY2(accepted.contains("HTTP/1.1 200"), qPrintable(accepted));
        QVERIFY2(accepted.contains("Verify return code: 0 (ok)"), qPrintable(accepted));
    }

    void aClosedConnectionEndsWithCloseNotify()
    {
        // "Connection: close": gatehoused ends the TLS session with its close_notify alert, so the
        // client can tell the end of the answer from a cut connection.
        int exitCode = -1;
        const QString seen = opensslClient(m_port, {"-CAfile", m_pki.caCert, "-msg"}, &exitCode);
        QVERIFY2(seen.contains(QStringLiteral("HTTP/1.1 200 OK")), qPrintable(seen.right(2000)));
        const QRegularExpression alert(
            QStringLiteral("<<< TLS [0-9.]+, Alert \\[length 0002\\], warning close_notify"));
        QVERIFY2(alert.match(seen).hasMatch(), qPrintable(seen.right(2000)));
    }

    void httpsUpstreamVerifiedWithCaFile()
    {
        Gatehoused& gateway = this->gateway();
        QVERIFY(gateway.waitForPort() != 0);
        const HttpResult whole =
            request(gateway.waitForPort(), "POST", "/v1/chat/completions", chatBody("via-trusted", false));
        QVERIFY2(whole.problem.isEmpty(), qPrintable(whole.problem));
        QCOMPARE(whole.status, 200);
        QVERIFY(!whole.json()["choices"][0]["message"]["content"].toString().isEmpty());

        const HttpResult streamed =
            request(gateway.waitForPort(), "POST", "/v1/chat/completions", chatBody("via-trusted", true));
        QVERIFY2(streamed.problem.isEmpty(), qPrintable(streamed.problem));
        QCOMPARE(streamed.status, 200);
        QCOMPARE(streamed.headers.value("content-type"), QByteArray("text/event-stream"));
        QVERIFY(streamed.events().size() >= 3);
        QCOMPARE(streamed.events().last(), QByteArray("data: [DONE]"));
    }

    void httpsUpstreamWithoutTheCaFailsClearly()
    {
        Gatehoused& gateway = this->gateway();
        const HttpResult refused =
            request(gateway.waitForPort(), "POST", "/v1/chat/completions", chatBody("via-untrusted", false));
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.errorField("code").toString(), QStringLiteral("upstream_unavailable"));
        QCOMPARE(refused.errorField("type").toString(), QStringLiteral("server_error"));
        const QString message = refused.errorField("message").toString();
        QVERIFY2(message.contains("upstream 'untrusted'"), qPrintable(message));
        QVERIFY2(message.contains("TLS certificate not accepted: unable to get local issuer certificate"),
                 qPrintable(message));
        QVERIFY2(message.contains("ca_file"), qPrintable(message));

        // Counted as the upstream's failure: two attempts opened its circuit (failure_threshold = 2).
        const HttpResult afterwards =
            request(gateway.waitForPort(), "POST", "/v1/chat/completions", chatBody("via-untrusted", false));
        QCOMPARE(afterwards.status, 503);
        const HttpResult metrics = request(gateway.waitForPort(), "GET", "/metrics");
        QVERIFY2(metrics.body.contains("gatehouse_upstream_circuit_state{upstream=\"untrusted\"} 2"),
                 metrics.body.constData());
        QVERIFY(metrics.body.contains("gatehouse_upstream_up{upstream=\"trusted\"} 1"));
    }

    void sighupReloadsTheCertificate()
    {
        const QSslCertificate before = presentedCertificate(m_port, m_pki.caCert);
        QVERIFY(!before.isNull());
        QCOMPARE(before, QSslCertificate::fromPath(m_pki.serverCert).value(0));

        QString renewedCert, renewedKey;
        const QString failure =
            issueServerCertificate(m_dir.filePath("pki"), "renewed", "Renewed", renewedCert, renewedKey);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QSslCertificate renewed = QSslCertificate::fromPath(renewedCert).value(0);
        QVERIFY(renewed.serialNumber() != before.serialNumber());
        QVERIFY(copyOver(renewedCert, m_certFile));
        QVERIFY(copyOver(renewedKey, m_keyFile));
        QVERIFY(m_listener->hangUp());
        QVERIFY2(m_listener->waitForLog({"SIGHUP", "TLS certificate reloaded", "O=Renewed"}),
                 qPrintable(m_listener->log().right(1500)));

        const QSslCertificate after = presentedCertificate(m_port, m_pki.caCert);
        QCOMPARE(after.serialNumber(), renewed.serialNumber());
        QCOMPARE(after.subjectInfo(QSslCertificate::Organization), QStringList{"Renewed"});

        // A broken new certificate is logged, and the one in use stays.
        QFile broken(m_certFile);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a certificate\n");
        broken.close();
        QVERIFY(m_listener->hangUp());
        QVERIFY2(m_listener->waitForLog(
                     {"SIGHUP", "keeping the previous TLS certificate", m_certFile, "not a PEM certificate"}),
                 qPrintable(m_listener->log().right(1500)));
        QCOMPARE(presentedCertificate(m_port, m_pki.caCert).serialNumber(), renewed.serialNumber());
        const Reply reply =
            fetch(QUrl(QStringLiteral("https://localhost:%1/v1/models").arg(m_port)), trusting(m_pki.caCert));
        QCOMPARE(reply.status, 200);
    }

    void unusableCertificateFilesStopTheStart_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QStringList>("expected");
        const QByteArray cert = m_pki.serverCert.toUtf8();
        const QByteArray key = m_pki.serverKey.toUtf8();
        const QByteArray missing = m_dir.filePath("no-such.pem").toUtf8();
        QTest::newRow("key missing") << "tls_cert = \"" + cert + "\"\n"
                                     << QStringList{"gatehoused.toml:3:", "needs both tls_cert and tls_key"};
        QTest::newRow("no such file")
            << "tls_cert = \"" + missing + "\"\ntls_key = \"" + key + "\"\n"
            << QStringList{"gatehoused.toml:3:", QString::fromUtf8(missing), "No such file or directory"};
        QTest::newRow("key is a certificate")
            << "tls_cert = \"" + cert + "\"\ntls_key = \"" + cert + "\"\n"
            << QStringList{"gatehoused.toml:3:", m_pki.serverCert, "not a PEM private key"};
        QTest::newRow("key of another certificate")
            << "tls_cert = \"" + cert + "\"\ntls_key = \"" + m_pki.selfSignedKey.toUtf8() + "\"\n"
            << QStringList{"gatehoused.toml:3:", m_pki.selfSignedKey, "does not belong to the certificate"};
    }

    void unusableCertificateFilesStopTheStart()
    {
        QFETCH(QByteArray, server);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString config =
            writeFile(dir, "gatehoused.toml", "# TLS\n[server]\n" + server + demoRouting("m"));
        for (const QStringList& arguments : {QStringList{"--config", config, "--listen", "127.0.0.1:0"},
                                             QStringList{"--check-config", config}}) {
            QProcess gatehoused;
            gatehoused.start(QStringLiteral(GATEHOUSED_PATH), arguments);
            QVERIFY(gatehoused.waitForFinished(ioTimeoutMs));
            QCOMPARE(gatehoused.exitCode(), 1);
            const QString output = QString::fromUtf8(gatehoused.readAllStandardError());
            for (const QString& part : expected)
                QVERIFY2(output.contains(part), qPrintable(part + " not in: " + output));
            QVERIFY(!output.contains("listening"));
        }
    }

    void unusableCaFilesStopTheStartAndTheCheck_data()
    {
        QTest::addColumn<QByteArray>("caFile");
        QTest::addColumn<QStringList>("expected");
        const QByteArray missing = m_dir.filePath("no-such-ca.pem").toUtf8();
        QTest::newRow("missing") << missing
                                 << QStringList{"gatehoused.toml:2:", "upstream 'secure'",
                                                QString::fromUtf8(missing), "No such file or directory"};
        QTest::newRow("a key, not a certificate")
            << m_pki.selfSignedKey.toUtf8()
            << QStringList{"gatehoused.toml:2:", "upstream 'secure'", "no usable PEM certificate"};
    }

    void unusableCaFilesStopTheStartAndTheCheck()
    {
        QFETCH(QByteArray, caFile);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString config =
            writeFile(dir, "gatehoused.toml",
                      "# an https upstream\n[[upstreams]]\nname = \"secure\"\nkind = \"openai\"\n"
                      "base_url = \"https://localhost:1/v1\"\nca_file = \"" +
                          caFile + "\"\n\n[[models]]\nname = \"m\"\nupstreams = [\"secure\"]\n");
        for (const QStringList& arguments : {QStringList{"--config", config, "--listen", "127.0.0.1:0"},
                                             QStringList{"--check-config", config}}) {
            QProcess gatehoused;
            gatehoused.start(QStringLiteral(GATEHOUSED_PATH), arguments);
            QVERIFY(gatehoused.waitForFinished(ioTimeoutMs));
            const QString output = QString::fromUtf8(gatehoused.readAllStandardError());
            QVERIFY2(gatehoused.exitCode() == 1, qPrintable(arguments.first() + ": " + output));
            for (const QString& part : expected)
                QVERIFY2(output.contains(part),
                         qPrintable(arguments.first() + ": " + part + " not in: " + output));
            QVERIFY(!output.contains("listening"));
        }
    }

    void theCheckAcceptsAUsableCaFile()
    {
        QTemporaryDir dir;
        const QString config = writeFile(dir, "gatehoused.toml",
                                         "[[upstreams]]\nname = \"secure\"\nkind = \"openai\"\n"
                                         "base_url = \"https://localhost:1/v1\"\nca_file = \"" +
                                             m_pki.caCert.toUtf8() +
                                             "\"\n\n[[models]]\nname = \"m\"\nupstreams = [\"secure\"]\n");
        QProcess check;
        check.start(QStringLiteral(GATEHOUSED_PATH), {"--check-config", config});
        QVERIFY(check.waitForFinished(ioTimeoutMs));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()), config + ": ok\n");
    }

private:
    // A plain-HTTP gatehoused whose upstreams are the HTTPS listener: once trusting the test CA
    // through ca_file, once with the system's trust store only.
    Gatehoused& gateway()
    {
        if (!m_gateway) {
            const QByteArray port = QByteArray::number(m_port);
            const QString config =
                writeFile(m_dir, "gateway.toml",
                          "[retry]\nattempts_per_upstream = 2\ninitial_backoff_ms = 10\n"
                          "max_backoff_ms = 50\n\n"
                          "[circuit_breaker]\nfailure_threshold = 2\nopen_ms = 600000\n\n"
                          "[[upstreams]]\nname = \"trusted\"\nkind = \"openai\"\n"
                          "base_url = \"https://localhost:" +
                              port + "/v1\"\nca_file = \"" + m_pki.caCert.toUtf8() +
                              "\"\n\n"
                              "[[upstreams]]\nname = \"untrusted\"\nkind = \"openai\"\n"
                              "base_url = \"https://127.0.0.1:" +
                              port +
                              "/v1\"\n\n"
                              "[[models]]\nname = \"via-trusted\"\n"
                              "upstreams = [{ name = \"trusted\", model = \"tls-demo\" }]\n\n"
                              "[[models]]\nname = \"via-untrusted\"\n"
                              "upstreams = [{ name = \"untrusted\", model = \"tls-demo\" }]\n");
            m_gateway = std::make_unique<Gatehoused>(
                QStringList{"--config", config, "--listen", "127.0.0.1:0", "--workers", "2"});
        }
        return *m_gateway;
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_certFile;
    QString m_keyFile;
    std::unique_ptr<Gatehoused> m_listener;
    std::unique_ptr<Gatehoused> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedTls)
#include "tst_gatehousedtls.moc"
