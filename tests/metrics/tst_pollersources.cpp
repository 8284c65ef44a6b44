#include "core/database/ConsoleDatabase.h"
#include "core/metrics/Poller.h"
#include "core/secrets/SecretStore.h"
#include "tests/net/LocalHttpServer.h"
#include "tests/net/TestCertificates.h"
#include "tests/secrets/KeychainSession.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::metrics;

// What the poller sends and trusts: the bearer key from the real keychain (private session), TLS
// through the target's TlsPolicy, and an exposition that does not parse named by line and column.
class TestPollerSources : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    test::TestPki m_pki;

    static constexpr char exposition[] = "# TYPE demo_requests counter\ndemo_requests_total 5\n";

    static ScrapeTarget target(qint64 id, const QUrl& url)
    {
        ScrapeTarget t;
        t.gatewayId = id;
        t.name = QStringLiteral("t%1").arg(id);
        t.url = url;
        t.intervalMs = 1000;
        t.timeoutMs = 5000;
        return t;
    }

private slots:
    void initTestCase()
    {
        const QString problem = test::keychainSessionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() + QStringLiteral("/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_secrets = std::make_unique<SecretStore>(*m_catalog);
        const QString pkiError = test::generateTestPki(QDir::homePath() + QStringLiteral("/pki"), m_pki);
        QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));
    }

    void sendsTheKeyFromTheKeychainAsABearerToken()
    {
        const QByteArray token = "gh-metrics-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(test::writeAndWait(*m_secrets, QStringLiteral("metrics-key"), token).code,
                 SecretError::Code::None);
        test::LocalHttpServer server;
        server.setResponse("/metrics", 200, exposition);
        server.setRequiredBearer(token);
        QVERIFY(server.listenOnLoopback());

        Poller poller(m_secrets.get());
        ScrapeTarget keyed = target(1, server.url(QStringLiteral("/metrics")));
        keyed.credentialSecret = QStringLiteral("metrics-key");
        ScrapeTarget bare = target(2, server.url(QStringLiteral("/metrics")));
        poller.setTargets({keyed, bare});
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(1).up, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(2).known, 30000);
        QVERIFY(!poller.state(2).up);
        QCOMPARE(int(poller.state(2).failure), int(ScrapeFailure::Http));
        QVERIFY2(poller.state(2).reason.contains(QStringLiteral("wants a key")),
                 qPrintable(poller.state(2).reason));
        bool sawBearer = false;
        for (const auto& r : server.requests())
            sawBearer = sawBearer || r.headers.value("authorization") == "Bearer " + token;
        QVERIFY(sawBearer);
        // The key went only to the keychain and the wire: no file this test wrote holds it.
        QVERIFY(test::filesContaining({token}).isEmpty());
    }

    void anExpositionThatDoesNotParseIsDownWithLineAndColumn()
    {
        test::LocalHttpServer server;
        server.setResponse("/metrics", 200, "# TYPE ok gauge\nok 1\nbroken{a='x'} 1\n");
        QVERIFY(server.listenOnLoopback());
        Poller poller(nullptr);
        poller.setTargets({target(1, server.url(QStringLiteral("/metrics")))});
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(1).known, 30000);
        QCOMPARE(int(poller.state(1).failure), int(ScrapeFailure::Parse));
        QVERIFY2(poller.state(1).reason.contains(QStringLiteral("line 3, column")),
                 qPrintable(poller.state(1).reason));
    }

    void trustsOnlyWhatTheTargetsTlsOptionsTrust()
    {
        test::LocalHttpServer server;
        QVERIFY(server.useTls(m_pki.selfSignedCert, m_pki.selfSignedKey));
        server.setResponse("/metrics", 200, exposition);
        QVERIFY(server.listenOnLoopback());

        Poller poller(nullptr);
        ScrapeTarget pinned = target(2, server.url(QStringLiteral("/metrics")));
        pinned.tls.pinSha256 = test::opensslPin(m_pki.selfSignedCert);
        QVERIFY(!pinned.tls.pinSha256.isEmpty());
        poller.setTargets({target(1, server.url(QStringLiteral("/metrics"))), pinned});
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(1).known && poller.state(2).known, 30000);
        QCOMPARE(int(poller.state(1).failure), int(ScrapeFailure::Tls));
        QVERIFY2(poller.state(1).reason.contains(QStringLiteral("not trusted")),
                 qPrintable(poller.state(1).reason));
        QVERIFY2(poller.state(2).up, qPrintable(poller.state(2).reason));
    }
};

QTEST_GUILESS_MAIN(TestPollerSources)
#include "tst_pollersources.moc"
