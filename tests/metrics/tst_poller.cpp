#include "core/metrics/Poller.h"
#include "core/metrics/ScrapeBackoff.h"
#include "tests/support/GatehousedProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace gatehouse::metrics;

// The poller against real gatehoused --demo processes under chat load: live signals, a gateway
// killed and restarted, and the failure reasons a user must be able to tell apart.
class TestPoller : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    int m_answered = 0;

    std::unique_ptr<gatehouse::test::GatehousedProcess> startGateway(const QString& listen)
    {
        auto gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--demo"), QStringLiteral("--listen"), listen});
        return gateway;
    }

    void chat(quint16 port)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setTransferTimeout(30000);
        QNetworkReply* reply = m_network.post(
            request, QByteArray("{\"model\":\"gatehouse-demo\",\"messages\":[{\"role\":\"user\","
                                "\"content\":\"hi\"}]}"));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_answered += reply->error() == QNetworkReply::NoError ? 1 : 0;
            reply->deleteLater();
        });
    }

    static ScrapeTarget target(qint64 id, const QUrl& url, int intervalMs = 1000)
    {
        ScrapeTarget t;
        t.gatewayId = id;
        t.name = QStringLiteral("gw%1").arg(id);
        t.url = url;
        t.intervalMs = intervalMs;
        t.timeoutMs = 3000;
        return t;
    }

    static double signal(const ScrapeReport& r, const QString& id)
    {
        for (const SeriesValue& v : r.signalValues) {
            if (v.series == id)
                return v.value;
        }
        return -1;
    }

    static bool hasRaw(const ScrapeReport& r, const QString& prefix)
    {
        for (const SeriesValue& v : r.rawSamples) {
            if (v.series.startsWith(prefix))
                return true;
        }
        return false;
    }

