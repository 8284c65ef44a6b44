#include "core/metrics/QueryRange.h"

#include <QTest>

using namespace gatehouse::metrics;

// The time grid of a fleet chart's range query: the step a chart can show, never more than the
// 11,000 points Prometheus accepts, start and end on multiples of the step; and the rate window.
class TestQueryRange : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1700000007123; // an instant that is on no step's multiple

private slots:
    void oneHourOnAThousandPixelsFollowsTheScrapeInterval()
    {
        // 3,600 s / 1,000 px = 3.6 s a pixel, finer than the 15 s scrapes: the scrapes decide.
        const QueryRange r = chooseQueryRange(t0, t0 + 3600000, 1000, 15);
        QCOMPARE(r.step, 15);
        QCOMPARE(r.start, 1699999995); // 1700000007 aligned down to a multiple of 15
        QCOMPARE(r.end, 1700003595);
        QCOMPARE(r.points(), 241);
    }

    void thirtyDaysOnEightHundredPixelsFollowsTheWidth()
    {
        const qint64 span = 30LL * 86400 * 1000;
        const QueryRange r = chooseQueryRange(t0, t0 + span, 800, 15);
        QCOMPARE(r.step, 3240); // 2,592,000 s / 800 px
        QCOMPARE(r.start % r.step, 0);
        QCOMPARE(r.end % r.step, 0);
        QVERIFY(r.points() <= 801);
        QVERIFY(r.points() >= 800);
    }

    void aPartialPixelRoundsTheStepUp()
    {
        // 1,000 s over 300 px is 3.33 s a pixel: 4 s, so the chart never gets more than a point a pixel.
        QCOMPARE(chooseQueryRange(t0, t0 + 1000000, 300, 1).step, 4);
    }

    void neverMoreThanElevenThousandPoints_data()
    {
        QTest::addColumn<qint64>("spanSeconds");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("scrape");
        QTest::newRow("30 d, very wide plot, 1 s scrapes") << qint64(30 * 86400) << 100000 << 1.0;
        QTest::newRow("exactly 10,999 s") << qint64(10999) << 0 << 1.0;
        QTest::newRow("exactly 11,000 s") << qint64(11000) << 0 << 1.0;
        QTest::newRow("11,001 s") << qint64(11001) << 0 << 1.0;
        QTest::newRow("one year, no width") << qint64(365 * 86400) << 0 << 0.5;
        QTest::newRow("21,997 s") << qint64(21997) << 0 << 1.0;
        QTest::newRow("21,998 s") << qint64(21998) << 0 << 1.0;
    }

    void neverMoreThanElevenThousandPoints()
    {
        QFETCH(qint64, spanSeconds);
        QFETCH(int, width);
        QFETCH(double, scrape);
        // At every offset within a step, since alignment can add a point.
        for (qint64 offset = 0; offset < 5000; offset += 250) {
            const qint64 from = t0 + offset;
            const QueryRange r = chooseQueryRange(from, from + spanSeconds * 1000, width, scrape);
            QVERIFY2(r.points() <= maxQueryPoints, qPrintable(QString::number(r.points())));
            QCOMPARE(r.start % r.step, 0);
            QCOMPARE(r.end % r.step, 0);
            // The grid covers the span: no more than a step is lost at either end.
            QVERIFY(r.start <= from / 1000 && r.start > from / 1000 - r.step);
            QVERIFY(r.end <= (from / 1000 + spanSeconds) && r.end > from / 1000 + spanSeconds - r.step);
            // And the step is the finest that keeps under the cap (nothing else asks for more here).
            if (width == 0 && r.step > std::max<qint64>(1, qint64(std::ceil(scrape)))) {
                const qint64 finer = r.step - 1;
                const qint64 points =
                    ((from / 1000 + spanSeconds) / finer * finer - from / 1000 / finer * finer) / finer + 1;
                QVERIFY2(points > maxQueryPoints, qPrintable(QStringLiteral("step %1 would do").arg(finer)));
            }
        }
    }

    void theStepIsAtLeastASecond()
    {
        QCOMPARE(chooseQueryRange(t0, t0 + 60000, 2000, 0).step, 1);
        QCOMPARE(chooseQueryRange(t0, t0 + 60000, 2000, 0.2).step, 1);
        QCOMPARE(chooseQueryRange(t0, t0 + 60000, 2000, 1.5).step, 2); // whole seconds, rounded up
    }

    void aRequestedStepIsKeptWhenCoarser()
    {
        QCOMPARE(chooseQueryRange(t0, t0 + 3600000, 1000, 15, 60).step, 60);
        QCOMPARE(chooseQueryRange(t0, t0 + 3600000, 1000, 15, 5).step, 15); // the scrapes are coarser
    }

    void aRefreshKeepsThePointsWhereTheyWere()
    {
        // The same "last hour" a few seconds later: the grid moves by whole steps, so the points
        // both queries have are at the same instants (the lines do not jitter).
        const QueryRange a = chooseQueryRange(t0, t0 + 3600000, 1000, 15);
        for (qint64 later : {1000, 7000, 14999, 15000, 31234}) {
            const QueryRange b = chooseQueryRange(t0 + later, t0 + 3600000 + later, 1000, 15);
            QCOMPARE(b.step, a.step);
            QCOMPARE((b.start - a.start) % a.step, 0);
        }
    }

    void anEmptyOrReversedSpanIsOnePoint()
    {
        QCOMPARE(chooseQueryRange(t0, t0, 500, 15).points(), 1);
        QCOMPARE(chooseQueryRange(t0, t0 - 60000, 500, 15).points(), 1);
    }

    void theRateWindowCoversFourScrapesAndAStepAndAScrape()
    {
        QCOMPARE(chooseRateWindow(15, 15), 60);   // 4 × 15 s
        QCOMPARE(chooseRateWindow(300, 15), 315); // step + one scrape: windows overlap
        QCOMPARE(chooseRateWindow(1, 1), 4);
        QCOMPARE(chooseRateWindow(0, 0), 4);   // the 1 s floor
        QCOMPARE(chooseRateWindow(2, 1.5), 6); // 4 × 1.5 s
        QCOMPARE(chooseRateWindow(3240, 15), 3255);
    }
};

QTEST_GUILESS_MAIN(TestQueryRange)
#include "tst_queryrange.moc"
