// Token buckets and per-key usage (gateway/access): bursts up to the minute's budget, refill at
// the steady rate, waits that say when a request would fit, debts and refunds, limit changes.
// The clock is passed in, so nothing here waits.
#include "gateway/access/KeyUsage.h"
#include "gateway/access/TokenBucket.h"

#include <QTest>

using namespace gatehouse::gateway::access;
using namespace std::chrono_literals;

namespace {

const TokenBucket::Clock::time_point t0{};

} // namespace

class TestGatewayTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void startsFullAndRefillsAtTheSteadyRate()
    {
        TokenBucket bucket(60, t0); // one a second
        for (int i = 0; i < 60; ++i)
            QVERIFY(!bucket.take(1, t0));
        const auto wait = bucket.take(1, t0);
        QVERIFY(wait);
        QCOMPARE(wait->count(), 1000);
        QVERIFY(bucket.take(1, t0 + 999ms)); // not quite there
        QVERIFY(!bucket.take(1, t0 + 1000ms));
        // Never more than the capacity, however long it rested.
        QCOMPARE(bucket.level(t0 + 1h), 60.0);
    }

    void refusedTakesCostNothingAndSayHowLong()
    {
        TokenBucket bucket(600, t0); // ten a second
        QVERIFY(!bucket.take(550, t0));
        const auto wait = bucket.take(100, t0 + 1s); // 60 there, 40 missing: 4 s
        QVERIFY(wait);
        QCOMPARE(wait->count(), 4000);
        QCOMPARE(bucket.level(t0 + 1s), 60.0);
        QCOMPARE(bucket.waitFor(60, t0 + 1s).count(), 0);
    }

    void anAmountAboveTheCapacityNeedsAFullBucketAndLeavesADebt()
    {
        TokenBucket bucket(60, t0);
        QVERIFY(!bucket.take(90, t0)); // full: let through
        QCOMPARE(bucket.level(t0), -30.0);
        const auto wait = bucket.take(1, t0);
        QVERIFY(wait);
        QCOMPARE(wait->count(), 31000);
        QVERIFY(bucket.take(90, t0 + 60s)); // 30 back: not full
        QVERIFY(!bucket.take(90, t0 + 90s));
    }

    void adjustTakesMoreOrGivesBack()
    {
        TokenBucket bucket(100, t0);
        QVERIFY(!bucket.take(10, t0));
        bucket.adjust(50, t0); // the upstream counted 60
        QCOMPARE(bucket.level(t0), 40.0);
        bucket.adjust(-200, t0); // a refund never overfills
        QCOMPARE(bucket.level(t0), 100.0);
    }

    void aNewLimitKeepsWhatIsHeld()
    {
        TokenBucket bucket(100, t0);
        QVERIFY(!bucket.take(70, t0));
        bucket.setLimit(200, t0);
        QCOMPARE(bucket.level(t0), 30.0);
        bucket.setLimit(10, t0);
        QCOMPARE(bucket.level(t0), 10.0);
        QCOMPARE(bucket.limit(), std::int64_t{10});
    }

    void usageChecksBothLimitsBeforeChargingEither()
    {
        KeyUsage usage(2, 100, t0);
        QVERIFY(!usage.admit(60, t0));
        // Tokens refuse: the request is not counted against the RPM limit either.
        auto refusal = usage.admit(60, t0);
        QVERIFY(refusal);
        QCOMPARE(refusal->limit, KeyUsage::Refusal::Limit::Tokens);
        QCOMPARE(refusal->perMinute, std::int64_t{100});
        QCOMPARE(refusal->wait.count(), 12000); // 20 missing at 100/60 a second
        QVERIFY(!usage.admit(10, t0));
        refusal = usage.admit(1, t0);
        QVERIFY(refusal);
        QCOMPARE(refusal->limit, KeyUsage::Refusal::Limit::Requests);
        QCOMPARE(refusal->wait.count(), 30000);
    }

    void usageCorrectsTokensAndFollowsNewLimits()
    {
        KeyUsage usage(std::nullopt, 100, t0);
        QVERIFY(!usage.admit(10, t0));
        usage.correctTokens(80, t0); // 90 used in truth
        QVERIFY(usage.admit(20, t0));
        usage.setLimits(std::nullopt, std::nullopt, t0); // unlimited now
        QVERIFY(!usage.admit(1e6, t0));
        usage.setLimits(1, std::nullopt, t0);
        QVERIFY(!usage.admit(0, t0));
        QVERIFY(usage.admit(0, t0));
    }

    void lastUseIsRemembered()
    {
        KeyUsage usage(std::nullopt, std::nullopt, t0);
        QCOMPARE(usage.lastUsed(), std::int64_t{0});
        usage.markUsed(1795705018);
        QCOMPARE(usage.lastUsed(), std::int64_t{1795705018});
    }
};

QTEST_GUILESS_MAIN(TestGatewayTokenBucket)
#include "tst_gatewaytokenbucket.moc"
