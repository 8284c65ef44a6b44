#include "core/promtext/RangeFunctions.h"

#include <QTest>

#include <vector>

using namespace gatehouse::promtext;

// Golden values worked out by hand from the rules in specs.md §4 (Prometheus 3's
// extrapolatedRate and instantValue); the arithmetic is in the comments.
class TestRangeFunctions : public QObject
{
    Q_OBJECT

private slots:
    void extrapolatesToBothEdges()
    {
        // Window (0, 60]; samples every 10 s from 5 s.
        const std::vector<TimedValue> s = {{5, 10}, {15, 20}, {25, 30}, {35, 40}, {45, 50}, {55, 60}};
        // result = 60 − 10 = 50; toStart = 5, toEnd = 5; sampled = 50, avg = 10 (threshold 11).
        // Zero point: 50 · 10 / 50 = 10 > 5, so toStart stays 5.
        // increase = 50 · (50 + 5 + 5) / 50 = 60; rate = 60 / 60 = 1.
        QCOMPARE(*increase(s, 0, 60), 60.0);
        QCOMPARE(*rate(s, 0, 60), 1.0);
    }

    void addsBackCounterResets()
    {
        // The counter restarts between 25 s (30) and 35 s (5).
        const std::vector<TimedValue> s = {{5, 10}, {15, 20}, {25, 30}, {35, 5}, {45, 15}, {55, 25}};
        // result = 25 − 10 = 15, plus 30 for the drop 30 → 5: 45.
        // toStart = 5 (zero point 50 · 10 / 45 = 11.1 is later), toEnd = 5.
        // increase = 45 · 60 / 50 = 54; rate = 54 / 60 = 0.9.
        QCOMPARE(*increase(s, 0, 60), 54.0);
        QCOMPARE(*rate(s, 0, 60), 0.9);
        // Two resets in a row add both previous values: 10 → 4 (+10) → 2 (+4) → 8.
        const std::vector<TimedValue> twice = {{10, 10}, {20, 4}, {30, 2}, {40, 8}};
        // result = 8 − 10 + 10 + 4 = 12; window (5, 45]: toStart = 5, toEnd = 5, sampled = 30,
        // avg = 10; zero point 30 · 10 / 12 = 25 > 5. increase = 12 · 40 / 30 = 16.
        QCOMPARE(*increase(twice, 5, 45), 16.0);
    }

    void capsExtrapolationAtTheCountersZeroPoint()
    {
        const std::vector<TimedValue> s = {{5, 2}, {15, 12}, {25, 22}, {35, 32}, {45, 42}, {55, 52}};
        // result = 50; toStart would be 5 but the counter was 0 at 50 · 2 / 50 = 2 s before the
        // first sample: toStart = 2. toEnd = 5.
        // increase = 50 · (50 + 2 + 5) / 50 = 57; rate = 57 / 60 = 0.95.
        QCOMPARE(*increase(s, 0, 60), 57.0);
        QCOMPARE(*rate(s, 0, 60), 0.95);
    }

    void extrapolatesHalfAnIntervalWhereSamplesAreSparse()
    {
        // The series starts at 30 s, half-way into the window (0, 60].
        const std::vector<TimedValue> s = {{30, 100}, {40, 110}, {50, 120}, {60, 130}};
        // result = 30; toStart = 30 ≥ 1.1 · avg (avg = 30 / 3 = 10): toStart = avg / 2 = 5.
        // Zero point 30 · 100 / 30 = 100 > 5. toEnd = 0 (the sample at the end is inside).
        // increase = 30 · (30 + 5 + 0) / 30 = 35; rate = 35 / 60.
        QCOMPARE(*increase(s, 0, 60), 35.0);
        QCOMPARE(*rate(s, 0, 60), 35.0 / 60.0);
    }

    void leavesOutTheSampleAtTheWindowStart()
    {
        // (0, 60] is left-open: the sample at t = 0 does not count.
        const std::vector<TimedValue> s = {{0, 5}, {10, 10}, {20, 20}, {30, 30}};
        // In the window: 10, 20, 30 (t = 10..30). result = 20; sampled = 20, avg = 10.
        // toStart = 10 < 11 stays; zero point 20 · 10 / 20 = 10, min(10, 10) = 10.
        // toEnd = 30 ≥ 11: avg / 2 = 5. increase = 20 · (20 + 10 + 5) / 20 = 35.
        // (Counting t = 0 would give 25 · (30 + 0 + 5) / 30 ≈ 29.17.)
        QCOMPARE(*increase(s, 0, 60), 35.0);
        QCOMPARE(*rate(s, 0, 60), 35.0 / 60.0);
    }

    void deltaHasNoResetsAndNoZeroPoint()
    {
        const std::vector<TimedValue> s = {{5, 10}, {15, 5}, {25, 20}, {35, 15}, {45, 0}, {55, -10}};
        // result = −10 − 10 = −20, no reset handling; toStart = toEnd = 5.
        // delta = −20 · 60 / 50 = −24.
        QCOMPARE(*delta(s, 0, 60), -24.0);
        // A gauge starting at 2 is not capped by a zero point:
        const std::vector<TimedValue> g = {{5, 2}, {15, 12}, {25, 22}, {35, 32}, {45, 42}, {55, 52}};
        // delta = 50 · 60 / 50 = 60 (the counter version gives 57, see above).
        QCOMPARE(*delta(g, 0, 60), 60.0);
    }

    void flatCounterIncreasesByZero()
    {
        const std::vector<TimedValue> s = {{10, 7}, {20, 7}, {30, 7}};
        QCOMPARE(*increase(s, 0, 40), 0.0);
        QCOMPARE(*rate(s, 0, 40), 0.0);
    }

    void needsTwoSamplesInTheWindow()
    {
        const std::vector<TimedValue> s = {{0, 1}, {30, 5}, {90, 9}};
        QVERIFY(!rate(s, 0, 60)); // only t = 30 is in (0, 60]
        QVERIFY(!increase(s, 0, 60));
        QVERIFY(!delta(s, 0, 60));
        QVERIFY(!irate(s, 0, 60));
        QVERIFY(!rate({}, 0, 60));
        QVERIFY(rate(s, -1, 60)); // t = 0 and t = 30
    }

    void irateUsesTheLastTwoSamples()
    {
        const std::vector<TimedValue> s = {{10, 5}, {20, 15}, {30, 35}, {70, 1000}};
        // Window (0, 60]: last two are 15 @ 20 and 35 @ 30: (35 − 15) / 10 = 2.
        QCOMPARE(*irate(s, 0, 60), 2.0);
        QCOMPARE(*idelta(s, 0, 60), 20.0);
        // A reset: 15 → 3, the increase is the last value: 3 / 10 = 0.3; idelta keeps −12.
        const std::vector<TimedValue> reset = {{10, 5}, {20, 15}, {30, 3}};
        QCOMPARE(*irate(reset, 0, 60), 0.3);
        QCOMPARE(*idelta(reset, 0, 60), -12.0);
    }
};

QTEST_GUILESS_MAIN(TestRangeFunctions)
#include "tst_rangefunctions.moc"
