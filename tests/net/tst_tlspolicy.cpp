#include "core/net/TlsPolicy.h"
#include "tests/net/LocalHttpServer.h"
#include "tests/net/TestCertificates.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using gatehouse::test::LocalHttpServer;

namespace {

QSslCertificate load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

QString wrongPin()
{
    return QStringLiteral("sha256//") + QString::fromLatin1(QByteArray(32, '\x42').toBase64());
}

// The outcome of a TLS handshake through the policy against a real server.
struct Handshake
{
    bool encrypted = false;
    QString failure;
};

} // namespace

class TestTlsPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestPki m_pki;
    std::unique_ptr<LocalHttpServer> m_caSigned;
    std::unique_ptr<LocalHttpServer> m_selfSigned;

    Handshake handshake(LocalHttpServer& server, const TlsOptions& options)
    {
        const TlsPolicy policy(options);
        QSslSocket socket;
        socket.setSslConfiguration(policy.configuration());
        policy.watch(&socket);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QAbstractSocket::errorOccurred);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
        // Safety limit only; a handshake on loopback takes milliseconds.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(encrypted.count() + failed.count() > 0, 30000); }();
        const bool up = encrypted.count() > 0 && socket.state() == QAbstractSocket::ConnectedState;
        return {up && socket.isEncrypted(), TlsPolicy::failure(&socket)};
    }

