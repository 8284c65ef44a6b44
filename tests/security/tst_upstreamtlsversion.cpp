// TLS below 1.2 refused in the upstream direction: gatehoused facing an https upstream that offers
// only TLS 1.1 (openssl s_server at security level 0, which the system's OpenSSL 3 still allows
// when asked) refuses the handshake and tells the client so; the same server at TLS 1.2 gets past
// the handshake. The listener's side is tests/gateway/tst_gatehousedtls (tls11ClientIsRefused).

#include "tests/net/TestCertificates.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

constexpr int safetyMs = 30000; // safety limit only

QByteArray chatBody(const char* model)
{
    return QJsonDocument(
               QJsonObject{{"model", model},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Hi"}}}}})
        .toJson(QJsonDocument::Compact);
}

// `openssl s_server` on 127.0.0.1:port with `protocol` ("-tls1_1", "-tls1_2"), answering HTTP.
class OpensslServer
{
public:
    OpensslServer(const TestPki& pki, const QString& protocol)
        : m_port(deadPort())
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"), {"s_server", protocol, "-cipher", "DEFAULT:@SECLEVEL=0",
                                                    "-cert", pki.serverCert, "-key", pki.serverKey, "-accept",
                                                    QStringLiteral("127.0.0.1:%1").arg(m_port), "-www"});
    }
    ~OpensslServer()
    {
        m_process.kill();
        m_process.waitForFinished(safetyMs);
    }
    OpensslServer(const OpensslServer&) = delete;
    OpensslServer& operator=(const OpensslServer&) = delete;

    // True once it accepts connections.
    bool waitUntilListening()
    {
        const QDeadlineTimer deadline(safetyMs);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_output += m_process.readAll();
            if (m_output.contains("ACCEPT"))
                return true;
        }
        return false;
    }
    quint16 port() const { return m_port; }
    QString output()
    {
        m_output += m_process.readAll();
        return QString::fromUtf8(m_output);
    }

private:
    quint16 m_port;
    QProcess m_process;
    QByteArray m_output;
};

// `openssl s_client` offering only `protocol` at security level 0 to 127.0.0.1:port: the
// negotiated protocol line, or what failed.
QString opensslClientProtocol(quint16 port, const QString& protocol)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral("openssl"), {"s_client", "-connect", QStringLiteral("127.0.0.1:%1").arg(port),
                                             protocol, "-cipher", "DEFAULT:@SECLEVEL=0"});
    if (!client.waitForStarted(safetyMs))
        return QStringLiteral("cannot start openssl");
    client.closeWriteChannel();
    client.waitForFinished(safetyMs);
    return QString::fromUtf8(client.readAll());
}

} // namespace

class TestUpstreamTlsVersion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failure = generateTestPki(m_dir.filePath("pki"), m_pki);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void upstreamOfferingOnlyTls11IsRefused()
    {
        OpensslServer old(m_pki, "-tls1_1");
        QVERIFY2(old.waitUntilListening(), qPrintable(old.output()));
        // The server really speaks TLS 1.1 to a client that allows it: the refusal below is ours.
        const QString handshake = opensslClientProtocol(old.port(), "-tls1_1");
        if (!handshake.contains("Protocol  : TLSv1.1"))
            QSKIP(qPrintable("the system's openssl cannot offer TLS 1.1 here: " + handshake.left(400)));

        const HttpResult refused = chatThrough(old.port());
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.errorField("code").toString(), QString("upstream_unavailable"));
        const QString message = refused.errorField("message").toString();
        QVERIFY2(message.contains("TLS handshake failed"), qPrintable(message));
        QVERIFY2(message.contains("protocol version"), qPrintable(message));
        QVERIFY2(!message.contains("certificate"), qPrintable(message));
    }

    void theSameUpstreamAtTls12GetsPastTheHandshake()
    {
        OpensslServer current(m_pki, "-tls1_2");
        QVERIFY2(current.waitUntilListening(), qPrintable(current.output()));
        const HttpResult answered = chatThrough(current.port());
        // An error still (a timeout waiting for an answer), but past the handshake.
        const QString message = answered.errorField("message").toString();
        QVERIFY2(answered.status >= 500, qPrintable(answered.problem + message));
        QVERIFY2(!message.contains("TLS handshake failed"), qPrintable(message));
        QVERIFY2(!message.contains("TLS certificate not accepted"), qPrintable(message));
    }

private:
    // One chat completion through a gatehoused whose only upstream is https://127.0.0.1:port.
    HttpResult chatThrough(quint16 upstreamPort)
    {
        const QString config = writeFile(
            m_dir, QStringLiteral("gateway-%1.toml").arg(upstreamPort),
            // s_server is no chat server: past the handshake it never answers a POST, so the
            // gateway stops waiting after first_byte_timeout_ms.
            "[retry]\nattempts_per_upstream = 1\n\n[[upstreams]]\nname = \"tls\"\nkind = \"openai\"\n"
            "first_byte_timeout_ms = 2000\n"
            "base_url = \"https://127.0.0.1:" +
                QByteArray::number(upstreamPort) + "/v1\"\nca_file = \"" + m_pki.caCert.toUtf8() +
                "\"\n\n[[models]]\nname = \"m\"\nupstreams = [\"tls\"]\n");
        GatehousedProcess gateway(QStringLiteral(GATEHOUSED_PATH),
                                  QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        if (port == 0) {
            HttpResult failed;
            failed.problem = gateway.log().right(1200);
            return failed;
        }
        HttpResult result = request(port, "POST", "/v1/chat/completions", chatBody("m"));
        gateway.stop();
        return result;
    }

    QTemporaryDir m_dir;
    TestPki m_pki;
};

QTEST_GUILESS_MAIN(TestUpstreamTlsVersion)
#include "tst_upstreamtlsversion.moc"
