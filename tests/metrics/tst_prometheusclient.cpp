// How fleet mode reaches a Prometheus server that is not on an open loopback port: a real
// Prometheus started by the test serving HTTPS (a certificate of the test's own CA) and asking for
// basic auth (--web.config.file, a bcrypt hash made here), the credential kept in the real
// keychain of the private session. The CA file or a pin make the certificate trusted, nothing
// else does; a wrong, missing or unreadable credential is reported naming the secret; the password
// never reaches a file.

#include "core/database/ConsoleDatabase.h"
#include "core/metrics/PrometheusClient.h"
#include "core/secrets/SecretStore.h"
#include "tests/net/TestCertificates.h"
#include "tests/secrets/KeychainSession.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ScratchScan.h"
#include "tests/support/ServerProcess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <crypt.h>

using namespace gatehouse;
using namespace gatehouse::metrics;

namespace {

constexpr char user[] = "fleet";
constexpr char password[] = "prom-basic-pw-Kq81-never-logged";

struct Answer
{
    bool ok = false;
    PrometheusFailure failure = PrometheusFailure::None;
    QString error;
    PrometheusResult result;
};

Answer await(PrometheusReply* reply)
{
    Answer a;
    bool done = false;
    QObject context;
    QObject::connect(reply, &PrometheusReply::finished, &context, [&] {
        done = true;
        a.ok = reply->ok();
        a.failure = reply->failure();
        a.error = reply->errorString();
        if (a.ok)
            a.result = reply->takeResult();
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        a.error = QStringLiteral("test: no answer within 60 s");
    return a;
}

// A bcrypt hash as Prometheus's web config wants it (htpasswd -B would make the same kind).
QByteArray bcrypt(const char* secret)
{
    char* salt = crypt_gensalt_ra("$2b$", 6, nullptr, 0);
    if (!salt)
        return {};
    struct crypt_data data = {};
    const char* hash = crypt_r(secret, salt, &data);
    free(salt);
    return hash && hash[0] == '$' ? QByteArray(hash) : QByteArray();
}

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestPki m_pki;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<test::ServerProcess> m_prometheus;
    quint16 m_port = 0;

    PrometheusEndpoint endpoint(const QString& secret = QString()) const
    {
        PrometheusEndpoint e;
        e.name = QStringLiteral("Secure Prometheus");
        e.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
        e.tls.caFile = m_pki.caCert;
        e.credentialSecret = secret;
        e.scrapeIntervalSeconds = 1;
        e.timeoutMs = 10000;
        return e;
    }

    Answer one(const PrometheusEndpoint& e)
    {
        PrometheusClient client(e, m_secrets.get());
        return await(client.query(QStringLiteral("vector(1)"), QDateTime::currentMSecsSinceEpoch()));
    }

private slots:
    void initTestCase()
    {
        const QString problem = test::keychainSessionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        const QString prometheus =
            test::serverProgram(QStringLiteral("prometheus"), QStringLiteral("/usr/bin/prometheus"));
        QVERIFY2(!prometheus.isEmpty(),
                 "prometheus is not installed; ./dev test installs it (Debian: apt install prometheus)");
        const QString pkiError = test::generateTestPki(m_dir.filePath(QStringLiteral("pki")), m_pki);
        QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));

        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() + QStringLiteral("/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_secrets = std::make_unique<SecretStore>(*m_catalog);
        QCOMPARE(test::writeAndWait(*m_secrets, QStringLiteral("prometheus-fleet"),
                                    QByteArray(user) + ':' + password)
                     .code,
                 SecretError::Code::None);
        QCOMPARE(
            test::writeAndWait(*m_secrets, QStringLiteral("prometheus-wrong"), QByteArray(user) + ":nope")
                .code,
            SecretError::Code::None);

        const QByteArray hash = bcrypt(password);
        QVERIFY2(!hash.isEmpty(), "libcrypt cannot make a bcrypt hash");
        const QString web = test::writeFile(m_dir, QStringLiteral("web.yml"),
                                            "tls_server_config:\n  cert_file: " + m_pki.serverCert.toUtf8() +
                                                "\n  key_file: " + m_pki.serverKey.toUtf8() +
                                                "\nbasic_auth_users:\n  " + user + ": " + hash + "\n");
        const QString config =
            test::writeFile(m_dir, QStringLiteral("prometheus.yml"), "global:\n  scrape_interval: 15s\n");
        m_port = test::deadPort();
        m_prometheus = std::make_unique<test::ServerProcess>(
            QStringLiteral("prometheus"), prometheus,
            QStringList{QStringLiteral("--config.file=") + config, QStringLiteral("--web.config.file=") + web,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port)},
            m_dir.filePath(QStringLiteral("prometheus.log")));
        QString why;
        QVERIFY2(m_prometheus->waitForPort(m_port, why), qPrintable(why));
    }

    void cleanupTestCase() { m_prometheus.reset(); }

    void basicAuthFromTheKeychainOverVerifiedTls()
    {
        Answer a;
        // Prometheus accepts connections a moment before its API answers.
        QTRY_VERIFY2_WITH_TIMEOUT((a = one(endpoint(QStringLiteral("prometheus-fleet")))).ok,
                                  qPrintable(a.error), 30000);
        QCOMPARE(a.result.series.size(), size_t(1));
        QCOMPARE(a.result.series.front().points.front().value, 1.0);
    }

