// Which keys a SQLite cache holds (gateway/cache/StoredKeys), so that a worker tells a miss
// without asking the cache thread: counted, and kept true to a real SqliteCacheStore through
// what its change listener reports — adds, rewrites, pins, expiry, eviction, removal — and
// through what forEachKey lists at opening.
#include "gateway/cache/SqliteCacheStore.h"
#include "gateway/cache/StoredKeys.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <string>

using namespace gatehouse::gateway;

namespace {

CacheEntry entry(const std::string& key, std::optional<std::int64_t> expiresMs = std::nullopt,
                 std::size_t answerBytes = 10)
{
    CacheEntry made;
    made.key = key;
    made.model = "chat";
    made.request = "{}";
    made.prompt = "prompt of " + key;
    made.answer = std::string(answerBytes, 'a');
    made.createdMs = 1000;
    made.expiresMs = expiresMs;
    return made;
}

// The listener CacheService sets, minus the entries kept in memory.
void follow(CacheStore& store, StoredKeys& keys)
{
    store.setChangeListener([&keys](std::string_view key, CacheStore::Change change) {
        if (change == CacheStore::Change::Added)
            keys.add(key);
        else if (change == CacheStore::Change::Removed)
            keys.remove(key);
    });
}

} // namespace

class TestGatewayStoredKeys : public QObject
{
    Q_OBJECT

private slots:
    void keysAreCounted()
    {
        StoredKeys keys;
        QVERIFY(!keys.mayHold("a"));
        keys.add("a");
        keys.add("b");
        QVERIFY(keys.mayHold("a"));
        QVERIFY(keys.mayHold("b"));
        QVERIFY(!keys.mayHold("c"));
        // Counted: what two adds of one hash hold, one remove does not take away.
        keys.add("a");
        QCOMPARE(keys.size(), std::size_t{3});
        keys.remove("a");
        QVERIFY(keys.mayHold("a"));
        keys.remove("a");
        QVERIFY(!keys.mayHold("a"));
        keys.remove("never-added"); // nothing to take: no harm
        QCOMPARE(keys.size(), std::size_t{1});
        keys.clear();
        QVERIFY(!keys.mayHold("b"));
        QCOMPARE(keys.size(), std::size_t{0});
    }

    void followsWhatTheStoreAddsChangesAndRemoves()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SqliteCacheStore store(dir.filePath("cache.db").toStdString());
        StoredKeys keys;
        follow(store, keys);

        store.put(entry("a"));
        store.put(entry("b", 5000));
        store.put(entry("c"));
        QCOMPARE(keys.size(), std::size_t{3});
        store.put(entry("a")); // a rewrite: still one
        QVERIFY(store.setPinned("c", true));
        QVERIFY(store.setExpiry("a", 9000));
        QCOMPARE(keys.size(), std::size_t{3});

        QCOMPARE(store.removeExpired(6000), std::uint64_t{1}); // b
        QVERIFY(!keys.mayHold("b"));
        QVERIFY(store.remove("a"));
        QVERIFY(!keys.mayHold("a"));
        QVERIFY(keys.mayHold("c"));
        QCOMPARE(keys.size(), std::size_t{1});

        // Evicted: the unpinned go, the pinned one stays.
        store.put(entry("big-1", std::nullopt, 4000));
        store.put(entry("big-2", std::nullopt, 4000));
        QCOMPARE(keys.size(), std::size_t{3});
        QVERIFY(store.evict(1) >= 2);
        QVERIFY(!keys.mayHold("big-1"));
        QVERIFY(!keys.mayHold("big-2"));
        QVERIFY(keys.mayHold("c"));

        CacheFilter all;
        QCOMPARE(store.removeMatching(all, false, 0), std::uint64_t{1});
        QCOMPARE(keys.size(), std::size_t{0});
    }

    void everyKeyInTheFileIsListedAtOpening()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string file = dir.filePath("cache.db").toStdString();
        {
            SqliteCacheStore store(file);
            store.put(entry("kept"));
            store.put(entry("expired", 2000)); // still a row until removed
            store.put(entry("gone"));
            QVERIFY(store.remove("gone"));
        }
        SqliteCacheStore reopened(file);
        std::set<std::string> listed;
        QVERIFY(reopened.forEachKey([&](std::string_view key) { listed.emplace(key); }));
        QCOMPARE(listed, (std::set<std::string>{"expired", "kept"}));
    }
};

QTEST_GUILESS_MAIN(TestGatewayStoredKeys)
#include "tst_gatewaystoredkeys.moc"
