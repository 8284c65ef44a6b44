#include "core/net/ConnectionTest.h"
#include "tests/net/LocalHttpServer.h"
#include "tests/net/TestCertificates.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::LocalHttpServer;

Q_DECLARE_METATYPE(gatehouse::ConnectionTest::Step)

namespace {

struct Outcome
{
    bool finished = false;
    bool ok = false;
    QString summary;
    QList<ConnectionTest::Step> steps;

    QString trail() const // "Dns+ Tcp+ Http-" for failure messages
    {
        QStringList parts;
        for (const auto& s : steps)
            parts << QString::fromLatin1(
                         QMetaEnum::fromType<ConnectionTest::Stage>().valueToKey(int(s.stage))) +
                         (s.ok ? QLatin1Char('+') : QLatin1Char('-'));
        return parts.join(QLatin1Char(' ')) + QStringLiteral(" | ") + summary;
    }
    QString stages() const
    {
        QStringList parts;
        for (const auto& s : steps)
            parts << QString::fromLatin1(
                         QMetaEnum::fromType<ConnectionTest::Stage>().valueToKey(int(s.stage))) +
                         (s.ok ? QLatin1Char('+') : QLatin1Char('-'));
        return parts.join(QLatin1Char(' '));
    }
    ConnectionTest::Step last() const { return steps.value(steps.size() - 1); }
};

Outcome run(const GatewayProfile& profile, QByteArray credential = {}, int timeoutMs = 10000)
{
    Outcome outcome;
    ConnectionTest test(profile, std::move(credential));
    test.setTimeoutMs(timeoutMs);
    QObject::connect(&test, &ConnectionTest::stepFinished, &test,
                     [&outcome](const ConnectionTest::Step& step) { outcome.steps << step; });
    QObject::connect(&test, &ConnectionTest::finished, &test, [&outcome](bool ok, const QString& summary) {
        outcome.finished = true;
        outcome.ok = ok;
        outcome.summary = summary;
    });
    test.start();
    // A safety limit, not a timing check; an unfinished test shows as finished == false.
    if (!QTest::qWaitFor([&] { return outcome.finished; }, 60000))
        outcome.summary = QStringLiteral("<the connection test did not finish>");
    return outcome;
}

GatewayProfile chatProfile(const QUrl& baseUrl)
{
    GatewayProfile p;
    p.name = QStringLiteral("local");
    p.kind = GatewayKind::Vllm;
    p.baseUrl = baseUrl;
    p.apiKeySecret = QStringLiteral("local-key");
    return p;
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestPki m_pki;
    LocalHttpServer m_plain;
    LocalHttpServer m_caSigned;
    LocalHttpServer m_selfSigned;

private slots:
    void initTestCase()
    {
        const QString error = test::generateTestPki(m_dir.filePath(QStringLiteral("pki")), m_pki);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_caSigned.useTls(m_pki.serverCert, m_pki.serverKey));
        QVERIFY(m_selfSigned.useTls(m_pki.selfSignedCert, m_pki.selfSignedKey));
        for (LocalHttpServer* s : {&m_plain, &m_caSigned, &m_selfSigned}) {
            QVERIFY(s->listenOnLoopback());
            s->setRequiredBearer("good-key");
            s->setResponse("/v1/models", 200, R"({"object":"list","data":[]})");
            s->setResponse("/broken/v1/models", 500, R"({"error":"boom"})");
        }
    }

    void endpointFitsTheKind()
    {
        GatewayProfile p = chatProfile(QUrl(QStringLiteral("https://gw.example.com/v1/")));
        QCOMPARE(ConnectionTest::endpoint(p), QUrl(QStringLiteral("https://gw.example.com/v1/models")));
        p.kind = GatewayKind::Gatehouse;
        QCOMPARE(ConnectionTest::endpoint(p), QUrl(QStringLiteral("https://gw.example.com/v1/models")));
        p.kind = GatewayKind::PrometheusServer;
        p.metricsUrl = QUrl(QStringLiteral("http://prom:9090/"));
        QCOMPARE(ConnectionTest::endpoint(p),
                 QUrl(QStringLiteral("http://prom:9090/api/v1/status/buildinfo")));
        p.kind = GatewayKind::LlamaCpp;
        p.baseUrl.clear();
        p.metricsUrl = QUrl(QStringLiteral("http://gpu:8080/metrics"));
        QCOMPARE(ConnectionTest::endpoint(p), p.metricsUrl);
        QCOMPARE(ConnectionTest::credentialSecret(p), QStringLiteral("local-key"));
        p.metricsUrl.clear();
        QVERIFY(ConnectionTest::endpoint(p).isEmpty());
    }