    void aPinTrustsTheServerWithoutItsCa()
    {
        PrometheusEndpoint e = endpoint(QStringLiteral("prometheus-fleet"));
        e.tls.caFile.clear();
        const Answer untrusted = one(e);
        qInfo("%s", qPrintable(untrusted.error));
        QCOMPARE(int(untrusted.failure), int(PrometheusFailure::Tls));
        QVERIFY2(untrusted.error.contains(QStringLiteral("is not trusted")) &&
                     untrusted.error.contains(QStringLiteral("Secure Prometheus")),
                 qPrintable(untrusted.error));

        e.tls.pinSha256 = test::opensslPin(m_pki.serverCert);
        QVERIFY(!e.tls.pinSha256.isEmpty());
        const Answer pinned = one(e);
        QVERIFY2(pinned.ok, qPrintable(pinned.error));
    }

    void aRefusedOrMissingCredentialNamesTheSecret()
    {
        const Answer wrong = one(endpoint(QStringLiteral("prometheus-wrong")));
        qInfo("%s", qPrintable(wrong.error));
        QCOMPARE(int(wrong.failure), int(PrometheusFailure::Credential));
        QVERIFY2(
            wrong.error.contains(QStringLiteral("HTTP 401")) &&
                wrong.error.contains(QStringLiteral("does not accept the credential \"prometheus-wrong\"")),
            qPrintable(wrong.error));

        const Answer none = one(endpoint());
        qInfo("%s", qPrintable(none.error));
        QCOMPARE(int(none.failure), int(PrometheusFailure::Credential));
        QVERIFY2(none.error.contains(QStringLiteral("wants a credential")), qPrintable(none.error));

        const Answer missing = one(endpoint(QStringLiteral("prometheus-gone")));
        qInfo("%s", qPrintable(missing.error));
        QCOMPARE(int(missing.failure), int(PrometheusFailure::Credential));
        QVERIFY2(missing.error.contains(QStringLiteral("the credential \"prometheus-gone\" cannot be read")),
                 qPrintable(missing.error));

        PrometheusClient noKeychain(endpoint(QStringLiteral("prometheus-fleet")), nullptr);
        const Answer unread =
            await(noKeychain.query(QStringLiteral("vector(1)"), QDateTime::currentMSecsSinceEpoch()));
        QVERIFY2(unread.error.contains(QStringLiteral("no keychain is available")), qPrintable(unread.error));
    }

    void aRefusedConnectionIsOneSentenceAndItsReason()
    {
        PrometheusEndpoint e = endpoint();
        e.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::deadPort()));
        PrometheusClient client(e, m_secrets.get());
        PrometheusReply* reply = client.query(QStringLiteral("up"), QDateTime::currentMSecsSinceEpoch());
        QString reason;
        QObject::connect(reply, &PrometheusReply::finished, reply, [&] { reason = reply->reason(); });
        const Answer refused = await(reply);
        QCOMPARE(int(refused.failure), int(PrometheusFailure::Refused));
        // The sentence names query, server and reason; a reason that asks gets no full stop after it.
        QVERIFY2(refused.error.startsWith(QStringLiteral("The query \"up\" to ")), qPrintable(refused.error));
        QVERIFY2(refused.error.endsWith(QStringLiteral("is Prometheus running there?")),
                 qPrintable(refused.error));
        QVERIFY2(reason.contains(QStringLiteral("refused the connection")) &&
                     !reason.contains(QStringLiteral("query")),
                 qPrintable(reason));
    }

    void ctlReadsTheEntrysSecretAndCa()
    {
        auto ctl = [](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(QStringLiteral(GATEHOUSECTL_PATH), args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::tuple{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        {
            const auto [code, out, err] =
                ctl({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("ctl-prometheus")},
                    QByteArray(user) + ':' + password);
            QVERIFY2(code == 0, err.constData());
        }
        {
            const auto [code, out, err] =
                ctl({QStringLiteral("gateway"), QStringLiteral("add"), QStringLiteral("Secure Prometheus"),
                     QStringLiteral("--kind"), QStringLiteral("prometheus"), QStringLiteral("--url"),
                     QStringLiteral("https://127.0.0.1:%1").arg(m_port), QStringLiteral("--ca-file"),
                     m_pki.caCert, QStringLiteral("--api-key-secret"), QStringLiteral("ctl-prometheus")});
            QVERIFY2(code == 0, err.constData());
        }
        const auto [code, out, err] =
            ctl({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("query"),
                 QStringLiteral("--target"), QStringLiteral("Secure Prometheus"), QStringLiteral("--signal"),
                 QStringLiteral("up")});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value("target").toString(), QStringLiteral("Secure Prometheus"));
        QVERIFY(o.value("series").isArray()); // it scrapes nothing: no series, and no error
    }

    void theCredentialDecidesTheScheme()
    {
        QCOMPARE(prometheusAuthorization("fleet:pw"), QByteArray("Basic ZmxlZXQ6cHc="));
        QCOMPARE(prometheusAuthorization("gk-abc.DEF_123"), QByteArray("Bearer gk-abc.DEF_123"));
    }

    void thePasswordReachedNoFile()
    {
        QCOMPARE(test::filesContaining({password}), QStringList());
        QCOMPARE(test::filesContaining({password}, m_dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