private slots:
    void initTestCase()
    {
        const QString error = test::generateTestPki(m_dir.filePath(QStringLiteral("pki")), m_pki);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_caSigned = std::make_unique<LocalHttpServer>();
        QVERIFY(m_caSigned->useTls(m_pki.serverCert, m_pki.serverKey));
        QVERIFY(m_caSigned->listenOnLoopback());
        m_caSigned->setResponse("/v1/models", 200, R"({"data":[]})");
        m_selfSigned = std::make_unique<LocalHttpServer>();
        QVERIFY(m_selfSigned->useTls(m_pki.selfSignedCert, m_pki.selfSignedKey));
        QVERIFY(m_selfSigned->listenOnLoopback());
        m_selfSigned->setResponse("/v1/models", 200, R"({"data":[]})");
    }

    void pinsAreWhatOpensslComputes()
    {
        // The command users are told to run must produce the pin we check.
        for (const QString& file : {m_pki.serverCert, m_pki.selfSignedCert, m_pki.caCert}) {
            const QString expected = test::opensslPin(file);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(TlsPolicy::pinOf(load(file)), expected);
        }
    }

    void pinsOfRsaKeysToo()
    {
        // An RSA key's SubjectPublicKeyInfo is longer than 255 bytes (multi-byte DER length).
        const QString cert = m_dir.filePath(QStringLiteral("rsa.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", m_dir.filePath("rsa.key"),
                       "-out", cert, "-days", "1", "-subj", "/CN=rsa.test"});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QCOMPARE(TlsPolicy::pinOf(load(cert)), test::opensslPin(cert));
    }

    void unusableOptionsSayWhy()
    {
        TlsOptions options;
        options.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        TlsPolicy missing(options);
        QVERIFY(!missing.isUsable());
        QVERIFY2(missing.errorString().startsWith(QStringLiteral("Cannot read the CA file")),
                 qPrintable(missing.errorString()));

        options.caFile = m_pki.serverKey;
        QVERIFY(TlsPolicy(options).errorString().contains(QStringLiteral("holds no PEM certificate")));

        options = {};
        options.pinSha256 = QStringLiteral("sha256//tooshort");
        QVERIFY(TlsPolicy(options).errorString().contains(QStringLiteral("certificate pin")));

        QVERIFY(TlsPolicy().isUsable());
    }

    void configurationAddsTheCaFileToTheSystemStore()
    {
        TlsOptions options;
        options.caFile = m_pki.caCert;
        const QSslConfiguration config = TlsPolicy(options).configuration();
        QCOMPARE(config.peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(config.caCertificates().contains(load(m_pki.caCert)));
        QCOMPARE(config.caCertificates().size(), QSslConfiguration::systemCaCertificates().size() + 1);
    }

    void untrustedCertificatesAreRefusedInPlainWords()
    {
        Handshake h = handshake(*m_selfSigned, {});
        QVERIFY(!h.encrypted);
        QCOMPARE(h.failure,
                 QStringLiteral("The certificate of host 127.0.0.1 is not trusted: self-signed certificate. "
                                "Add its CA file or pin it in the gateway's TLS options."));

        h = handshake(*m_caSigned, {});
        QVERIFY(!h.encrypted);
        QVERIFY2(h.failure.contains(QStringLiteral("issued by an unknown CA (Gatehouse Test CA)")),
                 qPrintable(h.failure));
    }

    void theCaFileMakesItTrusted()
    {
        TlsOptions options;
        options.caFile = m_pki.caCert;
        const Handshake h = handshake(*m_caSigned, options);
        QVERIFY2(h.encrypted, qPrintable(h.failure));
        QVERIFY(h.failure.isEmpty());
    }

    void theRightPinMakesItTrustedAWrongOneDoesNot()
    {
        TlsOptions options;
        options.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        Handshake h = handshake(*m_selfSigned, options);
        QVERIFY2(h.encrypted, qPrintable(h.failure));

        options.pinSha256 = options.pinSha256.mid(8); // without "sha256//" too
        QVERIFY(handshake(*m_selfSigned, options).encrypted);

        options.pinSha256 = wrongPin();
        h = handshake(*m_selfSigned, options);
        QVERIFY(!h.encrypted);
        QVERIFY2(h.failure.startsWith(
                     QStringLiteral("The certificate of host 127.0.0.1 does not match the pinned key "
                                    "(it has ") +
                     test::opensslPin(m_pki.selfSignedCert)),
                 qPrintable(h.failure));
    }

    void aWrongPinWinsOverATrustedCa()
    {
        TlsOptions options;
        options.caFile = m_pki.caCert;
        options.pinSha256 = wrongPin();
        const Handshake h = handshake(*m_caSigned, options);
        QVERIFY(!h.encrypted);
        QVERIFY2(h.failure.contains(QStringLiteral("does not match the pinned key")), qPrintable(h.failure));

        options.pinSha256 = test::opensslPin(m_pki.serverCert);
        QVERIFY(handshake(*m_caSigned, options).encrypted);
    }

    void aCaOrPinConfiguredForOneGatewayTrustsNoOther()
    {
        // Trusting the CA for one gateway changes nothing for a gateway without it: no global store,
        // no session cache, lets the second connection through.
        TlsOptions withCa;
        withCa.caFile = m_pki.caCert;
        QVERIFY(handshake(*m_caSigned, withCa).encrypted);
        const Handshake without = handshake(*m_caSigned, {});
        QVERIFY(!without.encrypted);
        QVERIFY2(without.failure.contains(QStringLiteral("issued by an unknown CA")),
                 qPrintable(without.failure));
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(load(m_pki.caCert)));

        // A pin names one certificate's key: it does not vouch for another server's.
        TlsOptions pinned;
        pinned.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        QVERIFY(handshake(*m_selfSigned, pinned).encrypted);
        const Handshake other = handshake(*m_caSigned, pinned);
        QVERIFY(!other.encrypted);
        QVERIFY2(other.failure.contains(QStringLiteral("does not match the pinned key")),
                 qPrintable(other.failure));
        QVERIFY(!handshake(*m_selfSigned, {}).encrypted);
    }

    void aPinNeverExcusesExpiryOrStrangers()
    {
        const QSslCertificate leaf = load(m_pki.selfSignedCert);
        TlsOptions options;
        options.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        const TlsPolicy policy(options);
        const QList<QSslError> trust = {QSslError(QSslError::SelfSignedCertificate, leaf),
                                        QSslError(QSslError::HostNameMismatch, leaf)};
        QCOMPARE(policy.errorsToIgnore(trust, {leaf}), trust);
        QVERIFY(policy
                    .errorsToIgnore(trust + QList<QSslError>{QSslError(QSslError::CertificateExpired, leaf)},
                                    {leaf})
                    .isEmpty());
        QVERIFY(policy.errorsToIgnore({QSslError(QSslError::CertificateRevoked, leaf)}, {leaf}).isEmpty());
        // An error about a certificate the server did not present.
        QVERIFY(
            policy.errorsToIgnore({QSslError(QSslError::SelfSignedCertificate, load(m_pki.caCert))}, {leaf})
                .isEmpty());
        // No pin, or another server's certificate: nothing is ignored.
        QVERIFY(TlsPolicy().errorsToIgnore(trust, {leaf}).isEmpty());
        QVERIFY(policy.errorsToIgnore(trust, {load(m_pki.serverCert)}).isEmpty());

        QVERIFY(policy
                    .describeFailure(QStringLiteral("gw"), {QSslError(QSslError::CertificateExpired, leaf)},
                                     {leaf})
                    .startsWith(QStringLiteral("The certificate of host gw expired on ")));
    }

    void repliesFollowThePolicyAndSendNothingToARefusedPeer()
    {
        QNetworkAccessManager manager;
        const auto get = [&](const TlsOptions& options, const QByteArray& key) {
            const TlsPolicy policy(options);
            QNetworkRequest request(m_selfSigned->url(QStringLiteral("/v1/models")));
            policy.apply(request);
            request.setRawHeader("Authorization", "Bearer " + key);
            QNetworkReply* reply = manager.get(request);
            policy.watch(reply);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(30000))
                qWarning("no answer");
            reply->deleteLater();
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                  TlsPolicy::failure(reply));
        };
        const qsizetype before = m_selfSigned->requests().size();
        auto [status, failure] = get({}, "k1");
        QCOMPARE(status, 0);
        QVERIFY2(failure.contains(QStringLiteral("self-signed certificate")), qPrintable(failure));
        TlsOptions wrong;
        wrong.pinSha256 = wrongPin();
        std::tie(status, failure) = get(wrong, "k2");
        QCOMPARE(status, 0);
        QVERIFY2(failure.contains(QStringLiteral("does not match the pinned key")), qPrintable(failure));
        QCOMPARE(m_selfSigned->requests().size(), before); // no request, so no key, reached the server

        TlsOptions right;
        right.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        std::tie(status, failure) = get(right, "k3");
        QCOMPARE(status, 200);
        QVERIFY(failure.isEmpty());
        QCOMPARE(m_selfSigned->requests().size(), before + 1);
        QCOMPARE(m_selfSigned->requests().last().headers.value("authorization"), QByteArray("Bearer k3"));
    }
};

QTEST_GUILESS_MAIN(TestTlsPolicy)
#include "tst_tlspolicy.moc"
