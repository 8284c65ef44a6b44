// A gatehoused whose cache is a real redis-server: Redis going away (requests bypass the cache,
// /readyz says degraded) and coming back, and a Redis that needs a password (from a file, a wrong
// one from the environment, an unset variable). Redis only: SQLite has no server to lose.

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

class TestGatehousedCacheRedis : public CacheTestRig
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startRig(QStringLiteral("redis"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { stopRig(); }

    void redisGoingAwayMakesRequestsBypassUntilItReturns()
    {
        const QString question = unique("Still there?");
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question)), QByteArray("HIT"));

        m_redis->kill();
        // The gateway keeps answering, from the upstream, and says the cache is bypassed.
        QTRY_COMPARE_WITH_TIMEOUT(verdict(ask(question)), QByteArray("BYPASS"), 20000);
        const HttpResult answered = ask(question);
        QCOMPARE(answered.status, 200);
        QVERIFY(answered.messageText().contains(question));
        QCOMPARE(metricSum(m_port, "gatehouse_cache_backend_up"), 0.0);
        const HttpResult ready = request(m_port, "GET", "/readyz");
        QCOMPARE(ready.status, 200); // still ready to serve
        const QJsonObject cache = ready.json().value("cache").toObject();
        QCOMPARE(cache.value("backend").toString(), QStringLiteral("redis"));
        QCOMPARE(cache.value("status").toString(), QStringLiteral("degraded"));
        QVERIFY(cache.value("problem").toString().contains(QString::number(m_redis->port())));

        QVERIFY2(m_redis->start(), qPrintable(m_redis->problem()));
        // It reconnects by itself (backoff up to 5 s); the restarted Redis is empty.
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(m_port, "gatehouse_cache_backend_up"), 1.0, 30000);
        QCOMPARE(
            request(m_port, "GET", "/readyz").json().value("cache").toObject().value("status").toString(),
            QStringLiteral("up"));
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question)), QByteArray("HIT"));
    }

    void aRedisWithAPasswordIsReachedWithIt()
    {
        const QByteArray password = "redis-pw-Xq83-never-logged";
        RedisServerProcess locked;
        locked.requirePassword(password);
        QVERIFY2(locked.start(), qPrintable(locked.problem()));
        const auto config = [&](const QString& name, const QByteArray& auth) {
            return writeFile(m_dir, name + ".toml",
                             "[state]\ndir = \"" + m_dir.filePath(name + "-state").toUtf8() +
                                 "\"\n\n[cache]\nbackend = \"redis\"\nredis_url = \"" +
                                 locked.url().toUtf8() + "\"\n" + auth +
                                 "\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\n"
                                 "chunk_ms = 0\n\n[[models]]\nname = \"chat\"\nupstreams = [\"d\"]\n");
        };
        const QString passwordFile = writeFile(m_dir, "redis-password", password + "\n");

        // From a file: caching works.
        CacheGatehoused good(
            {"--config", config("locked-ok", "redis_password_file = \"" + passwordFile.toUtf8() + "\"\n"),
             "--listen", "127.0.0.1:0"});
        const quint16 port = good.waitForPort();
        QVERIFY2(port, qPrintable(good.log()));
        const QString question = unique("Behind a password?");
        QCOMPARE(verdict(ask(question, {}, port)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question, {}, port)), QByteArray("HIT"));

        // A wrong one from the environment: the gateway serves, bypassing, and says why — without it.
        qputenv("GATEHOUSE_TEST_REDIS_PASSWORD", "wrong-" + password);
        CacheGatehoused wrong(
            {"--config", config("locked-wrong", "redis_password_env = \"GATEHOUSE_TEST_REDIS_PASSWORD\"\n"),
             "--listen", "127.0.0.1:0"});
        const quint16 wrongPort = wrong.waitForPort();
        QVERIFY2(wrongPort, qPrintable(wrong.log()));
        const HttpResult bypassed = ask(question, {}, wrongPort);
        QCOMPARE(bypassed.status, 200);
        QCOMPARE(verdict(bypassed), QByteArray("BYPASS"));
        const QString problem =
            request(wrongPort, "GET", "/readyz").json().value("cache").toObject().value("problem").toString();
        QVERIFY2(problem.contains("WRONGPASS") || problem.contains("invalid"), qPrintable(problem));
        QVERIFY(!problem.contains(QString::fromUtf8(password)));
        QVERIFY(!wrong.log().contains(QString::fromUtf8(password)));
        QVERIFY(!good.log().contains(QString::fromUtf8(password)));

        // Unset: it does not start, and names the variable.
        qunsetenv("GATEHOUSE_TEST_REDIS_PASSWORD");
        CacheGatehoused unset(
            {"--config", config("locked-unset", "redis_password_env = \"GATEHOUSE_TEST_REDIS_PASSWORD\"\n"),
             "--listen", "127.0.0.1:0"});
        QVERIFY(unset.process().waitForFinished(30000));
        QCOMPARE(unset.process().exitCode(), 1);
        QVERIFY2(unset.log().contains("GATEHOUSE_TEST_REDIS_PASSWORD (redis_password_env) is not set"),
                 qPrintable(unset.log()));
    }
};

QTEST_GUILESS_MAIN(TestGatehousedCacheRedis)
#include "tst_gatehousedcacheredis.moc"
