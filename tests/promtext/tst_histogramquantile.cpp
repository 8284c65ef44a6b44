#include "core/promtext/HistogramQuantile.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace gatehouse::promtext;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// Cumulative counts: 10 ≤ 0.1, 30 ≤ 0.5, 40 ≤ 1, 50 in all.
std::vector<Bucket> latency()
{
    return {{0.1, 10}, {0.5, 30}, {1, 40}, {inf, 50}};
}

} // namespace

// Golden values worked out by hand from the rules in specs.md §4 (Prometheus' bucketQuantile);
// the arithmetic is in the comments.
class TestHistogramQuantile : public QObject
{
    Q_OBJECT

private slots:
    void interpolatesInsideTheBucket_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // rank 25 → first count ≥ 25 is 30 (≤ 0.5): 0.1 + (0.5 − 0.1) · (25 − 10) / (30 − 10) = 0.4
        QTest::newRow("median") << 0.5 << 0.4;
        // rank 5 → bucket ≤ 0.1 (count 10), starts at 0: 0 + 0.1 · 5 / 10 = 0.05
        QTest::newRow("first bucket") << 0.1 << 0.05;
        // rank 40 → bucket ≤ 1 (count 40): 0.5 + 0.5 · (40 − 30) / (40 − 30) = 1
        QTest::newRow("bucket edge") << 0.8 << 1.0;
        // rank 0 → first bucket: 0 + 0.1 · 0 / 10 = 0
        QTest::newRow("q = 0") << 0.0 << 0.0;
        // rank 45 > 40: only the +Inf bucket reaches it → the second-highest bound, 1
        QTest::newRow("rank in the +Inf bucket") << 0.9 << 1.0;
        // rank 50: likewise the +Inf bucket → 1
        QTest::newRow("q = 1") << 1.0 << 1.0;
    }

    void interpolatesInsideTheBucket()
    {
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(histogramQuantile(q, latency()), expected);
    }

    void answersOutOfRangeQuantilesLikePrometheus()
    {
        QCOMPARE(histogramQuantile(-0.1, latency()), -inf);
        QCOMPARE(histogramQuantile(1.01, latency()), inf);
        QVERIFY(std::isnan(histogramQuantile(std::nan(""), latency())));
        // q is checked before the buckets.
        QCOMPARE(histogramQuantile(-1, {}), -inf);
    }

    void needsThePlusInfBucket() { QVERIFY(std::isnan(histogramQuantile(0.5, {{0.1, 10}, {1, 20}}))); }

    void needsTwoBucketsAndObservations()
    {
        QVERIFY(std::isnan(histogramQuantile(0.5, {{inf, 10}})));
        QVERIFY(std::isnan(histogramQuantile(0.5, {{1, 0}, {inf, 0}})));
        QVERIFY(std::isnan(histogramQuantile(0.5, {})));
    }

    void sortsBucketsFirst()
    {
        QCOMPARE(histogramQuantile(0.5, {{inf, 50}, {0.5, 30}, {1, 40}, {0.1, 10}}), 0.4);
    }

    void mergesEqualBoundsBySumming()
    {
        // Two series summed by le: (0.5, 10) + (0.5, 20) → (0.5, 30); then (1, 40), (+Inf, 40).
        // rank 20 → first bucket (30 ≥ 20), bound 0.5 > 0: 0 + 0.5 · 20 / 30 = 1/3
        QCOMPARE(histogramQuantile(0.5, {{0.5, 10}, {1, 40}, {0.5, 20}, {inf, 40}}), 0.5 * 20.0 / 30.0);
    }

    void raisesDecreasingCounts()
    {
        // 10, 8, 15, 15 → prev = 10; 8 < 10 → 10 (prev stays 10); 15 > 10 → prev = 15.
        // Fixed: (1, 10), (2, 10), (3, 15), (+Inf, 15). q = 0.8: rank 12 → bucket ≤ 3:
        // 2 + 1 · (12 − 10) / (15 − 10) = 2.4 (unfixed it would be 2 + 4 / 7 ≈ 2.571).
        QuantileNotes notes;
        QCOMPARE(histogramQuantile(0.8, {{1, 10}, {2, 8}, {3, 15}, {inf, 15}}, &notes), 2.4);
        QVERIFY(notes.forcedMonotonic);
        QVERIFY(!notes.fixedPrecision);
        // q = 0.5: rank 7.5 → first bucket: 0 + 1 · 7.5 / 10 = 0.75
        QCOMPARE(histogramQuantile(0.5, {{1, 10}, {2, 8}, {3, 15}, {inf, 15}}), 0.75);
    }

    void keepsPreviousWhenADropIsFollowedByARise()
    {
        // 10, 4, 7, 12, 12 → 4 < 10 → 10 (prev stays 10); 7 < 10 → 10; 12 → prev = 12.
        // Fixed: (1, 10), (2, 10), (3, 10), (4, 12), (+Inf, 12). q = 11/12: rank 11 → bucket ≤ 4:
        // 3 + 1 · (11 − 10) / (12 − 10) = 3.5. (Moving prev to 4 after the first fix would keep
        // the 7 and give 3 + (11 − 7) / (12 − 7) = 3.8.)
        QCOMPARE(histogramQuantile(11.0 / 12.0, {{1, 10}, {2, 4}, {3, 7}, {4, 12}, {inf, 12}}), 3.5);
    }

    void smoothsFloatNoise()
    {
        // 1 − 1e-14 differs from 1 by a relative 5e-15 < 1e-12: treated as equal, not a decrease.
        QuantileNotes notes;
        const double q = histogramQuantile(0.5, {{1, 1.0}, {2, 1.0 - 1e-14}, {inf, 2}}, &notes);
        QVERIFY(notes.fixedPrecision);
        QVERIFY(!notes.forcedMonotonic);
        // Buckets (1, 1), (2, 1), (+Inf, 2): rank 1 → first bucket: 0 + 1 · 1 / 1 = 1
        QCOMPARE(q, 1.0);
    }

    void rankInAFirstBucketWithANonPositiveBound()
    {
        // rank 5 lands in the first bucket, whose bound −1 ≤ 0: the answer is the bound itself.
        QCOMPARE(histogramQuantile(0.25, {{-1, 10}, {0, 15}, {inf, 20}}), -1.0);
        // Bound exactly 0 likewise.
        QCOMPARE(histogramQuantile(0.25, {{0, 10}, {1, 15}, {inf, 20}}), 0.0);
        // Past the first bucket, negative bounds interpolate normally:
        // rank 15 → bucket ≤ 1: −1 + (1 − (−1)) · (15 − 10) / (20 − 10) = 0
        QCOMPARE(histogramQuantile(0.75, {{-1, 10}, {1, 20}, {inf, 20}}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
