// The rules of a real gatehoused through its admin API and in its state (RulesTestRig): the admin
// token required, a stale If-Match refused, a set larger than a chat body accepted, an invalid rule
// refused with its position while the old set stays, single rules created, replaced and deleted,
// the tester's matches, offsets and redacted text; a set that survives a restart, and a stored set
// that no longer compiles failing closed, then open. Every answer checked against
// docs/openapi.yaml.
#include "tests/gateway/RulesTestRig.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace gatehouse::test;

class TestGatehousedRulesAdmin : public RulesTestRig
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }
    void cleanupTestCase() { stopRig(); }

    void theRulesNeedTheAdminToken()
    {
        verifyError(admin(m_port, "GET", "/admin/v1/rules", {}, {}), 401, "missing_admin_token");
        verifyError(admin(m_port, "PUT", "/admin/v1/rules", ruleSet({}), "Authorization: Bearer nope\r\n"),
                    401, "invalid_admin_token");
        verifyError(admin(m_port, "POST", "/admin/v1/rules/test", "{\"text\":\"x\"}", {}), 401,
                    "missing_admin_token");
    }

    void aWrongIfMatchIsRefused()
    {
        put(ruleSet({regex("one", "one", "flag", true, false)}));
        const QByteArray etag = admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag");
        const HttpResult stale =
            admin(m_port, "PUT", "/admin/v1/rules", ruleSet({regex("two", "two", "flag", true, false)}),
                  auth + "If-Match: \"0000\"\r\n");
        verifyError(stale, 412, "etag_mismatch");
        QCOMPARE(stale.headers.value("etag"), etag);
        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag"), etag);

        const HttpResult fresh =
            admin(m_port, "PUT", "/admin/v1/rules", ruleSet({regex("two", "two", "flag", true, false)}),
                  auth + "If-Match: " + etag + "\r\n");
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.headers.value("etag") != etag);
        QCOMPARE(fresh.json().value("rules").toArray().at(0).toObject().value("id").toString(),
                 QStringLiteral("two"));
    }

    void aSetLargerThanAChatBodyGoesThroughTheAdminApi()
    {
        // 6,000 rules with descriptions: well over the 1 MiB a chat request may send.
        QJsonArray rules;
        for (int i = 0; i < 6000; ++i) {
            QJsonObject r = regex(QStringLiteral("bulk-%1").arg(i),
                                  QStringLiteral("\\bPRJ-%1-[0-9]{4}\\b").arg(i), "flag", true, false);
            r["description"] =
                QStringLiteral("Ticket numbers of project %1, flagged for the audit log").arg(i);
            rules.append(r);
        }
        const QByteArray big = ruleSet(rules);
        QVERIFY2(big.size() > 1024 * 1024, qPrintable(QString::number(big.size())));
        put(big);
        const HttpResult listed = admin(m_port, "GET", "/admin/v1/rules", {}, auth);
        QCOMPARE(listed.json().value("rules").toArray().size(), 6000);
        const HttpResult hit =
            request(m_port, "POST", "/v1/chat/completions", chatBody("see PRJ-4711-2024 please"));
        QCOMPARE(hit.status, 200);
        QVERIFY2(hit.headers.value("x-gatehouse-filter").contains("flag"),
                 hit.headers.value("x-gatehouse-filter"));

        // A chat request of that size is still refused, and so is an admin body over its own limit.
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions", chatBody(QString(big.size(), 'x')));
        verifyError(chat, 413, "request_too_large");
        const HttpResult huge =
            request(m_port, "PUT", "/admin/v1/rules", QByteArray(17 * 1024 * 1024, ' '), auth);
        verifyError(huge, 413, "request_too_large");
        QVERIFY2(huge.body.contains("16777216"), huge.body.constData());
        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).json().value("rules").toArray().size(),
                 6000);
        put(ruleSet({}));
    }

    void anInvalidRuleIsRefusedWithItsPositionAndTheOldSetStays()
    {
        put(ruleSet({keywords("stop-word", {"zyzzyva"}, "block", true, false)}));
        const QByteArray etag = admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag");
        const HttpResult bad = admin(m_port, "PUT", "/admin/v1/rules",
                                     ruleSet({regex("fine", "fine", "flag", true, false),
                                              regex("broken", "ab[c", "block", true, false)}),
                                     auth);
        verifyError(bad, 400, "invalid_rule");
        QCOMPARE(bad.error().value("param").toString(), QStringLiteral("rules[1].pattern"));
        const QJsonObject first = bad.json().value("rule_errors").toArray().at(0).toObject();
        QCOMPARE(first.value("rule_id").toString(), QStringLiteral("broken"));
        QCOMPARE(first.value("field").toString(), QStringLiteral("pattern"));
        QCOMPARE(first.value("offset").toInt(-1), 2);
        QVERIFY(bad.error().value("message").toString().contains("offset 2"));

        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag"), etag);
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("a zyzzyva here")), 400,
                    "content_filtered");

        // Shape errors name their JSON path too, and JSON syntax errors their line and column.
        const HttpResult shape =
            admin(m_port, "PUT", "/admin/v1/rules",
                  "{\"rules\":[{\"id\":\"x\",\"kind\":\"regex\",\"actoin\":\"block\"}]}", auth);
        verifyError(shape, 400, "invalid_rule");
        QCOMPARE(shape.error().value("param").toString(), QStringLiteral("rules[0].actoin"));
        const HttpResult syntax = admin(m_port, "PUT", "/admin/v1/rules", "{\"rules\":\n[,]}", auth);
        verifyError(syntax, 400, "invalid_rule");
        QVERIFY(syntax.error().value("message").toString().contains("line 2, column 2"));
        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag"), etag);
    }

    void singleRulesAreCreatedReplacedAndDeleted()
    {
        put(ruleSet({}));
        const QByteArray body = QJsonDocument(regex("test", "(?i)forbidden", "block", true, false)).toJson();
        const HttpResult created = admin(m_port, "PUT", "/admin/v1/rules/test", body, auth);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.headers.value("location"), QByteArray("/admin/v1/rules/test"));
        const QString createdAt = created.json().value("createdAt").toString();
        QVERIFY(createdAt.endsWith('Z'));
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("FORBIDDEN fruit")), 400,
                    "content_filtered");

        // The id may come from the path alone; a different one in the body is refused.
        QJsonObject flag = regex("test", "(?i)forbidden", "flag", true, false);
        flag.remove("id");
        const HttpResult replaced =
            admin(m_port, "PUT", "/admin/v1/rules/test", QJsonDocument(flag).toJson(), auth);
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json().value("createdAt").toString(), createdAt);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("FORBIDDEN fruit")).status, 200);
        verifyError(admin(m_port, "PUT", "/admin/v1/rules/other", body, auth), 400, "rule_id_mismatch");

        const HttpResult invalid =
            admin(m_port, "PUT", "/admin/v1/rules/test",
                  QJsonDocument(regex("test", "(?<name", "block", true, false)).toJson(), auth);
        verifyError(invalid, 400, "invalid_rule");
        QCOMPARE(invalid.error().value("param").toString(), QStringLiteral("pattern"));

        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules/test", {}, auth).json().value("action").toString(),
                 QStringLiteral("flag"));
        QCOMPARE(admin(m_port, "DELETE", "/admin/v1/rules/test", {}, auth).status, 200);
        verifyError(admin(m_port, "GET", "/admin/v1/rules/test", {}, auth), 404, "rule_not_found");
        verifyError(admin(m_port, "DELETE", "/admin/v1/rules/test", {}, auth), 404, "rule_not_found");
    }

    void theTesterShowsMatchesOffsetsAndTheRedactedText()
    {
        QJsonObject emails = rule("emails", "pii", "redact", true, true);
        emails["detectors"] = QJsonArray{"email"};
        put(ruleSet({emails, keywords("secret", {"секрет"}, "flag", true, false)}));
        const QByteArray etag = admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag");
        const QString text = "Мой секрет: anna@example.org";
        const HttpResult tested =
            admin(m_port, "POST", "/admin/v1/rules/test",
                  QJsonDocument(QJsonObject{{"text", text}, {"stage", "input"}}).toJson(), auth);
        QCOMPARE(tested.status, 200);
        const QJsonObject verdict = tested.json();
        QCOMPARE(verdict.value("verdict").toString(), QStringLiteral("redact"));
        QCOMPARE(verdict.value("redacted").toString(), QStringLiteral("Мой секрет: [EMAIL]"));
        QCOMPARE(verdict.value("etag").toString().toUtf8(), etag);
        const QByteArray utf8 = text.toUtf8();
        QStringList found;
        for (const QJsonValue& m : verdict.value("matches").toArray()) {
            const QJsonObject match = m.toObject();
            const int begin = match.value("begin").toInt();
            found << match.value("rule").toString() + "=" +
                         QString::fromUtf8(utf8.mid(begin, match.value("end").toInt() - begin));
        }
        QCOMPARE(found, (QStringList{"emails=anna@example.org", "secret=секрет"}));

        // Given rules are tested without being stored; "rules:test" is the same route.
        const HttpResult given = request(
            m_port, "POST", "/admin/v1/rules:test",
            QJsonDocument(
                QJsonObject{{"text", "нажми красная кнопка"},
                            {"stage", "output"},
                            {"rules", QJsonArray{keywords("btn", {"красная кнопка"}, "block", false, true)}}})
                .toJson(),
            auth);
        QCOMPARE(given.status, 200);
        QCOMPARE(given.json().value("verdict").toString(), QStringLiteral("block"));
        QCOMPARE(given.json().value("response").toObject().value("status").toInt(), 400);
        QVERIFY(given.json().value("etag").isNull());
        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).headers.value("etag"), etag);

        const HttpResult broken =
            admin(m_port, "POST", "/admin/v1/rules/test",
                  QJsonDocument(QJsonObject{{"text", "x"},
                                            {"rules", QJsonArray{regex("r", "a)", "flag", true, false)}}})
                      .toJson(),
                  auth);
        verifyError(broken, 400, "invalid_rule");
        QCOMPARE(broken.error().value("param").toString(), QStringLiteral("rules[0].pattern"));
    }

    void theSetSurvivesARestart()
    {
        put(ruleSet({keywords("stop-word", {"zyzzyva"}, "block", true, false)}));
        const HttpResult before = admin(m_port, "GET", "/admin/v1/rules", {}, auth);
        stopGateway();
        startGateway();
        const HttpResult after = admin(m_port, "GET", "/admin/v1/rules", {}, auth);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.headers.value("etag"), before.headers.value("etag"));
        QCOMPARE(after.body, before.body); // the stamps too
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("a zyzzyva here")), 400,
                    "content_filtered");
        QVERIFY(m_gateway->log().contains("content filter: 1 rule in force"));
    }

    void aStoredSetThatNoLongerCompilesFailsClosedThenOpen()
    {
        put(ruleSet({regex("stop-word", "zyzzyva", "block", true, false)}));
        stopGateway();
        // Damage the stored rule as a newer RE2 or a hand edit might.
        corruptStoredRule("closed");
        startGateway();
        QVERIFY(m_gateway->log().contains("does not compile"));
        const HttpResult refused =
            request(m_port, "POST", "/v1/chat/completions", chatBody("an innocent question"));
        verifyError(refused, 503, "content_filter_unavailable");
        QVERIFY(!refused.body.contains("ab[c")); // the cause is in the log, not sent to clients
        QVERIFY(m_gateway->waitForLog({"error=content_filter_unavailable", "filter-error="}));
        // The stored set is still shown, so it can be fixed; a valid set takes over at once.
        QCOMPARE(admin(m_port, "GET", "/admin/v1/rules", {}, auth).json().value("rules").toArray().size(), 1);
        put(ruleSet({}));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("an innocent question")).status,
                 200);

        put(ruleSet({regex("stop-word", "zyzzyva", "block", true, false)}));
        stopGateway();
        corruptStoredRule("open");
        startGateway();
        const HttpResult passed =
            request(m_port, "POST", "/v1/chat/completions", chatBody("a zyzzyva question"));
        QCOMPARE(passed.status, 200);
        QVERIFY(m_gateway->waitForLog({"filter-error="}));
        put(ruleSet({}));
    }
};

QTEST_GUILESS_MAIN(TestGatehousedRulesAdmin)
#include "tst_gatehousedrulesadmin.moc"