private slots:
    void backoffDoublesUpToTheCapWithJitter()
    {
        QCOMPARE(scrapeBackoffMs(15000, 1, 0), 15000);
        QCOMPARE(scrapeBackoffMs(15000, 2, 0), 30000);
        QCOMPARE(scrapeBackoffMs(15000, 3, 0), 60000);
        QCOMPARE(scrapeBackoffMs(15000, 20, 0), maxBackoffMs);
        QCOMPARE(scrapeBackoffMs(15000, 1000, 0), maxBackoffMs);
        QCOMPARE(scrapeBackoffMs(15000, 2, 0.5), 22500);
        QVERIFY(scrapeBackoffMs(15000, 2, 0.999) >= 15000);
        // An interval longer than the cap is never shortened by backoff.
        QCOMPARE(scrapeBackoffMs(600000, 5, 0), 600000);
    }

    void scrapesTwoGatewaysUnderLoadAndFollowAKilledOne()
    {
        auto first = startGateway(QStringLiteral("127.0.0.1:0"));
        auto second = startGateway(QStringLiteral("127.0.0.1:0"));
        const quint16 firstPort = first->waitForPort();
        const quint16 secondPort = second->waitForPort();
        QVERIFY2(firstPort && secondPort, qPrintable(first->log() + second->log()));

        QTimer load;
        connect(&load, &QTimer::timeout, this, [&] {
            chat(firstPort);
            chat(secondPort);
        });
        load.start(100);

        Poller poller(nullptr);
        QList<ScrapeReport> reports;
        connect(&poller, &Poller::reported, this, [&](const ScrapeReport& r) { reports.append(r); });
        poller.setTargets({target(1, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(firstPort))),
                           target(2, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(secondPort)))});

        // Both come up with the gatehoused profile and live, sane signals.
        auto liveReport = [&](qint64 id) -> const ScrapeReport* {
            for (auto it = reports.crbegin(); it != reports.crend(); ++it) {
                if (it->gatewayId == id && it->up && signal(*it, QStringLiteral("request_rate")) > 0 &&
                    signal(*it, QStringLiteral("latency_p95")) > 0)
                    return &*it;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(liveReport(1) && liveReport(2), 60000);
        for (qint64 id : {1, 2}) {
            const ScrapeReport& r = *liveReport(id);
            QCOMPARE(r.profileId, QStringLiteral("gatehoused"));
            QVERIFY(r.failure == ScrapeFailure::None);
            const double rate = signal(r, QStringLiteral("request_rate"));
            // ≈ 10/s are sent; on a loaded 2-core machine the first window can hold only a few of
            // them (0.4998/s was seen with a full test run beside a benchmark), so only "clearly alive".
            QVERIFY2(rate > 0.2 && rate < 100, qPrintable(QString::number(rate)));
            const double p50 = signal(r, QStringLiteral("latency_p50"));
            const double p95 = signal(r, QStringLiteral("latency_p95"));
            const double p99 = signal(r, QStringLiteral("latency_p99"));
            QVERIFY(p50 > 0 && p50 <= p95 && p95 <= p99 && p99 < 30);
            QCOMPARE(signal(r, QStringLiteral("error_ratio")), 0.0);
            QCOMPARE(signal(r, QStringLiteral("upstream_health")), 1.0);
            QVERIFY(signal(r, QStringLiteral("in_flight")) >= 0);
            QVERIFY(hasRaw(r, QStringLiteral("gatehouse_requests_total{")));
            QVERIFY(r.bytes > 0);
            QVERIFY(poller.state(id).up);
        }
        QVERIFY(m_answered > 0);

        // Killed: down with "refused" and the reason; the other keeps going.
        first->process().kill();
        first->process().waitForFinished(10000);
        // (A scrape in flight at the kill may read "closed the connection" first.)
        QTRY_VERIFY_WITH_TIMEOUT(!poller.state(1).up && poller.state(1).failure == ScrapeFailure::Refused,
                                 30000);
        QVERIFY2(poller.state(1).reason.contains(QStringLiteral("refused the connection")),
                 qPrintable(poller.state(1).reason));
        QVERIFY(poller.state(2).up);

        // Restarted on the same port: back up after the backoff, and rates return after two scrapes.
        const qsizetype before = reports.size();
        auto again = startGateway(QStringLiteral("127.0.0.1:%1").arg(firstPort));
        QVERIFY2(again->waitForPort() == firstPort, qPrintable(again->log()));
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(1).up, 60000);
        QCOMPARE(poller.state(1).failures, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (qsizetype i = before; i < reports.size(); ++i) {
                    if (reports[i].gatewayId == 1 && signal(reports[i], QStringLiteral("request_rate")) > 0)
                        return true;
                }
                return false;
            }(),
            60000);
        load.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_network.findChildren<QNetworkReply*>().size(), 0, 30000);
    }

    void namesEachKindOfFailure()
    {
        auto gateway = startGateway(QStringLiteral("127.0.0.1:0"));
        const quint16 port = gateway->waitForPort();
        QVERIFY(port);

        // A server that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held.append(s);
        });
        // A free port: listen, note it, close.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();

        Poller poller(nullptr);
        ScrapeTarget keyed = target(5, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)));
        keyed.credentialSecret = QStringLiteral("some-key");
        ScrapeTarget slow =
            target(3, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(silent.serverPort())));
        slow.timeoutMs = 1000;
        poller.setTargets(
            {target(1, QUrl(QStringLiteral("http://no-such-host.invalid/metrics"))),
             target(2, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(closedPort))), slow,
             target(4, QUrl(QStringLiteral("http://127.0.0.1:%1/no-such-path").arg(port))), keyed});
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(1).known && poller.state(2).known && poller.state(3).known &&
                                     poller.state(4).known && poller.state(5).known,
                                 60000);
        QCOMPARE(int(poller.state(1).failure), int(ScrapeFailure::Dns));
        QVERIFY(poller.state(1).reason.contains(QStringLiteral("no-such-host.invalid")));
        QCOMPARE(int(poller.state(2).failure), int(ScrapeFailure::Refused));
        QCOMPARE(int(poller.state(3).failure), int(ScrapeFailure::Timeout));
        QVERIFY2(poller.state(3).reason.contains(QStringLiteral("within 1 s")),
                 qPrintable(poller.state(3).reason));
        QCOMPARE(int(poller.state(4).failure), int(ScrapeFailure::Http));
        QVERIFY2(poller.state(4).reason.contains(QStringLiteral("HTTP 404")),
                 qPrintable(poller.state(4).reason));
        QCOMPARE(int(poller.state(5).failure), int(ScrapeFailure::Credential));
        QVERIFY(poller.state(5).reason.contains(QStringLiteral("some-key")));
        for (qint64 id = 1; id <= 5; ++id)
            QVERIFY(!poller.state(id).up);

        // Down targets back off: the next scrape is not sooner than half the doubled interval.
        QTRY_VERIFY_WITH_TIMEOUT(poller.state(2).failures >= 2, 30000);
        const TargetState s = poller.state(2);
        QVERIFY(s.nextScrapeMs - s.lastScrapeMs >= 1000);
        qDeleteAll(held);
    }

    void aTargetRemovedIsNoLongerScraped()
    {
        auto gateway = startGateway(QStringLiteral("127.0.0.1:0"));
        const quint16 port = gateway->waitForPort();
        Poller poller(nullptr);
        QSignalSpy spy(&poller, &Poller::reported);
        poller.setTargets({target(7, QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port)), 1000)});
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 30000);
        poller.setTargets({});
        QCOMPARE(poller.targets().size(), 0);
        QTest::qWait(100); // a report already queued from the worker is dropped, not delivered
        const auto count = spy.count();
        QTest::qWait(2500);
        QCOMPARE(spy.count(), count);
        QVERIFY(!poller.state(7).known);
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
