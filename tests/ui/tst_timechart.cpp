#include "ui/charts/TimeChart.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace gatehouse;

namespace {

// `count` lines over one minute; line i is flat at value i.
QList<ui::ChartSeries> lines(int count, qint64 fromMs)
{
    QList<ui::ChartSeries> out;
    for (int i = 0; i < count; ++i) {
        ui::ChartSeries s;
        s.id = QStringLiteral("line-%1").arg(i);
        s.title = QStringLiteral("10.0.0.%1:8080").arg(i);
        for (int t = 0; t <= 60; ++t)
            s.points.push_back({double(fromMs + t * 1000), double(i)});
        out << s;
    }
    return out;
}

} // namespace

// The chart's legend and read-out for a few lines and for a fleet's many; charts nobody sees
// wait with their layout until they are seen.
class TestTimeChart : public QObject
{
    Q_OBJECT

    const qint64 from = 1'800'000'000'000;

private slots:
    void aFewLinesAreNamedInTheLegendAndTheReadout()
    {
        ui::TimeChart chart(QStringLiteral("Request rate"));
        chart.resize(600, 300);
        chart.setTimeRange(from, from + 60'000);
        chart.setSeries(lines(3, from));
        QVERIFY(chart.legendShown());
        chart.showReadoutAt(from + 30'000);
        const QString readout = chart.readout();
        for (int i = 0; i < 3; ++i)
            QVERIFY2(readout.contains(QStringLiteral("10.0.0.%1:8080").arg(i)), qPrintable(readout));
        QVERIFY(!readout.contains(QStringLiteral("more")));

        chart.setSeries(lines(1, from));
        QVERIFY(!chart.legendShown()); // one line needs no legend
    }

    void manyLinesHideTheLegendAndTheReadoutNamesTheHighest()
    {
        ui::TimeChart chart(QStringLiteral("Request rate"));
        chart.resize(600, 300);
        chart.setTimeRange(from, from + 60'000);
        chart.setSeries(lines(40, from));
        QVERIFY(!chart.legendShown());
        QVERIFY2(chart.readout().contains(QStringLiteral("40 lines")), qPrintable(chart.readout()));
        chart.showReadoutAt(from + 30'000);
        const QString readout = chart.readout();
        // The five highest (39 … 35), highest first, then how many more.
        QVERIFY2(readout.indexOf(QStringLiteral("10.0.0.39:8080")) >= 0 &&
                     readout.indexOf(QStringLiteral("10.0.0.39:8080")) <
                         readout.indexOf(QStringLiteral("10.0.0.35:8080")),
                 qPrintable(readout));
        QVERIFY2(!readout.contains(QStringLiteral("10.0.0.34:8080")), qPrintable(readout));
        QVERIFY2(readout.contains(QStringLiteral("35 more")), qPrintable(readout));
        QCOMPARE(chart.series().size(), 40); // every line is still drawn
        QVERIFY(chart.drawnPointCount(39) > 0);
    }

    // A dashboard's charts scrolled out of view take their points when they are scrolled in; a
    // hidden one when it is shown or asked what it draws.
    void unseenChartsTakeTheirPointsWhenSeen()
    {
        QScrollArea area;
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        auto* top = new ui::TimeChart(QStringLiteral("Request rate"));
        auto* bottom = new ui::TimeChart(QStringLiteral("Latency"));
        for (ui::TimeChart* chart : {top, bottom}) {
            chart->setMinimumHeight(300);
            chart->setTimeRange(from, from + 60'000);
            layout->addWidget(chart);
        }
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(600, 250); // the top chart in view, the bottom one below it
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_VERIFY(!top->redrawPending() && !bottom->redrawPending()); // both drawn once, empty

        top->setSeries(lines(3, from));
        bottom->setSeries(lines(3, from));
        QVERIFY(!top->redrawPending());   // in view: drawn at once
        QVERIFY(bottom->redrawPending()); // out of view: waits
        bottom->setTimeRange(from + 10'000, from + 60'000);
        QVERIFY(bottom->redrawPending());

        area.verticalScrollBar()->setValue(area.verticalScrollBar()->maximum());
        QTRY_VERIFY(!bottom->redrawPending());
        QVERIFY(bottom->drawnPointCount(0) > 0);
        QCOMPARE(bottom->fromMs(), from + 10'000);

        // Hidden: waits, and catches up when asked what it draws.
        area.hide();
        top->setSeries(lines(2, from + 1000));
        QVERIFY(top->redrawPending());
        QVERIFY(top->drawnPointCount(1) > 0);
        QVERIFY(!top->redrawPending());
        top->setSeries(lines(3, from));
        QVERIFY(top->redrawPending());
        area.show();
        QVERIFY(!top->redrawPending()); // shown: drawn before it paints
        QCOMPARE(top->drawnPointCount(2), 61);
    }
};

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"
