#include "core/database/ConsoleDatabase.h"
#include "core/localgateway/LocalGateway.h"
#include "core/localgateway/LocalGatewayEntry.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace gatehouse;

// The console's own gatehoused, started for real (GATEHOUSE_GATEHOUSED points at the build's).
class TestLocalGateway : public QObject
{
    Q_OBJECT

    static int get(const QUrl& url)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply* reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private slots:
    void startsServesAndStops()
    {
        LocalGateway gateway;
        QVERIFY2(!gateway.program().isEmpty(), "gatehoused found");
        QSignalSpy states(&gateway, &LocalGateway::stateChanged);
        gateway.start();
        QCOMPARE(gateway.state(), LocalGateway::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Running, 20000);
        QVERIFY(gateway.port() > 0);
        QCOMPARE(gateway.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(gateway.port()));
        QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(gateway.port()))), 200);
        QCOMPARE(get(gateway.baseUrl().toString() + QStringLiteral("/models")), 200);
        QVERIFY(gateway.log().join(QLatin1Char('\n')).contains(QStringLiteral("listening on")));

        const quint16 port = gateway.port();
        gateway.stop();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Stopped, 20000);
        QVERIFY(gateway.baseUrl().isEmpty());
        QCOMPARE(get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port))), 0); // nobody listens now
        QCOMPARE(gateway.problem(), QString());
    }

    void aMissingProgramFailsWithAReason()
    {
        LocalGateway gateway;
        gateway.setProgram(QString());
        gateway.start();
        QCOMPARE(gateway.state(), LocalGateway::State::Failed);
        QVERIFY(gateway.problem().contains(QStringLiteral("not installed")));

        gateway.setProgram(QDir::home().filePath(QStringLiteral("no-such-gatehoused")));
        gateway.start();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Failed, 10000);
        QVERIFY2(gateway.problem().contains(QStringLiteral("could not start")),
                 qPrintable(gateway.problem()));
    }

    void anUnexpectedExitIsReported()
    {
        LocalGateway gateway;
        gateway.start();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Running, 20000);
        // Someone kills it behind the console's back.
        QVERIFY(gateway.processId() > 0);
        ::kill(pid_t(gateway.processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Failed, 20000);
        QVERIFY2(gateway.problem().contains(QStringLiteral("crashed")), qPrintable(gateway.problem()));
    }

    void itIsListedInTheRegistry()
    {
        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        GatewayRegistry registry(db);
        LocalGateway gateway;
        gateway.start();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Running, 20000);
        QVERIFY(recordLocalGateway(registry, gateway).ok());
        QVERIFY(recordLocalGateway(registry, gateway).ok()); // unchanged: nothing to do
        const auto entry = registry.findByName(localGatewayEntryName());
        QVERIFY(entry);
        QCOMPARE(entry->kind, GatewayKind::Gatehouse);
        QCOMPARE(entry->baseUrl, gateway.baseUrl());
        QCOMPARE(entry->metricsUrl, gateway.metricsUrl());
        QCOMPARE(registry.list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalGateway)
#include "tst_localgateway.moc"
