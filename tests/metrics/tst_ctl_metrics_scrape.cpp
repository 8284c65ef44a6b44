#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

// gatehousectl metrics scrape against a small HTTP responder on 127.0.0.1 serving fixed
// expositions whose counters grow with every scrape: exact figures, every format and every error.
// tst_ctl_scrape_gatehoused runs the same command against a real gatehoused.
class TestCtlMetricsScrape : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    QTcpServer m_server;
    int m_requests = 0;
    QByteArray m_accept;
    // Given the 0-based scrape number: status line, content type, body. Empty status: never answer.
    std::function<std::tuple<QByteArray, QByteArray, QByteArray>(int)> m_respond;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_server.serverPort()); }

    // Runs gatehousectl while this process's event loop keeps serving HTTP.
    Run ctl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSECTL_PATH), args);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void serve(QTcpSocket* socket)
    {
        QByteArray request;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, request]() mutable {
            request += socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            for (const QByteArray& line : request.split('\n')) {
                if (line.toLower().startsWith("accept:"))
                    m_accept = line.mid(7).trimmed();
            }
            const auto [status, type, body] = m_respond(m_requests++);
            if (status.isEmpty())
                return;
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                          "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    static QByteArray gatehousedExposition(int n)
    {
        // Per scrape: 50 more requests, 5 of them 502s; 50 more observations, 40 at most 0.25 s.
        QByteArray text;
        text += "# TYPE gatehouse_requests_total counter\n";
        text += "gatehouse_requests_total{route=\"chat\",model=\"demo\",upstream=\"demo\",code=\"200\"} " +
                QByteArray::number(100 + 45 * n) + "\n";
        text += "gatehouse_requests_total{route=\"chat\",model=\"demo\",upstream=\"demo\",code=\"502\"} " +
                QByteArray::number(10 + 5 * n) + "\n";
        text += "# TYPE gatehouse_request_duration_seconds histogram\n";
        text += "gatehouse_request_duration_seconds_bucket{le=\"0.25\"} " + QByteArray::number(40 * n) + "\n";
        text += "gatehouse_request_duration_seconds_bucket{le=\"1\"} " + QByteArray::number(50 * n) + "\n";
        text += "gatehouse_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(50 * n) + "\n";
        text += "gatehouse_request_duration_seconds_count " + QByteArray::number(50 * n) + "\n";
        text += "gatehouse_request_duration_seconds_sum " + QByteArray::number(10 * n) + "\n";
        text += "# TYPE gatehouse_in_flight_requests gauge\ngatehouse_in_flight_requests 2\n";
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                serve(s);
        });
    }

    void init() { m_requests = 0; }

    void printsTheSignalsOfTheDetectedProfile()
    {
        m_respond = [](int n) {
            return std::make_tuple(QByteArray("200 OK"),
                                   QByteArray("text/plain; version=0.0.4; charset=utf-8"),
                                   gatehousedExposition(n));
        };
        const Run r = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                           QStringLiteral("--window"), QStringLiteral("300ms"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_requests, 2);
        QVERIFY2(m_accept.startsWith("application/openmetrics-text;version=1.0.0"), m_accept.constData());
        QVERIFY(m_accept.contains("text/plain;version=0.0.4"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("profile").toString(), QStringLiteral("gatehoused"));
        QCOMPARE(o.value("format").toString(), QStringLiteral("Prometheus text 0.0.4"));
        const QJsonObject s = o.value("signals").toObject();
        QVERIFY(s.value("request_rate").toDouble() > 0);
        // Ratios of increases do not depend on how long the window really was: 5 of 50, and the
        // p95 of 50 new observations (40 ≤ 0.25 s, 10 ≤ 1 s): 0.25 + 0.75 · (47.5 − 40) / 10.
        QCOMPARE(s.value("error_ratio").toDouble(), 0.1);
        QCOMPARE(s.value("error_ratio_5xx").toDouble(), 0.1);
        QCOMPARE(s.value("latency_p95").toDouble(), 0.8125);
        QCOMPARE(s.value("in_flight").toDouble(), 2.0);
        QVERIFY(s.value("ttft_p95").isNull()); // not exported: absent, not zero
        QVERIFY(s.value("error_rate_by_code").toObject().contains("502"));
    }

    void readsOpenMetricsByContentTypeAndPrintsATable()
    {
        m_respond = [](int n) {
            return std::make_tuple(QByteArray("200 OK"),
                                   QByteArray("application/openmetrics-text; version=1.0.0; charset=utf-8"),
                                   "# TYPE vllm:generation_tokens counter\n"
                                   "vllm:generation_tokens_total{model_name=\"m\"} " +
                                       QByteArray::number(1000 * n) +
                                       "\n# TYPE vllm:num_requests_running gauge\n"
                                       "vllm:num_requests_running{model_name=\"m\"} 3\n# EOF\n");
        };
        const Run r = ctl(
            {QStringLiteral("metrics"), QStringLiteral("scrape"), url(), QStringLiteral("--window=0.2s")});
        QCOMPARE(r.code, 2); // `--window=` is not a form this command takes
        const Run ok = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                            QStringLiteral("--window"), QStringLiteral("200ms")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QVERIFY2(ok.out.startsWith("profile  vllm (vLLM server)"), ok.out.constData());
        QVERIFY2(ok.out.contains("In flight                 3\n"), ok.out.constData());
        QVERIFY2(ok.out.contains("Output tokens/s"), ok.out.constData());
        QVERIFY2(ok.out.contains("Latency p95               —\n"), ok.out.constData());
    }

    void anyOtherExporterIsListedRaw()
    {
        m_respond = [](int) {
            return std::make_tuple(QByteArray("200 OK"), QByteArray("text/plain"),
                                   QByteArray("# TYPE go_goroutines gauge\ngo_goroutines 7\n"));
        };
        const Run r = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                           QStringLiteral("--window"), QStringLiteral("100ms")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("profile  raw (no profile fits; 1 families)\n  go_goroutines  gauge\n"),
                 r.out.constData());
    }

    void aForcedProfileIsUsedAndAnUnknownOneRefused()
    {
        m_respond = [](int n) {
            return std::make_tuple(QByteArray("200 OK"), QByteArray("text/plain"), gatehousedExposition(n));
        };
        const Run forced = ctl({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("scrape"),
                                url(), QStringLiteral("--window"), QStringLiteral("100ms"),
                                QStringLiteral("--profile"), QStringLiteral("litellm")});
        QCOMPARE(forced.code, 0);
        QCOMPARE(QJsonDocument::fromJson(forced.out).object().value("profile").toString(),
                 QStringLiteral("litellm"));
        const Run unknown = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                                 QStringLiteral("--profile"), QStringLiteral("nginx")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(
            unknown.err.startsWith("gatehousectl: --profile: no profile 'nginx' (known: auto, raw, bifrost"),
            unknown.err.constData());
    }

    void errorsAreOneLineAndExitNonZero()
    {
        m_respond = [](int) {
            return std::make_tuple(QByteArray("404 Not Found"), QByteArray("text/plain"), QByteArray("no\n"));
        };
        const Run missing = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url()});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.startsWith("gatehousectl: " + url().toUtf8() + " answered 404 Not Found"),
                 missing.err.constData());
        QCOMPARE(missing.err.count('\n'), 1);

        m_respond = [](int) {
            return std::make_tuple(QByteArray("200 OK"), QByteArray("text/plain"),
                                   QByteArray("up{job=x} 1\n"));
        };
        const Run bad = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url()});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("does not parse as Prometheus text 0.0.4: line 1, column"),
                 bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1);

        m_respond = [](int) { return std::make_tuple(QByteArray(), QByteArray(), QByteArray()); };
        const Run silent = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                                QStringLiteral("--timeout"), QStringLiteral("300ms")});
        QCOMPARE(silent.code, 1);
        QVERIFY2(silent.err.contains("did not answer within 0.3 s"), silent.err.constData());

        const Run noUrl = ctl({QStringLiteral("metrics"), QStringLiteral("scrape")});
        QCOMPARE(noUrl.code, 2);
        const Run badWindow = ctl({QStringLiteral("metrics"), QStringLiteral("scrape"), url(),
                                   QStringLiteral("--window"), QStringLiteral("soon")});
        QCOMPARE(badWindow.code, 2);
        QVERIFY2(badWindow.err.startsWith("gatehousectl: --window: expected a duration"),
                 badWindow.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCtlMetricsScrape)
#include "tst_ctl_metrics_scrape.moc"
