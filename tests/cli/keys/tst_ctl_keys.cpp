// gatehousectl keys against real gatehoused processes: list, create (the secret printed once, or
// stored in the real keychain and not printed), revoke — each checked by calling the gateway with
// the key — and one key on every gateway of a tag group, one of them down, then revoked there.
// Admin tokens in the real gnome-keyring of tests/support/private-session.

#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/CtlRun.h"
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse::test;

namespace {

const QByteArray tokenA = "gh-admin-ctl-keys-A-3v9w";
const QByteArray tokenB = "gh-admin-ctl-keys-B-7c1x";
const QRegularExpression secretForm(QStringLiteral("^gk-[A-Za-z0-9_-]{43}$"));

} // namespace

class TestCtlKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<GatehousedProcess> m_a;
    std::unique_ptr<GatehousedProcess> m_b;
    quint16 m_portA = 0;
    quint16 m_portB = 0;

    static CtlRun ctl(const QStringList& args, const QByteArray& input = {}, const QByteArray& tokenEnv = {})
    {
        return runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input,
                      environmentWith(QStringLiteral("GH_TEST_ADMIN_TOKEN"), tokenEnv));
    }

    std::unique_ptr<GatehousedProcess> startGateway(const QString& name, const QByteArray& token,
                                                    quint16& port)
    {
        const QString tokenFile = writeFile(m_dir, name + ".token", token + "\n");
        const QString config = writeDemoGatewayConfig(m_dir, name, tokenFile, {"chat", "other"});
        auto gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        port = gateway->waitForPort();
        return gateway;
    }

    QString adminUrl(quint16 port) const { return QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(port); }

    static int chat(quint16 port, const QByteArray& key, const QByteArray& model = "chat")
    {
        return request(port, "POST", "/v1/chat/completions",
                       "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                       "Authorization: Bearer " + key + "\r\n")
            .status;
    }

    // What gatehousectl stored in the keychain, read as the console reads it (its database, in the
    // data directory gatehousectl shares with the console).
    static QByteArray readKeychain(const QString& name)
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
        QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
        gatehouse::ConsoleDatabase db;
        if (!db.open())
            return {};
        gatehouse::SecretCatalog catalog(db);
        gatehouse::SecretStore store(catalog);
        QByteArray value;
        bool done = false;
        store.read(name, [&](const gatehouse::SecretError& error, const QByteArray& secret) {
            if (!error)
                value = QByteArray(secret.constData(), secret.size());
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 45000))
            return {};
        return value;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("TMPDIR") == QDir::homePath() + QStringLiteral("/tmp"),
                 "run through ctest or tests/support/scratch-home, not in your own HOME");
        QVERIFY(m_dir.isValid());
        m_a = startGateway("a", tokenA, m_portA);
        QVERIFY2(m_portA != 0, qPrintable(m_a->log()));
        m_b = startGateway("b", tokenB, m_portB);
        QVERIFY2(m_portB != 0, qPrintable(m_b->log()));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }

    void createListUseAndRevokeByUrl()
    {
        const QStringList to{"--url", adminUrl(m_portA), "--token-env", "GH_TEST_ADMIN_TOKEN"};
        CtlRun r = ctl(QStringList{"keys", "create", "web shop", "--model", "chat", "--rpm", "100",
                                   "--expires", "2031-01-31T18:00:00Z"} +
                           to,
                       {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        // The secret alone on stdout (for scripts), what was made on stderr.
        QCOMPARE(r.outLines().size(), 1);
        const QByteArray secret = r.outLines().first().toLatin1();
        QVERIFY2(secretForm.match(QString::fromLatin1(secret)).hasMatch(), "not a gk- secret");
        QVERIFY2(r.err.contains("Created the access key 'web shop'") && r.err.contains(secret.mid(3, 8)),
                 qPrintable(r.err));
        QCOMPARE(chat(m_portA, secret), 200);
        QCOMPARE(chat(m_portA, secret, "other"), 403); // only "chat"

        r = ctl(QStringList{"keys", "list"} + to, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.outLines().size(), 3); // heading, the key, the count
        QVERIFY2(r.outLines().at(1).contains("web shop") && r.outLines().at(1).contains("100") &&
                     r.outLines().at(1).contains("2031-01-31T18:00:00Z") &&
                     r.outLines().at(1).contains("chat"),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QString::fromLatin1(secret)));
        r = ctl(QStringList{"--json", "keys", "list"} + to, {}, tokenA);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("keys").toArray().size(), 1);

        r = ctl(QStringList{"keys", "revoke", "web shop"} + to, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(chat(m_portA, secret), 401);
        r = ctl(QStringList{"keys", "revoke", "web shop"} + to, {}, tokenA);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no access key is named 'web shop'"), qPrintable(r.err));

        // Bad input is refused before anything is sent, naming the option.
        r = ctl(QStringList{"keys", "create", "x", "--rpm", "0"} + to, {}, tokenA);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--rpm"), qPrintable(r.err));
        r = ctl(QStringList{"keys", "create", "x", "--expires", "next week"} + to, {}, tokenA);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--expires"), qPrintable(r.err));
        r = ctl(QStringList{"keys", "create", "x", "--model", "gpt-9"} + to, {}, tokenA);
        QCOMPARE(r.exitCode, 1); // the gateway's own refusal, naming the field
        QVERIFY2(r.err.contains("gpt-9"), qPrintable(r.err));
    }

    void oneKeyOnEveryGatewayOfAGroup()
    {
        CtlRun r = ctl({"secret", "set", "keys-admin-a", "--kind", "admin-token"}, tokenA + "\n");
        QVERIFY2(r.exitCode == 0, "storing a token failed; run the tests under tests/support/private-session "
                                  "(a private D-Bus session with gnome-keyring): " +
                                      r.explain());
        QCOMPARE(ctl({"secret", "set", "keys-admin-b", "--kind", "admin-token"}, tokenB + "\n").exitCode, 0);
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(deadPort());
        const QString a = QStringLiteral("http://127.0.0.1:%1").arg(m_portA);
        const QString b = QStringLiteral("http://127.0.0.1:%1").arg(m_portB);
        for (const QStringList& add :
             {QStringList{"gateway", "add", "keys-a", "--kind", "gatehouse", "--url", a + "/v1",
                          "--admin-url", a + "/admin/v1", "--admin-token-secret", "keys-admin-a", "--tag",
                          "edge"},
              QStringList{"gateway", "add", "keys-b", "--kind", "gatehouse", "--url", b + "/v1",
                          "--admin-url", b + "/admin/v1", "--admin-token-secret", "keys-admin-b", "--tag",
                          "edge"},
              QStringList{"gateway", "add", "keys-down", "--kind", "gatehouse", "--url", dead + "/v1",
                          "--admin-url", dead + "/admin/v1", "--admin-token-secret", "keys-admin-a", "--tag",
                          "edge"}}) {
            r = ctl(add);
            QVERIFY2(r.exitCode == 0, r.explain());
        }

        // Stored in the keychain, not printed.
        r = ctl({"keys", "create", "mobile", "--group", "edge", "--tpm", "5000", "--keychain", "mobile-key"});
        QCOMPARE(r.exitCode, 1); // keys-down holds no key
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith("keys-a") && lines.at(0).contains("created") &&
                     lines.at(0).contains("key_"),
                 qPrintable(r.out));
        QVERIFY2(lines.at(1).startsWith("keys-b") && lines.at(1).contains("created"), qPrintable(r.out));
        QVERIFY2(lines.at(2).startsWith("keys-down") && lines.at(2).contains("failed"), qPrintable(r.out));
        QVERIFY2(r.err.contains("Stored the key's secret in the keychain as 'mobile-key'") &&
                     r.err.contains("the key reached 2 of 3 gateways tagged 'edge'"),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains("gk-"));
        // Read back from the keychain (listed as an access key): the same key works on both.
        r = ctl({"secret", "list"});
        QVERIFY2(QRegularExpression("mobile-key\\s+access-key").match(r.out).hasMatch(), qPrintable(r.out));
        const QByteArray secret = readKeychain("mobile-key");
        QVERIFY2(secretForm.match(QString::fromLatin1(secret)).hasMatch(), "not a gk- secret");
        QCOMPARE(chat(m_portA, secret), 200);
        QCOMPARE(chat(m_portB, secret), 200);

        // --json: the secret in the answer, one object per gateway.
        r = ctl({"--json", "keys", "create", "kiosk", "--group", "edge"});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject answer = QJsonDocument::fromJson(r.outLines().first().toUtf8()).object();
        const QByteArray kiosk = answer.value("secret").toString().toLatin1();
        QCOMPARE(answer.value("gateways").toArray().size(), 3);
        QCOMPARE(answer.value("gateways").toArray().at(0).toObject().value("result").toString(),
                 QString("created"));
        QCOMPARE(chat(m_portB, kiosk), 200);

        // Revoked on the group: gone on both, the one down reported.
        r = ctl({"keys", "revoke", "mobile", "--group", "edge"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outLines().at(0).contains("revoked") && r.outLines().at(1).contains("revoked") &&
                     r.outLines().at(2).contains("failed"),
                 qPrintable(r.out));
        QCOMPARE(chat(m_portA, secret), 401);
        QCOMPARE(chat(m_portB, secret), 401);
        QCOMPARE(chat(m_portA, kiosk), 200); // another key: untouched

        r = ctl({"keys", "list", "--group", "edge"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--target"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCtlKeys)
#include "tst_ctl_keys.moc"
