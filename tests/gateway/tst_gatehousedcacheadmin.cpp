// The response cache's entries through the admin API of a real gatehoused (docs/openapi.yaml
// checked on every answer): FAQ answers, listing, paging under concurrent writes, changes that
// apply to the next hit, pinning, deletion and flushes — on the backend GATEHOUSE_CACHE_BACKEND
// names (sqlite or redis), with the rig of tst_gatehousedcache (CacheTestRig).

#include "tests/gateway/CacheTestRig.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace gatehouse::test;

class TestGatehousedCacheAdmin : public CacheTestRig
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startRig(backendFromEnvironment());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { stopRig(); }

    void adminApiManagesEntries()
    {
        // An FAQ answer, curated by an administrator, answers the exact question.
        const QString question = unique("When are you open?");
        const QJsonObject faq{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                              {"answer", "From 9 to 5, Monday to Friday."},
                              {"parameters", QJsonObject{{"temperature", 0}}}};
        HttpResult created = admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson());
        verifyContract("POST", "/admin/v1/cache/faq", created, 201);
        const QString id = created.json().value("id").toString();
        QCOMPARE(created.json().value("pinned").toBool(), true);
        QCOMPARE(created.json().value("faq").toBool(), true);
        QVERIFY(created.json().value("expires_at").isNull());
        const HttpResult answered = ask(question);
        QCOMPARE(verdict(answered), QByteArray("HIT"));
        QCOMPARE(answered.messageText(), QStringLiteral("From 9 to 5, Monday to Friday."));
        Ask streamed;
        streamed.stream = true;
        QCOMPARE(readStream(ask(question, streamed)).text, QStringLiteral("From 9 to 5, Monday to Friday."));

        // An answer stored from an upstream, found by prompt text.
        const QString stored = unique("Which platforms do you support?");
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        HttpResult listed =
            admin("GET", "/admin/v1/cache/entries?q=" + QUrl::toPercentEncoding(stored.mid(0, 20).toUpper()) +
                             "&model=chat");
        verifyContract("GET", "/admin/v1/cache/entries", listed, 200);
        const QJsonArray entries = listed.json().value("entries").toArray();
        QVERIFY2(!entries.isEmpty(), listed.body.constData());
        QString storedId;
        for (const auto& entry : entries) {
            if (entry.toObject().value("prompt").toString().contains(stored))
                storedId = entry.toObject().value("id").toString();
        }
        QVERIFY2(!storedId.isEmpty(), listed.body.constData());

        // One entry: request and answer; hits counted (written within a second).
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
        QTRY_COMPARE_WITH_TIMEOUT(
            admin("GET", "/admin/v1/cache/entries/" + storedId.toUtf8()).json().value("hits").toInt(), 1,
            10000);
        HttpResult one = admin("GET", "/admin/v1/cache/entries/" + storedId.toUtf8());
        verifyContract("GET", "/admin/v1/cache/entries/{id}", one, 200);
        QCOMPARE(one.json()
                     .value("request")
                     .toObject()
                     .value("messages")
                     .toArray()[0]
                     .toObject()
                     .value("content")
                     .toString(),
                 stored);
        QVERIFY(one.json().value("answer").toObject().value("choices").isArray());
        QVERIFY(!one.json().value("last_hit_at").isNull());

        // Pin it, then give it a TTL and unpin it.
        HttpResult changed =
            admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"pinned":true})");
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}", changed, 200);
        QCOMPARE(changed.json().value("pinned").toBool(), true);
        QVERIFY(changed.json().value("expires_at").isNull());
        changed = admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(),
                        R"({"pinned":false,"ttl_seconds":600})");
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}", changed, 200);
        QCOMPARE(changed.json().value("pinned").toBool(), false);
        const QDateTime expires =
            QDateTime::fromString(changed.json().value("expires_at").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 600) < 60);
        verifyContract(
            "PATCH", "/admin/v1/cache/entries/{id}",
            admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"ttl_seconds":-5})"), 400);
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}",
                       admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"colour":"red"})"),
                       400);

        // Stats.
        HttpResult stats = admin("GET", "/admin/v1/cache/stats");
        verifyContract("GET", "/admin/v1/cache/stats", stats, 200);
        QCOMPARE(stats.json().value("backend").toString(), m_backend);
        // The store's identity, the same on every gatehoused sharing it (and without secrets).
        const QString location = stats.json().value("location").toString();
        if (m_backend == "redis")
            QCOMPARE(location, QStringLiteral("127.0.0.1:%1/0 test:gateway:").arg(m_redis->port()));
        else
            QVERIFY2(
                location.endsWith(":" + QDir(m_dir.filePath("gateway-state")).absoluteFilePath("cache.db")),
                qPrintable(location));
        QVERIFY(stats.json().value("entries").toInt() >= 2);
        QVERIFY(stats.json().value("hits").toInt() >= 1);

        // Bulk delete: a dry run counts, the real one deletes.
        const QByteArray filter = "q=" + QUrl::toPercentEncoding(stored);
        HttpResult dry = admin("DELETE", "/admin/v1/cache/entries?" + filter + "&dry_run=true");
        verifyContract("DELETE", "/admin/v1/cache/entries", dry, 200);
        QCOMPARE(dry.json().value("matched").toInt(), 1);
        QCOMPARE(dry.json().value("deleted").toInt(), 0);
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT")); // still there
        HttpResult bulk = admin("DELETE", "/admin/v1/cache/entries?" + filter);
        verifyContract("DELETE", "/admin/v1/cache/entries", bulk, 200);
        QCOMPARE(bulk.json().value("deleted").toInt(), 1);
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE")); // gone, stored again
        verifyContract("DELETE", "/admin/v1/cache/entries", admin("DELETE", "/admin/v1/cache/entries"), 400);

        // Delete one; then it is not found.
        HttpResult deleted = admin("DELETE", "/admin/v1/cache/entries/" + id.toUtf8());
        verifyContract("DELETE", "/admin/v1/cache/entries/{id}", deleted, 204);
        verifyContract("GET", "/admin/v1/cache/entries/{id}",
                       admin("GET", "/admin/v1/cache/entries/" + id.toUtf8()), 404);
        verifyContract("DELETE", "/admin/v1/cache/entries/{id}",
                       admin("DELETE", "/admin/v1/cache/entries/" + id.toUtf8()), 404);
        QCOMPARE(verdict(ask(question)), QByteArray("STORE")); // the upstream answers again

        // Bad input is refused with the parameter named.
        HttpResult bad = admin("GET", "/admin/v1/cache/entries?limit=0");
        verifyContract("GET", "/admin/v1/cache/entries", bad, 400);
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("limit"));
        bad = admin("GET", "/admin/v1/cache/entries?cursor=abc");
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("cursor"));
        bad = admin("POST", "/admin/v1/cache/faq",
                    R"({"model":"chat","messages":[{"content":"x"}],"answer":"y"})");
        verifyContract("POST", "/admin/v1/cache/faq", bad, 400);
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("messages[0].role"));
        bad = admin("POST", "/admin/v1/cache/faq",
                    R"({"model":"nope","messages":[{"role":"user","content":"x"}],"answer":"y"})");
        verifyContract("POST", "/admin/v1/cache/faq", bad, 404);
        // Without the token: 401.
        const HttpResult anonymous = request(m_port, "GET", "/admin/v1/cache/stats");
        verifyContract("GET", "/admin/v1/cache/stats", anonymous, 401);

        // Flush keeps pinned entries unless asked.
        const QString pinnedQuestion = unique("Pinned forever");
        QJsonObject pinnedFaq = faq;
        pinnedFaq["messages"] = QJsonArray{QJsonObject{{"role", "user"}, {"content", pinnedQuestion}}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(pinnedFaq).toJson()).status, 201);
        HttpResult flushed = admin("POST", "/admin/v1/cache/flush");
        verifyContract("POST", "/admin/v1/cache/flush", flushed, 200);
        QVERIFY(flushed.json().value("deleted").toInt() >= 1);
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(pinnedQuestion)), QByteArray("HIT"));
        flushed = admin("POST", "/admin/v1/cache/flush?include_pinned=true");
        verifyContract("POST", "/admin/v1/cache/flush", flushed, 200);
        QCOMPARE(verdict(ask(pinnedQuestion)), QByteArray("STORE"));
    }

    void adminChangesApplyToTheNextHit()
    {
        // An answer that was just served (and is held in memory, with SQLite) changes for the
        // next request once the admin API has answered: a rewritten FAQ answer, a shorter TTL.
        const QString question = unique("What is the refund policy?");
        QJsonObject faq{{"model", "chat"},
                        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                        {"answer", "Thirty days."},
                        {"parameters", QJsonObject{{"temperature", 0}}}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson()).status, 201);
        QCOMPARE(ask(question).messageText(), QStringLiteral("Thirty days."));
        QCOMPARE(ask(question).messageText(), QStringLiteral("Thirty days."));
        faq["answer"] = "Sixty days.";
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson()).status, 201);
        const HttpResult rewritten = ask(question);
        QCOMPARE(verdict(rewritten), QByteArray("HIT"));
        QCOMPARE(rewritten.messageText(), QStringLiteral("Sixty days."));

        const QString stored = unique("How do I reset my password?");
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
        HttpResult listed = admin("GET", "/admin/v1/cache/entries?q=" + QUrl::toPercentEncoding(stored));
        const QJsonArray entries = listed.json().value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QByteArray id = entries.at(0).toObject().value("id").toString().toUtf8();
        QCOMPARE(admin("PATCH", "/admin/v1/cache/entries/" + id, R"({"ttl_seconds":1})").status, 200);
        // Within a second it may still hit; after that the entry is gone, asked again and stored.
        // (Not QTRY_COMPARE: it asks once more after the first STORE.)
        const QDeadlineTimer deadline(10000);
        QByteArray seen;
        while ((seen = verdict(ask(stored))) == "HIT" && !deadline.hasExpired())
            QThread::msleep(50);
        QCOMPARE(seen, QByteArray("STORE"));
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
    }

    void pagingIsStableUnderConcurrentWrites()
    {
        const QString tag = unique("paging");
        const auto faqFor = [&](int i, const QString& answer) {
            return QJsonDocument(
                       QJsonObject{{"model", "chat"},
                                   {"messages", QJsonArray{QJsonObject{
                                                    {"role", "user"},
                                                    {"content", tag + " question " + QString::number(i)}}}},
                                   {"answer", answer}})
                .toJson();
        };
        QSet<QString> existing;
        for (int i = 0; i < 40; ++i) {
            const HttpResult created = admin("POST", "/admin/v1/cache/faq", faqFor(i, "first"));
            QCOMPARE(created.status, 201);
            existing.insert(created.json().value("id").toString());
        }
        // While a client pages through, another adds entries and rewrites existing ones.
        std::atomic<bool> paging{true};
        std::thread writer([&] {
            for (int round = 0; paging && round < 200; ++round) {
                admin("POST", "/admin/v1/cache/faq", faqFor(1000 + round, "new"));
                admin("POST", "/admin/v1/cache/faq",
                      faqFor(round % 40, "rewritten " + QString::number(round)));
            }
        });
        QStringList seen;
        QByteArray cursor;
        int pages = 0;
        do {
            const HttpResult page =
                admin("GET", "/admin/v1/cache/entries?limit=7&q=" + QUrl::toPercentEncoding(tag) +
                                 (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor));
            verifyContract("GET", "/admin/v1/cache/entries", page, 200);
            for (const auto& entry : page.json().value("entries").toArray())
                seen << entry.toObject().value("id").toString();
            cursor = page.json().value("next_cursor").toString().toUtf8();
            ++pages;
            QThread::msleep(20);
        } while (!cursor.isEmpty() && pages < 1000);
        paging = false;
        writer.join();
        QVERIFY(pages >= 6);
        const QSet<QString> unique(seen.begin(), seen.end());
        QCOMPARE(unique.size(), seen.size()); // nothing twice
        for (const QString& id : existing)
            QVERIFY2(unique.contains(id), qPrintable(id)); // nothing that existed throughout skipped
    }

    void pinnedEntriesSurviveEviction()
    {
        auto gateway = startGateway("pinned", "max_bytes = 1800\n");
        QVERIFY(gateway);
        const quint16 port = gateway->waitForPort();
        const QString question = unique("Pinned FAQ");
        const QJsonObject faq{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                              {"answer", "Always here."}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson(), port).status, 201);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(verdict(ask(unique("filler"), {}, port)), QByteArray("STORE"));
        QTRY_VERIFY_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_evictions_total") >= 3, 10000);
        const HttpResult answered = ask(question, {}, port);
        QCOMPARE(verdict(answered), QByteArray("HIT"));
        QCOMPARE(answered.messageText(), QStringLiteral("Always here."));
    }
};

QTEST_GUILESS_MAIN(TestGatehousedCacheAdmin)
#include "tst_gatehousedcacheadmin.moc"
