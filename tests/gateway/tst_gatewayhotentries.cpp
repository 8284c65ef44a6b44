// The cache entries held in memory (gateway/cache/HotEntries): what was put is found until it is
// erased, replaced or expired; pinned entries never expire; beyond the byte bound the least
// recently used go first, a find counting as a use.
#include "gateway/cache/HotEntries.h"

#include <QTest>

using namespace gatehouse::gateway;

namespace {

std::shared_ptr<const CacheEntry> entry(const std::string& key, const std::string& answer = "answer",
                                        std::optional<std::int64_t> expiresMs = std::nullopt,
                                        bool pinned = false)
{
    auto made = std::make_shared<CacheEntry>();
    made->key = key;
    made->model = "chat";
    made->answer = answer;
    made->expiresMs = expiresMs;
    made->pinned = pinned;
    return made;
}

} // namespace

class TestGatewayHotEntries : public QObject
{
    Q_OBJECT

private slots:
    void whatWasPutIsFoundUntilErasedOrReplaced()
    {
        HotEntries hot(1 << 20);
        QVERIFY(!hot.find("a", 0));
        hot.put(entry("a", "first"));
        hot.put(entry("b"));
        QCOMPARE(hot.find("a", 0)->answer, std::string("first"));
        hot.put(entry("a", "second")); // a rewrite replaces it
        QCOMPARE(hot.size(), std::size_t{2});
        QCOMPARE(hot.find("a", 0)->answer, std::string("second"));
        hot.erase("a");
        QVERIFY(!hot.find("a", 0));
        QVERIFY(hot.find("b", 0));
        hot.clear();
        QVERIFY(!hot.find("b", 0));
        QCOMPARE(hot.bytes(), std::uint64_t{0});
    }

    void expiredEntriesAreNotFoundAndPinnedOnesNeverExpire()
    {
        HotEntries hot(1 << 20);
        hot.put(entry("short", "x", 1000));
        hot.put(entry("pinned", "x", 1000, true));
        QVERIFY(hot.find("short", 999));
        QVERIFY(!hot.find("short", 1000));
        QCOMPARE(hot.size(), std::size_t{1}); // dropped when found expired
        QVERIFY(hot.find("pinned", 1'000'000));
    }

    void leastRecentlyUsedGoFirstBeyondTheBound()
    {
        const std::uint64_t one = HotEntries::cost(*entry("k0"));
        HotEntries hot(3 * one); // room for three
        hot.put(entry("k0"));
        hot.put(entry("k1"));
        hot.put(entry("k2"));
        QVERIFY(hot.find("k0", 0)); // k1 is now the least recently used
        hot.put(entry("k3"));
        QCOMPARE(hot.size(), std::size_t{3});
        QVERIFY(!hot.find("k1", 0));
        for (const char* kept : {"k0", "k2", "k3"})
            QVERIFY2(hot.find(kept, 0), kept);
        QCOMPARE(hot.bytes(), 3 * one);

        // An entry larger than the whole bound is not held (and does not push the others out).
        hot.put(entry("huge", std::string(4 * one, 'x')));
        QVERIFY(!hot.find("huge", 0));
        QCOMPARE(hot.size(), std::size_t{3});
    }
};

QTEST_GUILESS_MAIN(TestGatewayHotEntries)
#include "tst_gatewayhotentries.moc"
