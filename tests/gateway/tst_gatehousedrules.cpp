// Content filter rules enforced by a real gatehoused (RulesTestRig): an empty set passes; input
// blocked (naming the rule, never its pattern), redacted before the upstream sees it, flagged and
// counted without the text; whole and streamed answers redacted, a phrase split across SSE events
// caught, a block mid-stream ending in an error event; a catastrophic pattern that stays fast;
// concurrent requests that see the old set or the new one, never a mix. The admin API and the
// stored set: tst_gatehousedrulesadmin.
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

class TestGatehousedRules : public RulesTestRig
{
    Q_OBJECT

private slots:
    void initTestCase() { startRig(); }
    void cleanupTestCase() { stopRig(); }

    void anEmptySetPassesEverything()
    {
        const HttpResult rules = admin(m_port, "GET", "/admin/v1/rules", {}, auth);
        QCOMPARE(rules.status, 200);
        QCOMPARE(rules.json().value("rules").toArray().size(), 0);
        QVERIFY(rules.headers.value("etag").startsWith('"'));

        const HttpResult chat = request(m_port, "POST", "/v1/chat/completions", chatBody("hello there"));
        QCOMPARE(chat.status, 200);
        QCOMPARE(chat.headers.value("x-gatehouse-filter"), QByteArray("pass"));
        QVERIFY(!chat.headers.contains("x-gatehouse-filter-rules"));
    }

