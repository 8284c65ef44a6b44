#include "core/metrics/Poller.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/charts/TimeChart.h"
#include "ui/dashboard/AlertCenter.h"
#include "ui/dashboard/AlertLogDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/FleetFilter.h"
#include "ui/dashboard/FleetModel.h"
#include "ui/dashboard/GatewayDashboard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace gatehouse;

// The Dashboard page in the real main window, against a real gatehoused --demo under chat load and
// a registry entry whose gateway is not running: the tiles show the live figures, sort and filter,
// and a gateway's dashboard charts its history, zooms, reads out and exports.
class TestDashboardPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    std::unique_ptr<test::ConsoleFixture> m_console;
    qint64 m_liveId = 0;
    qint64 m_stoppedId = 0;

    void chat()
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(30000);
        QNetworkReply* reply = m_network.post(
            request,
            QByteArray(
                "{\"model\":\"gatehouse-demo\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    qint64 addEntry(const QString& name, quint16 port, const QStringList& tags)
    {
        GatewayProfile p;
        p.name = name;
        p.kind = GatewayKind::Gatehouse;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
        p.metricsUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        p.pollIntervalSeconds = 1;
        p.tags = tags;
        const RegistryResult r = m_console->registry().add(p);
        return r.ok() ? p.id : 0;
    }

    static QString screenshotFolder()
    {
        const QString folder =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(folder);
        return folder;
    }

private slots:
    void initTestCase()
    {
        m_gateway = std::make_unique<test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port, qPrintable(m_gateway->log()));
        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));

        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        m_liveId = addEntry(QStringLiteral("Demo gateway"), m_port, {QStringLiteral("prod")});
        QVERIFY(m_liveId);
        m_stoppedId = addEntry(QStringLiteral("Stopped gateway"), deadPort, {QStringLiteral("staging")});
        QVERIFY(m_stoppedId);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        QCOMPARE(m_gateway->stop(), 0);
    }

    void tilesShowLiveFiguresAndDashboardsChartHistory()
    {
        QTimer load;
        connect(&load, &QTimer::timeout, this, &TestDashboardPage::chat);
        load.start(100);

        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.resize(1280, 860);
        window.show();
        window.showPage(QStringLiteral("dashboard"));
        auto* page = qobject_cast<ui::DashboardPage*>(window.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        QListView* tiles = page->tiles();
        QVERIFY(tiles->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(tiles->model()->rowCount(), 2, 15000);

        // The live tile: up with a request rate, p95 in ms and 0% errors, as the user reads it.
        auto tileText = [&](const QString& name) {
            for (int r = 0; r < tiles->model()->rowCount(); ++r) {
                const QString text = tiles->model()->index(r, 0).data().toString();
                if (text.startsWith(name + QLatin1Char(':')))
                    return text;
            }
            return QString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            tileText(QStringLiteral("Demo gateway")).contains(QStringLiteral(" p95 ")) &&
                tileText(QStringLiteral("Demo gateway")).contains(QStringLiteral("errors 0%")),
            qPrintable(tileText(QStringLiteral("Demo gateway"))), 60000);
        const QString live = tileText(QStringLiteral("Demo gateway"));
        QVERIFY2(live.contains(QStringLiteral(": up, ")), qPrintable(live));
        const int row = page->fleet()->rowOf(m_liveId);
        const double rate = page->fleet()->index(row).data(ui::FleetModel::RequestRateRole).toDouble();
        QVERIFY2(rate > 0.5 && rate < 100, qPrintable(live)); // ≈ 10 chats a second are sent
        const double p95 = page->fleet()->index(row).data(ui::FleetModel::LatencyP95Role).toDouble();
        QVERIFY(p95 > 0 && p95 < 30);
        QTRY_VERIFY_WITH_TIMEOUT(page->fleet()->sparkline(row).size() >= 2, 30000);

        // The stopped one: down, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(
            tileText(QStringLiteral("Stopped gateway")).contains(QStringLiteral("refused")), 30000);
        QVERIFY(tileText(QStringLiteral("Stopped gateway")).contains(QStringLiteral(": down.")));

        // Down raises an alert (every gateway alerts on down by default), kept in the alert log.
        QVERIFY(page->alerts());
        QTRY_VERIFY_WITH_TIMEOUT(page->alerts()->isFiring(m_stoppedId, metrics::AlertKind::Down), 30000);
        QVERIFY(!page->alerts()->isFiring(m_liveId, metrics::AlertKind::Down));
        {
            ui::AlertLogDialog log(*page->alerts());
            bool listed = false;
            for (int i = 0; i < log.entries()->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = log.entries()->topLevelItem(i);
                listed = listed || (item->text(1) == QStringLiteral("Stopped gateway") &&
                                    item->text(2) == QStringLiteral("alert") &&
                                    item->text(3).contains(QStringLiteral("refused")));
            }
            QVERIFY(listed);
        }

        // Sort: down first; filter by tag.
        auto* sort = page->findChild<QComboBox*>(QStringLiteral("sortBox"));
        sort->setCurrentIndex(sort->findData(int(ui::FleetFilter::Order::State)));
        emit sort->activated(sort->currentIndex());
        QVERIFY(tiles->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Stopped gateway")));
        sort->setCurrentIndex(sort->findData(int(ui::FleetFilter::Order::RequestRate)));
        emit sort->activated(sort->currentIndex());
        QVERIFY(tiles->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Demo gateway")));
        auto* tag = page->findChild<QComboBox*>(QStringLiteral("tagBox"));
        QVERIFY(tag->isVisible());
        tag->setCurrentIndex(tag->findData(QStringLiteral("staging")));
        emit tag->activated(tag->currentIndex());
        QCOMPARE(tiles->model()->rowCount(), 1);
        QVERIFY(tiles->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Stopped gateway")));
        tag->setCurrentIndex(0);
        emit tag->activated(0);
        QCOMPARE(tiles->model()->rowCount(), 2);
        tiles->grab().save(screenshotFolder() + QStringLiteral("/dashboard-tiles.png"));

        // Open the live gateway: its charts fill from history.
        const QModelIndex demo = tiles->model()->index(0, 0);
        tiles->setCurrentIndex(demo);
        emit tiles->activated(demo);
        ui::GatewayDashboard* dashboard = page->gatewayDashboard();
        QTRY_VERIFY(dashboard->isVisible());
        QCOMPARE(dashboard->gatewayId(), m_liveId);
        ui::TimeChart* requests = dashboard->chart(QStringLiteral("Request rate"));
        ui::TimeChart* latency = dashboard->chart(QStringLiteral("Latency"));
        QVERIFY(requests && latency);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dashboard->reload();
                QTest::qWait(200);
                return requests->series().size() == 1 && requests->series()[0].points.size() >= 3 &&
                       latency->series().size() == 3 && !latency->series()[1].points.empty();
            }(),
            60000);
        QVERIFY(dashboard->statusLabel()->text().startsWith(QStringLiteral("Up · profile gatehoused")));
        for (int i = 0; i < latency->series().size(); ++i)
            QVERIFY(latency->drawnPointCount(i) <= 4 * latency->plotWidthPixels() + 2);
        QVERIFY(requests->drawnPointCount(0) > 0);

        // Hover read-out at the newest point names the series and its value.
        const qint64 last = qint64(latency->series()[1].points.back().x);
        latency->showReadoutAt(last);
        QVERIFY2(latency->readout().contains(QStringLiteral("p95 ")) &&
                     latency->readout().contains(QStringLiteral(" ms")),
                 qPrintable(latency->readout()));

        // Wheel zoom on one chart narrows every chart's range and pauses following the clock.
        const qint64 spanBefore = requests->toMs() - requests->fromMs();
        QAbstractScrollArea* view = latency->findChild<QAbstractScrollArea*>();
        QVERIFY(view && view->inherits("QChartView"));
        QWidget* viewport = view->viewport();
        const QPointF center(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(center, viewport->mapToGlobal(center), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QTRY_VERIFY(dashboard->isPaused());
        QVERIFY(requests->toMs() - requests->fromMs() < spanBefore);
        QCOMPARE(requests->fromMs(), latency->fromMs());

        // Exports: a PNG and the CSV of every point in view.
        const QString png = QDir::homePath() + QStringLiteral("/latency.png");
        const QString csv = QDir::homePath() + QStringLiteral("/latency.csv");
        dashboard->setPaused(false);
        QTRY_VERIFY(!dashboard->isPaused());
        QVERIFY(latency->exportPng(png));
        QVERIFY(QImage(png).width() > 100);
        QVERIFY(latency->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,series,value"));
        QVERIFY(lines.size() > 3);
        QVERIFY(lines[1].contains(",p50,"));

        window.grab().save(screenshotFolder() + QStringLiteral("/dashboard-gateway.png"));
        load.stop();
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
