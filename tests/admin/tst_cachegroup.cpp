// core/admin's cache pieces without a network: a group of gateways summed with shared stores counted
// once, entry and stats parsing, filters as query items, and ages as people write them.
#include "core/admin/CacheGroup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

namespace {

CacheStats stats(const QString& backend, const QString& location, qint64 entries, qint64 hits, qint64 misses)
{
    CacheStats s;
    s.backend = backend;
    s.location = location;
    s.entries = entries;
    s.bytes = entries * 1000;
    s.maxBytes = 1 << 20;
    s.hits = hits;
    s.misses = misses;
    s.savedTokens = hits * 10;
    s.savedSeconds = double(hits) / 2;
    return s;
}

} // namespace

class TestCacheGroup : public QObject
{
    Q_OBJECT

private slots:
    void gatewaysSharingAStoreCountOnce()
    {
        const CacheStats redis = stats("redis", "10.0.0.5:6379/0 gatehouse:cache:", 100, 30, 10);
        const QList<CacheGroupMember> members{
            {"edge-a", redis, {}},
            {"edge-b", redis, {}},
            {"edge-c", stats("sqlite", "host-c:/var/lib/gatehouse/cache.db", 5, 1, 9), {}},
            {"edge-d", std::nullopt, "connection refused"},
            {"edge-e", redis, {}},
        };
        const CacheGroupSummary s = summarizeCacheGroup(members);
        QCOMPARE(s.caches.size(), 2);
        QCOMPARE(s.caches.at(0).gateways, (QStringList{"edge-a", "edge-b", "edge-e"}));
        QCOMPARE(s.caches.at(1).gateways, QStringList{"edge-c"});
        QCOMPARE(s.unreachable, QStringList{"edge-d: connection refused"});
        QCOMPARE(s.totals.entries, 105);
        QCOMPARE(s.totals.bytes, 105000);
        QCOMPARE(s.totals.maxBytes, 2 << 20);
        QCOMPARE(s.totals.hits, 31);
        QCOMPARE(s.totals.misses, 19);
        QCOMPARE(s.totals.hitRatio, 31.0 / 50.0);
        QCOMPARE(s.totals.savedTokens, 310);
        QCOMPARE(s.totals.backend, QStringLiteral("redis, sqlite"));
    }

    void sameLocationOnAnotherBackendOrNoLocationIsAnotherStore()
    {
        const QList<CacheGroupMember> members{
            {"a", stats("sqlite", "", 1, 0, 0), {}},
            {"b", stats("sqlite", "", 1, 0, 0), {}}, // an older gatehoused says no location: never merged
            {"c", stats("redis", "x", 1, 0, 0), {}},
            {"d", stats("sqlite", "x", 1, 0, 0), {}},
        };
        const CacheGroupSummary s = summarizeCacheGroup(members);
        QCOMPARE(s.caches.size(), 4);
        QCOMPARE(s.totals.entries, 4);
        QCOMPARE(s.totals.hitRatio, 0.0);
    }

    void statsAndEntriesAreReadFromTheAdminApiShape()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(R"({"backend":"redis","location":"h:1/0 p:","entries":3,
            "bytes":10,"max_bytes":20,"hits":4,"misses":1,"hit_ratio":0.8,"saved_tokens":7,"saved_seconds":1.5})")
                .object();
        const std::optional<CacheStats> s = CacheStats::fromJson(json);
        QVERIFY(s);
        QCOMPARE(s->location, QStringLiteral("h:1/0 p:"));
        QCOMPARE(s->hitRatio, 0.8);
        QString problem;
        QVERIFY(!CacheStats::fromJson(QJsonObject{{"entries", 1}}, &problem));
        QVERIFY2(problem.contains("backend"), qPrintable(problem));

        const QString id(64, QLatin1Char('a'));
        const QJsonObject entry{
            {"id", id},
            {"model", "chat"},
            {"prompt", "user: hi"},
            {"created_at", "2026-12-06T10:00:00.000Z"},
            {"expires_at", QJsonValue()},
            {"hits", 2},
            {"pinned", true},
            {"faq", true},
            {"answer", QJsonObject{{"choices", QJsonArray{QJsonObject{
                                                   {"message", QJsonObject{{"content", "hello"}}}}}}}}};
        const std::optional<CacheEntry> e = CacheEntry::fromJson(entry);
        QVERIFY(e);
        QVERIFY(!e->expiresAt.isValid());
        QCOMPARE(e->answerText(), QStringLiteral("hello"));
        QVERIFY(!e->promptTokens);
        QJsonObject noId = entry;
        noId.insert("id", "abc");
        QVERIFY(!CacheEntry::fromJson(noId, &problem));
        QVERIFY2(problem.contains("\"id\""), qPrintable(problem));
    }

    void filtersBecomeEncodedQueryItems()
    {
        CacheFilter f;
        QVERIFY(f.isEmpty());
        QVERIFY(f.queryItems().isEmpty());
        f.text = "a&b c";
        f.model = "gpt-4o";
        f.pinned = false;
        f.olderThanSeconds = 60;
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.queryItems(),
                 (QStringList{"q=a%26b%20c", "model=gpt-4o", "pinned=false", "older_than=60"}));
    }

    void agesAreReadAsPeopleWriteThem()
    {
        QCOMPARE(parseCacheAge("90"), std::optional<qint64>(90));
        QCOMPARE(parseCacheAge("30s"), std::optional<qint64>(30));
        QCOMPARE(parseCacheAge("15m"), std::optional<qint64>(900));
        QCOMPARE(parseCacheAge(" 2 h "), std::optional<qint64>(7200));
        QCOMPARE(parseCacheAge("7d"), std::optional<qint64>(604800));
        QCOMPARE(parseCacheAge("2w"), std::nullopt);
        QCOMPARE(parseCacheAge("-1"), std::nullopt);
        QCOMPARE(parseCacheAge(""), std::nullopt);
        QCOMPARE(parseCacheAge("1.5h"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCacheGroup)
#include "tst_cachegroup.moc"
