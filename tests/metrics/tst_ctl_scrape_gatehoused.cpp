#include "tests/support/GatehousedProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTest>
#include <QTimer>

// gatehousectl metrics scrape against a real `gatehoused --demo` while chat requests flow.
class TestCtlScrapeGatehoused : public QObject
{
    Q_OBJECT

    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    QString m_base; // http://127.0.0.1:PORT/v1
    QNetworkAccessManager m_network;
    int m_answered = 0;

    void chat()
    {
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/chat/completions")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(30000);
        QNetworkReply* reply = m_network.post(
            request, QByteArray(R"({"model":"gatehouse-demo","messages":[{"role":"user","content":"hi"}]})"));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_answered += reply->error() == QNetworkReply::NoError ? 1 : 0;
            reply->deleteLater();
        });
    }

private slots:
    void initTestCase()
    {
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_base = m_gateway->baseUrl();
        QVERIFY2(!m_base.isEmpty(), qPrintable(m_gateway->log()));
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void detectsGatehousedAndCountsTheRequestsInTheWindow()
    {
        chat(); // before the first scrape, so the series exist at both ends of the window
        QTRY_COMPARE_WITH_TIMEOUT(m_answered, 1, 30000);

        QString metricsUrl = m_base;
        metricsUrl.replace(QLatin1String("/v1"), QLatin1String("/metrics"));
        QProcess ctl;
        ctl.start(QStringLiteral(GATEHOUSECTL_PATH),
                  {QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("scrape"), metricsUrl,
                   QStringLiteral("--window"), QStringLiteral("4s")});
        // Well inside the window: the first scrape is taken as gatehousectl starts.
        QTimer::singleShot(1500, this, [this] {
            for (int i = 0; i < 5; ++i)
                chat();
        });
        QTRY_VERIFY_WITH_TIMEOUT(ctl.state() == QProcess::NotRunning, 60000);
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        QCOMPARE(m_answered, 6);

        const QJsonObject o = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
        QCOMPARE(o.value("profile").toString(), QStringLiteral("gatehoused"));
        const QJsonObject s = o.value("signals").toObject();
        QVERIFY2(s.value("request_rate").toDouble() > 0, QJsonDocument(s).toJson().constData());
        QCOMPARE(s.value("error_ratio").toDouble(-1), 0.0);
        QVERIFY(s.value("latency_p95").toDouble() > 0);
        QCOMPARE(s.value("in_flight").toDouble(-1), 0.0);
        QCOMPARE(s.value("upstream_health").toDouble(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCtlScrapeGatehoused)
#include "tst_ctl_scrape_gatehoused.moc"