    void inputBlockNamesTheRuleAndKeepsThePatternSecret()
    {
        QJsonObject secret = keywords("no-secrets", {"совершенно секретно"}, "block", true, false);
        secret["scope"] = QJsonObject{{"input", true}, {"roles", QJsonArray{"user"}}, {"messages", "last"}};
        put(ruleSet({secret}));
        const double before = verdicts(m_port, "input", "block", "no-secrets");

        const HttpResult blocked = request(m_port, "POST", "/v1/chat/completions",
                                           chatBody("Это СОВЕРШЕННО СЕКРЕТНО, не говори никому"));
        verifyError(blocked, 400, "content_filtered");
        QCOMPARE(blocked.headers.value("x-gatehouse-filter"), QByteArray("block"));
        QCOMPARE(blocked.headers.value("x-gatehouse-filter-rules"), QByteArray("no-secrets"));
        QVERIFY(blocked.error().value("message").toString().contains("no-secrets"));
        QCOMPARE(blocked.error().value("param").toString(), QStringLiteral("messages[0].content"));
        QVERIFY(!QString::fromUtf8(blocked.body).toLower().contains(QStringLiteral("секретно")));
        QCOMPARE(verdicts(m_port, "input", "block", "no-secrets"), before + 1);

        // The scope: the last user message only.
        const QJsonArray earlier{QJsonObject{{"role", "user"}, {"content", "совершенно секретно"}},
                                 QJsonObject{{"role", "assistant"}, {"content", "ok"}}};
        QCOMPARE(
            request(m_port, "POST", "/v1/chat/completions", chatBody("now something else", false, earlier))
                .status,
            200);
        const QJsonArray system{QJsonObject{{"role", "system"}, {"content", "совершенно секретно"}}};
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("hello", false, system)).status,
                 200);
    }

    void inputRedactionReachesTheUpstreamRedacted()
    {
        QJsonObject emails = rule("emails", "pii", "redact", true, false);
        emails["detectors"] = QJsonArray{"email"};
        put(ruleSet({emails}));
        const HttpResult chat = request(m_port, "POST", "/v1/chat/completions",
                                        chatBody("Пишите на ivan.petrov@example.ru до пятницы"));
        QCOMPARE(chat.status, 200);
        QCOMPARE(chat.headers.value("x-gatehouse-filter"), QByteArray("redact"));
        QCOMPARE(chat.headers.value("x-gatehouse-filter-rules"), QByteArray("emails"));
        // The demo upstream repeats what it received.
        const QString answer = chat.messageText();
        QVERIFY2(answer.contains("Пишите на [EMAIL] до пятницы"), qPrintable(answer));
        QVERIFY(!chat.body.contains("ivan.petrov"));
    }

    void aFlagIsCountedAndLoggedWithoutTheText()
    {
        put(ruleSet({regex("mentions-acme", "(?i)acme\\s+corp", "flag", true, false)}));
        const double before = verdicts(m_port, "input", "flag", "mentions-acme");
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions", chatBody("Tell me about ACME Corp"));
        QCOMPARE(chat.status, 200);
        QCOMPARE(chat.headers.value("x-gatehouse-filter"), QByteArray("flag"));
        QVERIFY(chat.messageText().contains("ACME Corp"));
        QCOMPARE(verdicts(m_port, "input", "flag", "mentions-acme"), before + 1);
        QVERIFY(m_gateway->waitForLog({"filter=flag", "rules=mentions-acme"}));
        QVERIFY(!m_gateway->log().contains("ACME"));
        QVERIFY(verdicts(m_port, "input", "pass", "") >= 1);
    }

    void streamedRedactionCatchesAPhraseSplitAcrossEvents()
    {
        QJsonObject secret = keywords("codename", {"синяя птица"}, "redact", false, true);
        secret["label"] = "CODENAME";
        put(ruleSet({secret}));
        // The demo sends one word per event, so the phrase arrives in two events.
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions",
                    chatBody("Проект Синяя Птица стартует завтра, синяя птица летит", true));
        QCOMPARE(chat.status, 200);
        QString problem;
        const QString text = streamedText(chat, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(text.contains("Проект [CODENAME] стартует завтра, [CODENAME] летит"), qPrintable(text));
        QVERIFY(!QString::fromUtf8(chat.body).toLower().contains(QStringLiteral("птица")));
        QCOMPARE(chat.events().last(), QByteArray("data: [DONE]"));
        // Still a stream: text is released as it becomes safe, not all at the end.
        int contentEvents = 0;
        for (const QByteArray& event : chat.events())
            contentEvents += event.contains("\"content\":\"") && !event.contains("\"content\":\"\"") ? 1 : 0;
        QVERIFY2(contentEvents > 5, qPrintable(QString::number(contentEvents)));
        QCOMPARE(chat.headers.value("x-gatehouse-filter"), QByteArray("pass")); // the input's verdict
        QVERIFY(m_gateway->waitForLog({"stream=yes", "filter=redact", "rules=codename"}));
    }

    void aBlockMidStreamEndsWithAnErrorEvent()
    {
        put(ruleSet({keywords("red-button", {"красная кнопка"}, "block", false, true)}));
        const double before = verdicts(m_port, "output", "block", "red-button");
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions",
                    chatBody("безобидных слов о погоде, море, горах и реках, потом красная кнопка", true));
        QCOMPARE(chat.status, 200);
        const QList<QByteArray> events = chat.events();
        QVERIFY(events.size() >= 2);
        const QJsonObject error =
            QJsonDocument::fromJson(events.last().mid(6)).object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("content_filtered"));
        QVERIFY(error.value("message").toString().contains("red-button"));
        QVERIFY(!chat.body.contains("[DONE]"));
        QString problem;
        const QString text = streamedText(chat, &problem);
        QVERIFY(text.contains("безобидных")); // released before the match
        QVERIFY(!text.contains("красная"));
        QCOMPARE(verdicts(m_port, "output", "block", "red-button"), before + 1);

        // A whole answer is refused instead.
        const HttpResult whole =
            request(m_port, "POST", "/v1/chat/completions", chatBody("нажми красная кнопка"));
        verifyError(whole, 400, "content_filtered");
        QCOMPARE(whole.headers.value("x-gatehouse-filter"), QByteArray("block"));
    }

    void wholeAnswersAreRedactedToo()
    {
        QJsonObject cards = rule("cards", "pii", "redact", false, true);
        cards["detectors"] = QJsonArray{"payment_card"};
        put(ruleSet({cards}));
        const HttpResult chat = request(m_port, "POST", "/v1/chat/completions",
                                        chatBody("карта 4111 1111 1111 1111 и 1234 5678 9012 3456"));
        QCOMPARE(chat.status, 200);
        const QString answer = chat.messageText();
        QVERIFY2(answer.contains("карта [CARD] и 1234 5678 9012 3456"), qPrintable(answer)); // Luhn-checked
        QCOMPARE(chat.headers.value("x-gatehouse-filter"), QByteArray("redact"));
    }

    void aCatastrophicPatternStaysFast()
    {
        put(ruleSet({regex("redos", "^(a+)+$", "block", true, true),
                     regex("redos2", "(x+x+)+y", "block", true, true)}));
        // A backtracking engine needs about 2^n steps here; RE2 is linear. The bound is only a
        // safety net for a slow machine: a backtracking engine would not finish this year.
        const QByteArray text = QByteArray(200000, 'a') + "b" + QByteArray(50000, 'x');
        QElapsedTimer timer;
        timer.start();
        const HttpResult tested =
            admin(m_port, "POST", "/admin/v1/rules/test",
                  QJsonDocument(QJsonObject{{"text", QString::fromLatin1(text)}}).toJson(), auth);
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.json().value("verdict").toString(), QStringLiteral("pass"));
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions", chatBody(QString::fromLatin1(text.left(600000))));
        QCOMPARE(chat.status, 200);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void concurrentRequestsSeeTheOldOrTheNewSet()
    {
        const QByteArray blocking = ruleSet({keywords("zebra", {"zebra"}, "block", true, false)});
        QJsonObject redact = keywords("zebra", {"zebra"}, "redact", true, false);
        redact["label"] = "ANIMAL";
        const QByteArray redacting = ruleSet({redact});
        put(blocking);

        std::atomic<int> blocked{0};
        std::atomic<int> redacted{0};
        std::vector<QString> wrong;
        std::mutex wrongMutex;
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&, port = m_port] {
                for (int i = 0; i < 15; ++i) {
                    const HttpResult r =
                        request(port, "POST", "/v1/chat/completions", chatBody("a zebra crossing"));
                    if (r.status == 400 && r.error().value("code").toString() == "content_filtered")
                        ++blocked;
                    else if (r.status == 200 && r.messageText().contains("a [ANIMAL] crossing") &&
                             !r.body.contains("zebra"))
                        ++redacted;
                    else {
                        const std::lock_guard lock(wrongMutex);
                        wrong.push_back(QString::number(r.status) + " " + r.problem + " " +
                                        QString::fromUtf8(r.body.left(300)));
                    }
                }
            });
        }
        for (int i = 0; i < 10; ++i) {
            const HttpResult change =
                admin(m_port, "PUT", "/admin/v1/rules", i % 2 ? blocking : redacting, auth);
            QCOMPARE(change.status, 200);
        }
        for (std::thread& client : clients)
            client.join();
        QVERIFY2(wrong.empty(), qPrintable(wrong.empty() ? QString() : wrong.front()));
        QCOMPARE(blocked + redacted, 60);
        // The last change is the one in force.
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("zebra")), 400,
                    "content_filtered");
    }
};

QTEST_GUILESS_MAIN(TestGatehousedRules)
#include "tst_gatehousedrules.moc"
