#include "core/decimation/Lttb.h"
#include "core/decimation/M4.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace gatehouse::decimation;

namespace {

std::vector<PlotPoint> noisySeries(std::size_t n, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0, 1);
    std::vector<PlotPoint> points;
    points.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        points.push_back({double(i), 10 + std::sin(double(i) / 500) * 5 + noise(random)});
    return points;
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private slots:
    void m4KeepsFirstMinMaxLastOfEveryColumn()
    {
        const auto points = noisySeries(100000, 1);
        const int pixels = 800;
        const double x0 = 0;
        const double x1 = 100000;
        const auto out = decimateM4(points, x0, x1, pixels);
        QVERIFY(out.size() <= std::size_t(pixels) * 4);
        QVERIFY(out.size() >= std::size_t(pixels)); // every column has points

        // Brute force per column, compared with what M4 kept.
        const double width = (x1 - x0) / pixels;
        for (int c = 0; c < pixels; ++c) {
            double lo = std::numeric_limits<double>::infinity();
            double hi = -lo;
            double firstX = -1;
            double lastX = -1;
            for (const PlotPoint& p : points) {
                if (std::min(pixels - 1, int((p.x - x0) / width)) != c)
                    continue;
                lo = std::min(lo, p.y);
                hi = std::max(hi, p.y);
                if (firstX < 0)
                    firstX = p.x;
                lastX = p.x;
            }
            double keptLo = std::numeric_limits<double>::infinity();
            double keptHi = -keptLo;
            bool keptFirst = false;
            bool keptLast = false;
            for (const PlotPoint& p : out) {
                if (std::min(pixels - 1, int((p.x - x0) / width)) != c)
                    continue;
                keptLo = std::min(keptLo, p.y);
                keptHi = std::max(keptHi, p.y);
                keptFirst = keptFirst || p.x == firstX;
                keptLast = keptLast || p.x == lastX;
            }
            QCOMPARE(keptLo, lo);
            QCOMPARE(keptHi, hi);
            QVERIFY(keptFirst);
            QVERIFY(keptLast);
        }
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const PlotPoint& a, const PlotPoint& b) { return a.x < b.x; }));
    }

    void m4KeepsASingleSpike()
    {
        auto points = noisySeries(1000000, 2);
        points[654321].y = 1e6; // one slow request among a million
        points[123456].y = -1e6;
        const auto out = decimateM4(points, 0, 1000000, 1000);
        QVERIFY(out.size() <= 4000);
        const auto [lo, hi] = std::minmax_element(
            out.begin(), out.end(), [](const PlotPoint& a, const PlotPoint& b) { return a.y < b.y; });
        QCOMPARE(hi->y, 1e6);
        QCOMPARE(hi->x, 654321.0);
        QCOMPARE(lo->y, -1e6);
        QCOMPARE(lo->x, 123456.0);
    }

    void m4KeepsOneNeighbourOutsideTheRangeAndSkipsNaN()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<PlotPoint> points{{0, 1}, {5, 2}, {10, 3}, {11, nan}, {12, 4}, {20, 5}, {30, 6}};
        const auto out = decimateM4(points, 10, 15, 5);
        const std::vector<PlotPoint> expected{{5, 2}, {10, 3}, {12, 4}, {20, 5}};
        QCOMPARE(out, expected);
        QVERIFY(decimateM4(points, 10, 10, 5).empty());
        QVERIFY(decimateM4(points, 0, 10, 0).empty());
    }

    void m4LeavesFewPointsAlone()
    {
        const std::vector<PlotPoint> points{{0, 1}, {1, 5}, {2, 3}};
        QCOMPARE(decimateM4(points, 0, 2, 100), points);
    }

    void lttbMatchesTheReferenceImplementation()
    {
        // Golden vectors from Steinarsson's reference algorithm (floor-based buckets), computed
        // by hand-checked Python of the same steps.
        const double ys[] = {3, 7, 1, 8, 2, 9, 4, 6, 0, 5, 7, 2, 8, 3};
        std::vector<PlotPoint> points;
        for (std::size_t i = 0; i < std::size(ys); ++i)
            points.push_back({double(i), ys[i]});
        const std::vector<PlotPoint> five{{0, 3}, {3, 8}, {8, 0}, {10, 7}, {13, 3}};
        QCOMPARE(decimateLttb(points, 5), five);
        const std::vector<PlotPoint> seven{{0, 3}, {1, 7}, {4, 2}, {5, 9}, {8, 0}, {10, 7}, {13, 3}};
        QCOMPARE(decimateLttb(points, 7), seven);
    }

    void lttbKeepsTheCountAndTheEndpoints()
    {
        const auto points = noisySeries(1000000, 3);
        for (std::size_t threshold : {3u, 10u, 999u, 1000u, 4096u}) {
            const auto out = decimateLttb(points, threshold);
            QCOMPARE(out.size(), threshold);
            QCOMPARE(out.front(), points.front());
            QCOMPARE(out.back(), points.back());
            QVERIFY(std::is_sorted(out.begin(), out.end(),
                                   [](const PlotPoint& a, const PlotPoint& b) { return a.x < b.x; }));
        }
    }

    void lttbLeavesShortSeriesUnchanged()
    {
        const std::vector<PlotPoint> points{{0, 1}, {1, 2}, {2, 3}, {3, 4}};
        QCOMPARE(decimateLttb(points, 4), points);
        QCOMPARE(decimateLttb(points, 100), points);
        QCOMPARE(decimateLttb(points, 2), points);
        QVERIFY(decimateLttb({}, 10).empty());
    }
};

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