    void successWithKey()
    {
        const Outcome o = run(chatProfile(m_plain.url(QStringLiteral("/v1"))), "good-key");
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http+ Auth+"));
        QCOMPARE(o.steps[0].detail, QStringLiteral("127.0.0.1 is an address; nothing to resolve"));
        QCOMPARE(o.last().detail, QStringLiteral("The API key stored as 'local-key' was accepted"));
        QVERIFY2(o.summary.startsWith(QStringLiteral("The connection to local works: HTTP 200 OK from ")),
                 qPrintable(o.summary));
        const auto request = m_plain.requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/v1/models"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer good-key"));
        for (const auto& step : o.steps)
            QVERIFY(!step.detail.contains(QStringLiteral("good-key")));
    }

    void resolvesHostNames()
    {
        QUrl url = m_plain.url(QStringLiteral("/v1"));
        url.setHost(QStringLiteral("localhost")); // may resolve to ::1 first: the test must try 127.0.0.1 too
        const Outcome o = run(chatProfile(url), "good-key");
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QVERIFY2(o.steps[0].detail.startsWith(QStringLiteral("Resolved localhost to ")),
                 qPrintable(o.steps[0].detail));
    }

    void unknownHost()
    {
        // .invalid never resolves (RFC 6761), so this fails at once without waiting for a timeout.
        const Outcome o = run(chatProfile(QUrl(QStringLiteral("https://gw.gatehouse-test.invalid/v1"))), "k");
        QVERIFY(!o.ok);
        QCOMPARE(o.stages(), QStringLiteral("Dns-"));
        QCOMPARE(o.summary,
                 QStringLiteral("Cannot resolve gw.gatehouse-test.invalid: host not found. Check the URL's "
                                "host name."));
    }

    void refusedPort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Outcome o = run(chatProfile(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))), "k");
        QVERIFY(!o.ok);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp-"));
        QCOMPARE(
            o.summary,
            QStringLiteral("Connection refused by 127.0.0.1:%1: nothing listens on that port.").arg(port));
    }

    void untrustedSelfSignedCertificate()
    {
        const qsizetype before = m_selfSigned.requests().size();
        const Outcome o = run(chatProfile(m_selfSigned.url(QStringLiteral("/v1"))), "good-key");
        QVERIFY(!o.ok);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QCOMPARE(o.summary,
                 QStringLiteral("The certificate of host 127.0.0.1 is not trusted: self-signed certificate. "
                                "Add its CA file or pin it in the gateway's TLS options."));
        QCOMPARE(m_selfSigned.requests().size(), before); // the key never left
    }

    void unknownCaThenTheCaFile()
    {
        GatewayProfile p = chatProfile(m_caSigned.url(QStringLiteral("/v1")));
        Outcome o = run(p, "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QVERIFY2(
            o.summary.contains(QStringLiteral("is not trusted: issued by an unknown CA (Gatehouse Test CA)")),
            qPrintable(o.summary));

        p.tls.caFile = m_pki.caCert;
        o = run(p, "good-key");
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls+ Http+ Auth+"));
        QVERIFY2(o.steps[2].detail.contains(QStringLiteral("trusted by the system CAs or the CA file")),
                 qPrintable(o.steps[2].detail));
    }

    void pinnedCertificate()
    {
        GatewayProfile p = chatProfile(m_selfSigned.url(QStringLiteral("/v1")));
        p.tls.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        Outcome o = run(p, "good-key");
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QVERIFY2(o.steps[2].detail.contains(QStringLiteral("trusted by its pin")),
                 qPrintable(o.steps[2].detail));

        const qsizetype before = m_selfSigned.requests().size();
        p.tls.pinSha256 = test::opensslPin(m_pki.serverCert); // another key
        o = run(p, "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QVERIFY2(o.summary.startsWith(
                     QStringLiteral("The certificate of host 127.0.0.1 does not match the pinned key")),
                 qPrintable(o.summary));
        QCOMPARE(m_selfSigned.requests().size(), before);
    }

    void aWrongPinFailsEvenWithATrustedCa()
    {
        GatewayProfile p = chatProfile(m_caSigned.url(QStringLiteral("/v1")));
        p.tls.caFile = m_pki.caCert;
        p.tls.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        const qsizetype before = m_caSigned.requests().size();
        const Outcome o = run(p, "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QVERIFY2(o.summary.contains(QStringLiteral("does not match the pinned key (it has %1)")
                                        .arg(test::opensslPin(m_pki.serverCert))),
                 qPrintable(o.summary));
        QCOMPARE(m_caSigned.requests().size(), before);
    }

    void unusableCaFile()
    {
        GatewayProfile p = chatProfile(m_caSigned.url(QStringLiteral("/v1")));
        p.tls.caFile = m_dir.filePath(QStringLiteral("gone.pem"));
        const Outcome o = run(p, "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QVERIFY2(o.summary.startsWith(QStringLiteral("Cannot read the CA file")), qPrintable(o.summary));
    }

    void httpsToAPlainPort()
    {
        QUrl url = m_plain.url(QStringLiteral("/v1"));
        url.setScheme(QStringLiteral("https"));
        const Outcome o = run(chatProfile(url), "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Tls-"));
        QVERIFY2(o.summary.startsWith(QStringLiteral("The TLS handshake with 127.0.0.1 failed: ")) &&
                     o.summary.endsWith(QStringLiteral("Check that the port serves HTTPS, or use http://.")),
                 qPrintable(o.summary));
    }

    void rejectedKey()
    {
        const Outcome o = run(chatProfile(m_plain.url(QStringLiteral("/v1"))), "wrong-key");
        QVERIFY(!o.ok);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http+ Auth-"));
        QCOMPARE(o.summary,
                 QStringLiteral("The gateway answered 401 Unauthorized: the API key was rejected. Check the "
                                "key stored as 'local-key'."));
        QCOMPARE(m_plain.requests().last().headers.value("authorization"), QByteArray("Bearer wrong-key"));
    }

    void missingKey()
    {
        GatewayProfile p = chatProfile(m_plain.url(QStringLiteral("/v1")));
        p.apiKeySecret.clear();
        const Outcome o = run(p);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http+ Auth-"));
        QVERIFY2(o.summary.contains(QStringLiteral("401 Unauthorized: it needs an API key")),
                 qPrintable(o.summary));
        QVERIFY(!m_plain.requests().last().headers.contains("authorization"));
    }

    void serverError()
    {
        const QUrl base = m_plain.url(QStringLiteral("/broken/v1"));
        const Outcome o = run(chatProfile(base), "good-key");
        QVERIFY(!o.ok);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http-"));
        QCOMPARE(o.summary,
                 QStringLiteral("HTTP 500 Internal Server Error from %1/models: the gateway failed to "
                                "answer. Check its logs.")
                     .arg(base.toDisplayString()));
    }

    void wrongPath()
    {
        const Outcome o = run(chatProfile(m_plain.url(QStringLiteral("/api"))), "good-key");
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http-"));
        QVERIFY2(o.summary.contains(QStringLiteral("HTTP 404 Not Found")) &&
                     o.summary.contains(QStringLiteral("usually end in /v1")),
                 qPrintable(o.summary));
    }

    void prometheusAndMetricsOnlyProfiles()
    {
        LocalHttpServer open;
        QVERIFY(open.listenOnLoopback());
        open.setResponse("/api/v1/status/buildinfo", 200,
                         R"({"status":"success","data":{"version":"2.53.0"}})");
        open.setResponse("/metrics", 200, "up 1\n");

        GatewayProfile prom;
        prom.name = QStringLiteral("fleet");
        prom.kind = GatewayKind::PrometheusServer;
        prom.metricsUrl = open.url();
        Outcome o = run(prom);
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http+")); // no key sent, none needed
        QCOMPARE(open.requests().last().path, QByteArray("/api/v1/status/buildinfo"));

        GatewayProfile metricsOnly;
        metricsOnly.name = QStringLiteral("gpu");
        metricsOnly.kind = GatewayKind::LlamaCpp;
        metricsOnly.metricsUrl = open.url(QStringLiteral("/metrics"));
        o = run(metricsOnly);
        QVERIFY2(o.ok, qPrintable(o.trail()));
        QCOMPARE(open.requests().last().path, QByteArray("/metrics"));
    }

    void silentServerTimesOutInWords()
    {
        QTcpServer silent; // accepts connections, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const Outcome o = run(
            chatProfile(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort()))), "k", 1000);
        QCOMPARE(o.stages(), QStringLiteral("Dns+ Tcp+ Http-"));
        QVERIFY2(o.summary.startsWith(QStringLiteral("No HTTP answer from http://127.0.0.1:")) &&
                     o.summary.contains(QStringLiteral("within 1 s")),
                 qPrintable(o.summary));
    }

    void nothingToTest()
    {
        GatewayProfile p;
        p.name = QStringLiteral("empty");
        const Outcome o = run(p);
        QVERIFY(!o.ok);
        QVERIFY(o.steps.isEmpty());
        QVERIFY(o.summary.startsWith(QStringLiteral("Nothing to test")));
    }

    void cancelStopsWithoutSignals()
    {
        ConnectionTest test(chatProfile(m_plain.url(QStringLiteral("/v1"))), "good-key");
        QSignalSpy steps(&test, &ConnectionTest::stepFinished);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start();
        QVERIFY(test.isRunning());
        test.cancel();
        QVERIFY(!test.isRunning());
        QTest::qWait(200);
        QCOMPARE(steps.count(), 0);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
