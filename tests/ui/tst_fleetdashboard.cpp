// The Dashboard in fleet mode: a registry entry of kind Prometheus server appears as a fleet above
// the tiles, and opening it shows the gateways that a real Prometheus scrapes (two real gatehoused
// here) on the same charts as a polled gateway — one line per instance — with the server's
// errors in plain words when it cannot answer.
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ServerProcess.h"
#include "tests/ui/ConsoleFixture.h"
#include "ui/charts/TimeChart.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/FleetFilter.h"
#include "ui/dashboard/FleetModel.h"
#include "ui/dashboard/FleetTileFeed.h"
#include "ui/dashboard/GatewayDashboard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QByteArray chatBody(const QString& model, const QString& question)
{
    return QJsonDocument(
               QJsonObject{{"model", model},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestFleetDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<GatehousedProcess>> m_gateways;
    std::vector<quint16> m_ports;
    std::unique_ptr<ServerProcess> m_prometheus;
    quint16 m_prometheusPort = 0;
    std::unique_ptr<test::ConsoleFixture> m_console;

    qint64 addPrometheus(const QString& name, quint16 port)
    {
        GatewayProfile p;
        p.name = name;
        p.kind = GatewayKind::PrometheusServer;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        p.metricsUrl = p.baseUrl;
        p.pollIntervalSeconds = 1; // its scrape interval
        const RegistryResult r = m_console->registry().add(p);
        return r.ok() ? p.id : 0;
    }

    // Sends traffic until each gatehoused has answered `count` more requests.
    void chatWith(quint16 port, int count)
    {
        for (int i = 0; i < count; ++i) {
            const HttpResult r = request(port, "POST", "/v1/chat/completions",
                                         chatBody("gatehouse-demo", QStringLiteral("Question %1?").arg(i)));
            QCOMPARE(r.status, 200);
        }
    }

private slots:
    void initTestCase()
    {
        const QString prometheus =
            serverProgram(QStringLiteral("prometheus"), QStringLiteral("/usr/bin/prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "prometheus is not installed; ./dev test installs it");
        for (int i = 0; i < 2; ++i) {
            m_gateways.push_back(std::make_unique<GatehousedProcess>(
                QStringLiteral(GATEHOUSED_PATH),
                QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")}));
            const quint16 port = m_gateways.back()->waitForPort();
            QVERIFY2(port, qPrintable(m_gateways.back()->log()));
            m_ports.push_back(port);
        }
        const QString config =
            writeFile(m_dir, QStringLiteral("prometheus.yml"),
                      QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n"
                                     "  - job_name: gatehoused\n    static_configs:\n"
                                     "      - targets: [\"127.0.0.1:%1\", \"127.0.0.1:%2\"]\n")
                          .arg(m_ports[0])
                          .arg(m_ports[1])
                          .toUtf8());
        m_prometheusPort = deadPort();
        m_prometheus = std::make_unique<ServerProcess>(
            QStringLiteral("prometheus"), prometheus,
            QStringList{QStringLiteral("--config.file=") + config,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)},
            m_dir.filePath(QStringLiteral("prometheus.log")));
        QString problem;
        QVERIFY2(m_prometheus->waitForPort(m_prometheusPort, problem), qPrintable(problem));
        QTRY_VERIFY2_WITH_TIMEOUT(request(m_prometheusPort, "GET", "/-/ready").status == 200,
                                  qPrintable("Prometheus is not ready: " + m_prometheus->output()), 30000);

        m_console = std::make_unique<test::ConsoleFixture>();
        QVERIFY2(m_console->problem().isEmpty(), qPrintable(m_console->problem()));
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_prometheus.reset();
        m_gateways.clear();
    }

    void aFleetShowsEveryGatewayPrometheusScrapes()
    {
        const qint64 fleetId = addPrometheus(QStringLiteral("Edge fleet"), m_prometheusPort);
        QVERIFY(fleetId);
        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.resize(1280, 900);
        window.show();
        window.showPage(QStringLiteral("dashboard"));
        auto* page = qobject_cast<ui::DashboardPage*>(window.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        // No polled gateway, yet the page is not empty: the fleet is offered.
        QVERIFY(page->fleetsBar()->isVisible());
        auto* open = page->fleetsBar()->findChild<QAbstractButton*>(QStringLiteral("fleet-%1").arg(fleetId));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Edge fleet"));

        // Traffic on both gateways while Prometheus scrapes them every second.
        chatWith(m_ports[0], 6);
        chatWith(m_ports[1], 3);
        open->click();
        ui::GatewayDashboard* dashboard = page->gatewayDashboard();
        QVERIFY(dashboard->isVisible());
        QVERIFY(dashboard->isFleet());
        ui::TimeChart* requests = dashboard->chart(QStringLiteral("Request rate"));
        ui::TimeChart* latency = dashboard->chart(QStringLiteral("Latency"));
        QVERIFY(requests && latency);

        // Until Prometheus has two scrapes of each with the traffic in between, rates are empty.
        QSignalSpy loaded(dashboard, &ui::GatewayDashboard::loaded);
        const auto instancesIn = [](const ui::TimeChart* chart) {
            QStringList titles;
            for (const ui::ChartSeries& s : chart->series()) {
                if (!s.points.empty())
                    titles << s.title;
            }
            return titles;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                chatWith(m_ports[0], 1);
                chatWith(m_ports[1], 1);
                dashboard->reload();
                loaded.wait(5000);
                return instancesIn(requests).size() == 2;
            }(),
            qPrintable(dashboard->statusLabel()->text() + " | " + instancesIn(requests).join(", ")), 60000);
        const QStringList lines = instancesIn(requests);
        for (const quint16 port : m_ports)
            QVERIFY2(lines.filter(QStringLiteral("127.0.0.1:%1").arg(port)).size() == 1,
                     qPrintable(lines.join(", ")));
        // Every request-rate point is a real rate: positive, in requests per second.
        for (const ui::ChartSeries& s : requests->series()) {
            for (const auto& p : s.points)
                QVERIFY2(p.y >= 0 && p.y < 1000, qPrintable(QString::number(p.y)));
        }
        // The latency chart has its quantiles per instance (p50, p95, p99 × 2) once requests were timed.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                dashboard->reload();
                loaded.wait(5000);
                return instancesIn(latency).size() == 6;
            }(),
            30000);
        QVERIFY2(dashboard->statusLabel()->text().contains(QStringLiteral("· 2 gateway")),
                 qPrintable(dashboard->statusLabel()->text()));
        const QString shots =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/dashboard-fleet.png")));
    }

    void theOverviewHasATilePerInstanceOfAFleet()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Tiles fleet");
        p.kind = GatewayKind::PrometheusServer;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort));
        p.metricsUrl = p.baseUrl;
        p.pollIntervalSeconds = 1;
        p.tags = {QStringLiteral("edge")};
        QVERIFY(m_console->registry().add(p).ok());
        const qint64 gone = addPrometheus(QStringLiteral("Silent fleet"), deadPort());
        QVERIFY(gone);

        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.resize(1280, 900);
        window.show();
        window.showPage(QStringLiteral("dashboard"));
        auto* page = qobject_cast<ui::DashboardPage*>(window.page(QStringLiteral("dashboard")));
        QVERIFY(page && page->fleetTileFeed());
        page->fleetTileFeed()->setInterval(1000);
        ui::FleetModel* model = page->fleet();

        // Both instances get a tile with live figures once Prometheus has rates for them.
        const auto tilesUp = [&] {
            int up = 0;
            for (const quint16 port : m_ports) {
                const int row = model->rowOfInstance(p.id, QStringLiteral("127.0.0.1:%1").arg(port));
                const QModelIndex i = model->index(row);
                if (row >= 0 && i.data(ui::FleetModel::StateRole).toInt() == 1 &&
                    i.data(ui::FleetModel::RequestRateRole).toDouble() > 0 &&
                    i.data(ui::FleetModel::LatencyP95Role).isValid())
                    ++up;
            }
            return up;
        };
        // Steady chat load on both gateways, sent without blocking the event loop so that the feed
        // keeps reading while it runs: every instant query's rate window then holds requests.
        QNetworkAccessManager network;
        int sent = 0;
        QTimer load;
        load.setInterval(200);
        connect(&load, &QTimer::timeout, this, [&] {
            for (const quint16 port : m_ports) {
                QNetworkRequest request(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                request.setTransferTimeout(30000);
                QNetworkReply* reply = network.post(
                    request, chatBody("gatehouse-demo", QStringLiteral("Tile question %1?").arg(++sent)));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            }
        });
        load.start();
        QTRY_VERIFY2_WITH_TIMEOUT(
            tilesUp() == 2,
            qPrintable(QStringLiteral("%1 of 2 instance tiles up with figures").arg(tilesUp())), 30000);
        const int row = model->rowOfInstance(p.id, QStringLiteral("127.0.0.1:%1").arg(m_ports[0]));
        const QModelIndex tile = model->index(row);
        QCOMPARE(tile.data(ui::FleetModel::NameRole).toString(),
                 QStringLiteral("127.0.0.1:%1 · Tiles fleet").arg(m_ports[0]));
        QVERIFY(tile.data(ui::FleetModel::TagsRole).toStringList().contains(QStringLiteral("edge")));
        QVERIFY2(tile.data(Qt::DisplayRole).toString().contains(QStringLiteral(": up, ")),
                 qPrintable(tile.data(Qt::DisplayRole).toString()));

        // A fleet whose server does not answer is one tile, down, saying why.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfInstance(gone, QString()) >= 0, 30000);
        const QModelIndex silent = model->index(model->rowOfInstance(gone, QString()));
        QCOMPARE(silent.data(ui::FleetModel::StateRole).toInt(), 0);
        QVERIFY2(silent.data(ui::FleetModel::ReasonRole)
                     .toString()
                     .contains(QStringLiteral("Silent fleet did not answer")),
                 qPrintable(silent.data(ui::FleetModel::ReasonRole).toString()));

        const QString shots =
            qEnvironmentVariable("GATEHOUSE_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + QStringLiteral("/dashboard-fleet-tiles.png")));

        // Opening an instance's tile shows that gateway alone, read from Prometheus.
        const QModelIndex shown = page->filter()->mapFromSource(tile);
        QVERIFY(shown.isValid());
        emit page->tiles()->activated(shown);
        ui::GatewayDashboard* dashboard = page->gatewayDashboard();
        QVERIFY(dashboard->isVisible() && dashboard->isFleet());
        ui::TimeChart* requests = dashboard->chart(QStringLiteral("Request rate"));
        QVERIFY(requests);
        QSignalSpy loaded(dashboard, &ui::GatewayDashboard::loaded);
        QStringList lines;
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                dashboard->reload();
                loaded.wait(5000);
                lines.clear();
                for (const ui::ChartSeries& s : requests->series()) {
                    if (!s.points.empty())
                        lines << s.title;
                }
                return !lines.isEmpty();
            }(),
            qPrintable(dashboard->statusLabel()->text()), 30000);
        // Both gateways are under load, so one line means the instance's matcher was applied.
        QCOMPARE(lines.size(), 1);
        QCOMPARE(dashboard->titleLabel()->text(),
                 QStringLiteral("127.0.0.1:%1 (fleet Tiles fleet)").arg(m_ports[0]));
        load.stop();
    }

    void aServerThatDoesNotAnswerIsNamedWithTheReason()
    {
        const quint16 nobody = deadPort();
        const qint64 id = addPrometheus(QStringLiteral("Gone"), nobody);
        QVERIFY(id);
        ui::MainWindow window(m_console->settings(), m_console->database(), m_console->registry(),
                              m_console->secrets());
        window.show();
        window.showPage(QStringLiteral("dashboard"));
        auto* page = qobject_cast<ui::DashboardPage*>(window.page(QStringLiteral("dashboard")));
        page->openFleet(id);
        ui::GatewayDashboard* dashboard = page->gatewayDashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->statusLabel()->text().contains(QStringLiteral("refused")), 30000);
        const QString status = dashboard->statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Gone")), qPrintable(status));
        QVERIFY2(status.contains(QString::number(nobody)), qPrintable(status));
    }
};

QTEST_MAIN(TestFleetDashboard)
#include "tst_fleetdashboard.moc"
