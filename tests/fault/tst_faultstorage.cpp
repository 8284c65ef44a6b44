// State and storage faults on a real gatehoused: its SQLite state locked by another connection,
// its state directory out of space, and its Redis cache hung or gone. Admin writes must fail with a
// clear OpenAI-shaped error while chat goes on being answered (even by a gatehoused of one worker,
// whose writes wait on a thread of their own), nothing written before may be lost,
// both SQLite files must pass PRAGMA integrity_check, and once the fault is gone writes work again.
//
// Already covered elsewhere, so not repeated here:
//   tests/gateway/tst_gatehousedcacheredis.cpp
//     redisGoingAwayMakesRequestsBypassUntilItReturns  (Redis killed: BYPASS, /readyz "degraded",
//                                                       gatehouse_cache_backend_up 0, then resumes)
//     aRedisWithAPasswordIsReachedWithIt               (a wrong password: bypass, named in /readyz)
//   tests/gateway/tst_gatehousedrulesadmin.cpp
//     anInvalidRuleIsRefusedWithItsPositionAndTheOldSetStays (a refused change keeps the old set)

#include "tests/fault/ClearError.h"
#include "tests/fault/DiskFull.h"
#include "tests/fault/SqliteFile.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/MetricSum.h"
#include "tests/support/RawHttp.h"
#include "tests/support/RedisServerProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

using namespace gatehouse::test;

const QByteArray adminToken = "gh-admin-fault-storage-8Kp2";
const QByteArray auth = "Authorization: Bearer " + adminToken + "\r\n";

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chatBody(const QString& question, bool stream = false)
{
    QJsonObject body{{"model", "chat"},
                     {"temperature", 0},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}};
    if (stream)
        body["stream"] = true;
    return json(body);
}

QByteArray ruleBody(const QString& word)
{
    return json({{"kind", "keywords"},
                 {"action", "flag"},
                 {"keywords", QJsonArray{word}},
                 {"scope", QJsonObject{{"input", true}, {"output", false}}}});
}

QByteArray faqBody(const QString& question, const QString& answer)
{
    return json({{"model", "chat"},
                 {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                 {"answer", answer}});
}

QByteArray gatewayConfig(const QString& stateDir, const QByteArray& cache = "backend = \"sqlite\"\n")
{
    return "[access]\nrequire_keys = false\n\n[admin]\ntoken_env = "
           "\"GATEHOUSE_TEST_FAULT_ADMIN\"\n\n[state]\ndir = \"" +
           stateDir.toUtf8() + "\"\n\n[cache]\n" + cache +
           "\n[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
           "[[models]]\nname = \"chat\"\nupstreams = [\"demo\"]\n";
}

} // namespace

class TestFaultStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("GATEHOUSE_TEST_FAULT_ADMIN", adminToken);
    }

    void lockedStateDatabaseRefusesAdminWritesClearly()
    {
        const QString stateDir = m_dir.filePath("locked-state");
        GatehousedProcess gateway(QStringLiteral(GATEHOUSED_PATH),
                                  {"--config", writeFile(m_dir, "locked.toml", gatewayConfig(stateDir)),
                                   "--listen", "127.0.0.1:0", "--workers", "1"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));
        QCOMPARE(admin(port, "POST", "/admin/v1/keys", json({{"name", "before the lock"}})).status, 201);
        QCOMPARE(admin(port, "PUT", "/admin/v1/rules/before-lock", ruleBody("before")).status, 201);

        // Another process's connection takes the write lock of state.db (keys and rules) and holds it.
        auto holder = std::make_unique<SqliteFile>(QDir(stateDir).filePath("state.db"));
        QCOMPARE(holder->exec("BEGIN EXCLUSIVE"), QString());

        // Both writes wait out gatehoused's busy timeout (5 s), then fail, each with the reason.
        HttpResult key;
        HttpResult rule;
        std::atomic<bool> keyAnswered{false};
        std::atomic<bool> ruleAnswered{false};
        std::thread keyWriter([&] {
            key = admin(port, "POST", "/admin/v1/keys", json({{"name", "during the lock"}}));
            keyAnswered = true;
        });
        std::thread ruleWriter([&] {
            rule = admin(port, "PUT", "/admin/v1/rules/during-lock", ruleBody("during"));
            ruleAnswered = true;
        });
        QTest::qWait(300); // time for both writes to reach gatehoused and start waiting
        // Meanwhile chat is answered and reads of the state work — by the one worker, so the writes
        // wait elsewhere: these answers come while both writes are still waiting.
        for (int i = 0; i < 4; ++i) {
            const HttpResult chat = request(port, "POST", "/v1/chat/completions", chatBody("Locked out?"));
            QVERIFY2(chat.status == 200, chat.body.constData());
        }
        QCOMPARE(admin(port, "GET", "/admin/v1/keys").json().value("keys").toArray().size(), 1);
        QCOMPARE(request(port, "GET", "/healthz").status, 200);
        QVERIFY2(!keyAnswered && !ruleAnswered, "a write answered before the reads: it was not waiting");
        keyWriter.join();
        ruleWriter.join();
        for (const HttpResult* refused : {&key, &rule}) {
            QVERIFY2(unclearError(*refused, 500, "state_write_failed").isEmpty(),
                     qPrintable(unclearError(*refused, 500, "state_write_failed")));
            QVERIFY2(errorMessage(*refused).contains("database is locked"),
                     qPrintable(errorMessage(*refused)));
            QVERIFY2(errorMessage(*refused).contains("nothing was changed"),
                     qPrintable(errorMessage(*refused)));
        }

        holder.reset(); // the lock goes (its transaction is rolled back)
        QCOMPARE(admin(port, "POST", "/admin/v1/keys", json({{"name", "after the lock"}})).status, 201);
        QCOMPARE(admin(port, "PUT", "/admin/v1/rules/after-lock", ruleBody("after")).status, 201);
        QCOMPARE(keyNames(port), (QSet<QString>{"before the lock", "after the lock"}));
        QCOMPARE(ruleIds(port), (QSet<QString>{"before-lock", "after-lock"}));
        QVERIFY2(gateway.stop() == 0, qPrintable(gateway.log().right(1500)));
        QCOMPARE(SqliteFile(QDir(stateDir).filePath("state.db")).integrityCheck(), QStringLiteral("ok"));
    }

    void lockedCacheDatabaseRefusesFaqWritesClearly()
    {
        const QString stateDir = m_dir.filePath("locked-cache");
        GatehousedProcess gateway(QStringLiteral(GATEHOUSED_PATH),
                                  {"--config", writeFile(m_dir, "locked-cache.toml", gatewayConfig(stateDir)),
                                   "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));
        QCOMPARE(
            admin(port, "POST", "/admin/v1/cache/faq", faqBody("Opening hours?", "Nine to five.")).status,
            201);

        auto holder = std::make_unique<SqliteFile>(QDir(stateDir).filePath("cache.db"));
        QCOMPARE(holder->exec("BEGIN EXCLUSIVE"), QString());
        const HttpResult refused =
            admin(port, "POST", "/admin/v1/cache/faq", faqBody("Parking?", "Behind the building."));
        QVERIFY2(unclearError(refused, 503, "cache_unavailable").isEmpty(),
                 qPrintable(unclearError(refused, 503, "cache_unavailable")));
        QVERIFY(!refused.headers.value("retry-after").isEmpty());
        const QString problem = readyCache(port, "problem");
        QVERIFY2(problem.contains("database is locked"), qPrintable(problem));
        // Chat goes on, around the cache.
        const HttpResult chat = request(port, "POST", "/v1/chat/completions", chatBody("Still answering?"));
        QCOMPARE(chat.status, 200);

        holder.reset();
        QTRY_COMPARE_WITH_TIMEOUT(
            admin(port, "POST", "/admin/v1/cache/faq", faqBody("Parking?", "Behind the building.")).status,
            201, 20000);
        QCOMPARE(faqPrompts(port), (QSet<QString>{"user: Opening hours?", "user: Parking?"}));
        QVERIFY2(gateway.stop() == 0, qPrintable(gateway.log().right(1500)));
        QCOMPARE(SqliteFile(QDir(stateDir).filePath("cache.db")).integrityCheck(), QStringLiteral("ok"));
    }

    void fullStateDirectoryRefusesWritesAndKeepsWhatWasThere()
    {
        const QString stateDir = m_dir.filePath("full-state");
        DiskFull disk(stateDir);
        qInfo("the state directory runs out of space as %s", qPrintable(disk.description()));
        const QString config = writeFile(m_dir, "full.toml", gatewayConfig(stateDir));
        auto gateway = std::make_unique<GatehousedProcess>(
            disk.program(),
            disk.wrap(QStringLiteral(GATEHOUSED_PATH), {"--config", config, "--listen", "127.0.0.1:0"}));
        quint16 port = gateway->waitForPort();
        QVERIFY2(port, qPrintable(gateway->log()));
        QCOMPARE(admin(port, "POST", "/admin/v1/keys", json({{"name", "before"}})).status, 201);
        QCOMPARE(admin(port, "PUT", "/admin/v1/rules/before", ruleBody("before")).status, 201);
        QCOMPARE(admin(port, "POST", "/admin/v1/cache/faq", faqBody("Before?", "Yes.")).status, 201);

        const qint64 pid = gateway->process().processId();
        QCOMPARE(disk.fill(pid), QString());
        // Large enough to need pages no file has yet.
        const QString longAnswer = QString(256 * 1024, QLatin1Char('a'));
        for (const HttpResult& refused :
             {admin(port, "POST", "/admin/v1/keys", json({{"name", "while full"}})),
              admin(port, "PUT", "/admin/v1/rules/while-full", ruleBody("while-full"))}) {
            QVERIFY2(unclearError(refused, 500, "state_write_failed").isEmpty(),
                     qPrintable(unclearError(refused, 500, "state_write_failed")));
            QVERIFY2(errorMessage(refused).contains(disk.reason()), qPrintable(errorMessage(refused)));
        }
        const HttpResult faq = admin(port, "POST", "/admin/v1/cache/faq", faqBody("While full?", longAnswer));
        QVERIFY2(unclearError(faq, 503, "cache_unavailable").isEmpty(),
                 qPrintable(unclearError(faq, 503, "cache_unavailable")));
        // Chat is answered, whole and streamed; reads of the state work.
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("Full?")).status, 200);
        const HttpResult streamed = request(port, "POST", "/v1/chat/completions", chatBody("Full?", true));
        QCOMPARE(streamed.status, 200);
        QCOMPARE(streamed.events().last(), QByteArray("data: [DONE]"));
        QCOMPARE(keyNames(port), QSet<QString>{"before"});
        QCOMPARE(ruleIds(port), QSet<QString>{"before"});

        QCOMPARE(disk.makeRoom(pid), QString());
        QCOMPARE(admin(port, "POST", "/admin/v1/keys", json({{"name", "after"}})).status, 201);
        QCOMPARE(admin(port, "PUT", "/admin/v1/rules/after", ruleBody("after")).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(
            admin(port, "POST", "/admin/v1/cache/faq", faqBody("After?", longAnswer)).status, 201, 20000);

        // A restart finds all of it, and only it.
        QVERIFY2(gateway->stop() == 0, qPrintable(gateway->log().right(1500)));
        for (const char* file : {"state.db", "cache.db"})
            QCOMPARE(SqliteFile(QDir(stateDir).filePath(file)).integrityCheck(), QStringLiteral("ok"));
        gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        port = gateway->waitForPort();
        QVERIFY2(port, qPrintable(gateway->log()));
        QCOMPARE(keyNames(port), (QSet<QString>{"before", "after"}));
        QCOMPARE(ruleIds(port), (QSet<QString>{"before", "after"}));
        QCOMPARE(faqPrompts(port), (QSet<QString>{"user: Before?", "user: After?"}));
        QVERIFY2(gateway->stop() == 0, qPrintable(gateway->log().right(1500)));
    }

    void redisDownRefusesCacheAdminClearly()
    {
        RedisServerProcess redis;
        QVERIFY2(redis.start(), qPrintable(redis.problem()));
        GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH),
            {"--config",
             writeFile(m_dir, "redis.toml",
                       gatewayConfig(m_dir.filePath("redis-state"),
                                     "backend = \"redis\"\nredis_url = \"" + redis.url().toUtf8() + "\"\n")),
             "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));
        QCOMPARE(admin(port, "POST", "/admin/v1/cache/faq", faqBody("Before?", "Yes.")).status, 201);

        redis.kill();
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_backend_up"), 0.0, 20000);
        // The cache's admin API says the backend is down — never an empty list or a zero count.
        for (const HttpResult& refused :
             {admin(port, "GET", "/admin/v1/cache/entries"), admin(port, "GET", "/admin/v1/cache/stats"),
              admin(port, "POST", "/admin/v1/cache/faq", faqBody("During?", "No.")),
              admin(port, "POST", "/admin/v1/cache/flush", "")}) {
            QVERIFY2(unclearError(refused, 503, "cache_unavailable").isEmpty(),
                     qPrintable(unclearError(refused, 503, "cache_unavailable")));
            QVERIFY(!refused.headers.value("retry-after").isEmpty());
        }
        // A streamed answer goes past the cache whole.
        const HttpResult streamed =
            request(port, "POST", "/v1/chat/completions", chatBody("Streamed?", true));
        QCOMPARE(streamed.status, 200);
        QCOMPARE(streamed.headers.value("x-gatehouse-cache"), QByteArray("BYPASS"));
        QCOMPARE(streamed.events().last(), QByteArray("data: [DONE]"));

        QVERIFY2(redis.start(), qPrintable(redis.problem()));
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_backend_up"), 1.0, 30000);
        QCOMPARE(admin(port, "POST", "/admin/v1/cache/faq", faqBody("After?", "Yes.")).status, 201);
        QCOMPARE(faqPrompts(port), QSet<QString>{"user: After?"}); // this Redis keeps nothing on disk
    }

    void hungRedisIsBypassedNotWaitedFor()
    {
        RedisServerProcess redis;
        QVERIFY2(redis.start(), qPrintable(redis.problem()));
        GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH),
            {"--config",
             writeFile(m_dir, "hung.toml",
                       gatewayConfig(m_dir.filePath("hung-state"),
                                     "backend = \"redis\"\nredis_url = \"" + redis.url().toUtf8() + "\"\n")),
             "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port, qPrintable(gateway.log()));
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("Frozen?"))
                     .headers.value("x-gatehouse-cache"),
                 QByteArray("STORE"));

        // Stopped, not gone: its socket stays open and nothing comes back.
        QVERIFY(redis.freeze());
        for (int i = 0; i < 3; ++i) {
            const HttpResult answered = request(port, "POST", "/v1/chat/completions", chatBody("Frozen?"));
            QCOMPARE(answered.status, 200);
            QCOMPARE(answered.headers.value("x-gatehouse-cache"), QByteArray("BYPASS"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(readyCache(port, "status"), QStringLiteral("degraded"), 20000);
        QVERIFY(redis.thaw());
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_backend_up"), 1.0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(request(port, "POST", "/v1/chat/completions", chatBody("Frozen?"))
                                      .headers.value("x-gatehouse-cache"),
                                  QByteArray("HIT"), 20000);
    }

private:
    static HttpResult admin(quint16 port, const QByteArray& method, const QByteArray& path,
                            const QByteArray& body = {})
    {
        return request(port, method, path, body, auth);
    }

    // A field of the "cache" object of GET /readyz.
    static QString readyCache(quint16 port, const char* field)
    {
        return request(port, "GET", "/readyz")
            .json()
            .value("cache")
            .toObject()
            .value(QLatin1String(field))
            .toString();
    }

    static QSet<QString> keyNames(quint16 port)
    {
        QSet<QString> names;
        for (const auto& key : admin(port, "GET", "/admin/v1/keys").json().value("keys").toArray())
            names.insert(key.toObject().value("name").toString());
        return names;
    }

    static QSet<QString> ruleIds(quint16 port)
    {
        QSet<QString> ids;
        for (const auto& rule : admin(port, "GET", "/admin/v1/rules").json().value("rules").toArray())
            ids.insert(rule.toObject().value("id").toString());
        return ids;
    }

    static QSet<QString> faqPrompts(quint16 port)
    {
        QSet<QString> prompts;
        for (const auto& entry :
             admin(port, "GET", "/admin/v1/cache/entries?limit=1000").json().value("entries").toArray())
            prompts.insert(entry.toObject().value("prompt").toString());
        return prompts;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFaultStorage)
#include "tst_faultstorage.moc"
