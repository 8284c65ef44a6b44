// gatehousectl rules against real gatehoused processes: the real binaries, the console database in
// the test's scratch HOME, admin tokens in the real gnome-keyring of tests/support/private-session.

#include "tests/support/CtlRun.h"
#include "tests/support/DemoGatewayConfig.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ScratchScan.h"

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

const QByteArray tokenA = "gh-admin-ctl-rules-A-8s2k";
const QByteArray tokenB = "gh-admin-ctl-rules-B-4n7q";

const char* const ruleSetJson =
    "{\"version\":1,\"rules\":["
    "{\"id\":\"no-secrets\",\"kind\":\"keywords\",\"keywords\":[\"совершенно "
    "секретно\"],\"action\":\"block\"},"
    "{\"id\":\"emails\",\"kind\":\"pii\",\"detectors\":[\"email\"],\"action\":\"redact\","
    "\"scope\":{\"input\":true,\"output\":true}}]}";

} // namespace

class TestCtlRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<GatehousedProcess> m_a;
    std::unique_ptr<GatehousedProcess> m_b;
    quint16 m_portA = 0;
    quint16 m_portB = 0;
    QString m_rulesFile;

    CtlRun ctl(const QStringList& args, const QByteArray& input = {}, const QByteArray& tokenEnv = {})
    {
        return runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input,
                      environmentWith(QStringLiteral("GH_TEST_ADMIN_TOKEN"), tokenEnv));
    }

    std::unique_ptr<GatehousedProcess> startGateway(const QString& name, const QByteArray& token,
                                                    quint16& port)
    {
        const QString tokenFile = writeFile(m_dir, name + ".token", token + "\n");
        const QString config = writeDemoGatewayConfig(m_dir, name, tokenFile);
        auto gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        port = gateway->waitForPort();
        return gateway;
    }

    QString adminUrl(quint16 port) const { return QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(port); }

    HttpResult rulesOf(quint16 port, const QByteArray& token)
    {
        return request(port, "GET", "/admin/v1/rules", {}, "Authorization: Bearer " + token + "\r\n");
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
        m_rulesFile = writeFile(m_dir, "rules.json", ruleSetJson);
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }

    void applyListGetTestAndDeleteByUrl()
    {
        const QStringList target{"--url", adminUrl(m_portA), "--token-env", "GH_TEST_ADMIN_TOKEN"};
        CtlRun r = ctl(QStringList{"rules", "apply", m_rulesFile} + target, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        const QByteArray etag = rulesOf(m_portA, tokenA).headers.value("etag");
        QVERIFY2(r.out.startsWith("applied 2 rules to ") && r.out.contains(QString::fromLatin1(etag)),
                 r.explain());

        r = ctl(QStringList{"rules", "list"} + target, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.outLines().size(), 4); // header, two rules, count
        QVERIFY(r.outLines().at(1).startsWith("no-secrets  keywords  block   input"));
        QVERIFY(r.outLines().at(2).startsWith("emails      pii       redact  input,output"));

        // --json gives the whole set, which apply takes back unchanged.
        r = ctl(QStringList{"--json", "rules", "list"} + target, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("rules").toArray().size(), 2);
        const CtlRun again = ctl(QStringList{"rules", "apply", "-"} + target, r.out.toUtf8(), tokenA);
        QVERIFY2(again.exitCode == 0, again.explain());
        QCOMPARE(rulesOf(m_portA, tokenA).headers.value("etag"), etag);

        r = ctl(QStringList{"rules", "get", "emails"} + target, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("kind").toString(),
                 QStringLiteral("pii"));

        r = ctl(QStringList{"rules", "test", "Пишите: anna@example.org, это совершенно секретно"} + target,
                {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.startsWith("verdict: block\n"), r.explain());
        QVERIFY2(r.out.contains("emails  redact  bytes 14-30  \"anna@example.org\""), r.explain());
        QVERIFY2(r.out.contains("no-secrets  block"), r.explain());
        QVERIFY2(r.out.contains("client gets: 400"), r.explain());

        r = ctl(QStringList{"rules", "delete", "emails"} + target, {}, tokenA);
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(rulesOf(m_portA, tokenA).json().value("rules").toArray().size(), 1);
        r = ctl(QStringList{"rules", "delete", "emails"} + target, {}, tokenA);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rule_not_found"), r.explain());

        // A wrong token is named as such.
        r = ctl(QStringList{"rules", "list"} + target, {}, "wrong");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("401"), r.explain());
    }

    void anInvalidFileIsRefusedWithPositionsBeforeAnythingIsSent()
    {
        const QByteArray before = rulesOf(m_portA, tokenA).headers.value("etag");
        const QString bad = writeFile(m_dir, "bad.json",
                                      "{\"rules\":[{\"id\":\"ok\",\"kind\":\"regex\",\"pattern\":\"x\"},"
                                      "{\"id\":\"broken\",\"kind\":\"regex\",\"pattern\":\"ab[c\"}]}");
        CtlRun r =
            ctl({"rules", "apply", bad, "--url", adminUrl(m_portA), "--token-env", "GH_TEST_ADMIN_TOKEN"}, {},
                tokenA);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(
            r.err.startsWith("gatehousectl: " + bad + ": rules[1].pattern (rule \"broken\"), offset 2: "),
            r.explain());
        QCOMPARE(rulesOf(m_portA, tokenA).headers.value("etag"), before);

        const QString notJson = writeFile(m_dir, "syntax.json", "{\"rules\":\n[,]}");
        r = ctl({"rules", "apply", notJson, "--url", adminUrl(m_portA)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("line 2, column 2"), r.explain());

        r = ctl({"rules", "apply", m_rulesFile});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--target NAME"), r.explain());
    }

    void pushReachesEveryGatewayOfTheGroupAndReportsTheOneDown()
    {
        CtlRun r = ctl({"secret", "set", "admin-a", "--kind", "admin-token"}, tokenA + "\n");
        QVERIFY2(r.exitCode == 0, "storing a token failed; run the tests under tests/support/private-session "
                                  "(a private D-Bus session with gnome-keyring): " +
                                      r.explain());
        QCOMPARE(ctl({"secret", "set", "admin-b", "--kind", "admin-token"}, tokenB + "\n").exitCode, 0);
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(deadPort());
        const QString a = QStringLiteral("http://127.0.0.1:%1").arg(m_portA);
        const QString b = QStringLiteral("http://127.0.0.1:%1").arg(m_portB);
        for (const QStringList& add :
             {QStringList{"gateway", "add", "edge-a", "--kind", "gatehouse", "--url", a + "/v1",
                          "--admin-url", a + "/admin/v1", "--admin-token-secret", "admin-a", "--tag", "prod"},
              QStringList{"gateway", "add", "edge-b", "--kind", "gatehouse", "--url", b + "/v1",
                          "--admin-url", b + "/admin/v1", "--admin-token-secret", "admin-b", "--tag", "prod"},
              QStringList{"gateway", "add", "edge-down", "--kind", "gatehouse", "--url", dead + "/v1",
                          "--admin-url", dead + "/admin/v1", "--admin-token-secret", "admin-a", "--tag",
                          "prod"},
              QStringList{"gateway", "add", "staging", "--kind", "gatehouse", "--url", b + "/v1",
                          "--admin-url", b + "/admin/v1", "--admin-token-secret", "admin-b", "--tag",
                          "staging"}}) {
            r = ctl(add);
            QVERIFY2(r.exitCode == 0, r.explain());
        }
        // B starts with another set, which the push replaces.
        QCOMPARE(ctl({"rules", "apply", "-", "--target", "staging"}, "{\"rules\":[]}").exitCode, 0);

        r = ctl({"rules", "push", "--group", "prod", m_rulesFile});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.filter(QRegularExpression("^edge-a +applied  ETag \"")).size() == 1, r.explain());
        QVERIFY2(lines.filter(QRegularExpression("^edge-b +applied  ETag \"")).size() == 1, r.explain());
        QVERIFY2(lines.filter(QRegularExpression("^edge-down +failed ")).size() == 1, r.explain());
        QVERIFY2(r.err.contains("reached 2 of 3 gateways tagged 'prod'"), r.explain());

        // Both reachable gateways hold the same set now (same ETag), and enforce it.
        const HttpResult setA = rulesOf(m_portA, tokenA);
        const HttpResult setB = rulesOf(m_portB, tokenB);
        QCOMPARE(setA.json().value("rules").toArray().size(), 2);
        QCOMPARE(setA.headers.value("etag"), setB.headers.value("etag"));
        QVERIFY(lines.join('\n').contains(QString::fromLatin1(setA.headers.value("etag"))));
        const QByteArray chat =
            QJsonDocument(
                QJsonObject{{"model", "chat"},
                            {"messages",
                             QJsonArray{QJsonObject{{"role", "user"}, {"content", "совершенно секретно"}}}}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(request(m_portB, "POST", "/v1/chat/completions", chat).status, 400);

        r = ctl({"--json", "rules", "push", "--group", "prod", m_rulesFile});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(results.size(), 3);
        int ok = 0;
        for (const QJsonValue& v : results)
            ok += v.toObject().value("ok").toBool() ? 1 : 0;
        QCOMPARE(ok, 2);

        r = ctl({"rules", "push", "--group", "nobody", m_rulesFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no gateway is tagged 'nobody'"), r.explain());

        // The tokens went through the keychain only: nothing gatehousectl wrote holds them.
        // (The gateways' own token files in this test's folder are the only expected hits.)
        QStringList leaks = filesContaining({tokenA, tokenB});
        leaks.removeIf([&](const QString& hit) { return hit.startsWith(m_dir.path()); });
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestCtlRules)
#include "tst_ctl_rules.moc"
