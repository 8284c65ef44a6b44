// Active health checks between real gatehoused processes on 127.0.0.1: a gateway checks its
// upstream (another gatehoused on the demo provider) with GET /v1/models; when the upstream is
// killed it leaves the pool (/readyz, gatehouse_upstream_up, requests), and when it is started
// again on the same port it comes back.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

using namespace gatehouse::test;

// Safety limit only: conditions are polled, never waited for a fixed time.
constexpr int conditionTimeoutMs = 60000;

std::unique_ptr<GatehousedProcess> startDemo(quint16 port)
{
    return std::make_unique<GatehousedProcess>(
        QStringLiteral(GATEHOUSED_PATH),
        QStringList{"--demo", "--listen", QStringLiteral("127.0.0.1:%1").arg(port), "--workers", "1"});
}

bool eventually(const std::function<bool()>& condition)
{
    const QDeadlineTimer deadline(conditionTimeoutMs);
    while (!deadline.hasExpired()) {
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return condition();
}

QByteArray chatBody()
{
    return QJsonDocument(
               QJsonObject{{"model", "checked"},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Hi"}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestGatehousedHealth : public QObject
{
    Q_OBJECT

private slots:
    void killedUpstreamLeavesAndComesBack()
    {
        QTemporaryDir dir;
        auto upstream = startDemo(0);
        const quint16 upstreamPort = upstream->waitForPort();
        QVERIFY2(upstreamPort != 0, qPrintable(upstream->log()));

        const QString config = writeFile(
            dir, "gatehoused.toml",
            "[[upstreams]]\nname = \"local\"\nkind = \"openai\"\nbase_url = \"http://127.0.0.1:" +
                QByteArray::number(upstreamPort) +
                "/v1\"\nhealth_check = { path = \"/v1/models\", interval_ms = 1000, timeout_ms = 1000, "
                "healthy_after = 2, unhealthy_after = 2 }\n\n"
                "[[models]]\nname = \"checked\"\nupstreams = [{ name = \"local\", model = \"gatehouse-demo\" "
                "}]\n");
        GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config", config, "--listen", "127.0.0.1:0", "--workers", "2"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port != 0, qPrintable(gateway.log()));
        QCOMPARE(request(port, "GET", "/readyz").status, 200);
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody()).status, 200);

        // Killed: the checks fail and take it out, with no request needed to notice.
        upstream.reset();
        QVERIFY2(gateway.waitForLog({"upstream 'local' is unhealthy", "GET /v1/models"}, conditionTimeoutMs),
                 qPrintable(gateway.log().right(1500)));
        const HttpResult notReady = request(port, "GET", "/readyz");
        QCOMPARE(notReady.status, 503);
        QVERIFY2(notReady.errorField("message").toString().contains("local"), notReady.body.constData());
        QVERIFY(
            request(port, "GET", "/metrics").body.contains("gatehouse_upstream_up{upstream=\"local\"} 0"));
        const HttpResult refused = request(port, "POST", "/v1/chat/completions", chatBody());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorField("code").toString(), QStringLiteral("upstream_unavailable"));

        // Started again on the same port: two passing checks bring it back.
        upstream = startDemo(upstreamPort);
        QVERIFY2(upstream->waitForPort() == upstreamPort, qPrintable(upstream->log()));
        QVERIFY2(gateway.waitForLog({"upstream 'local' is healthy again"}, conditionTimeoutMs),
                 qPrintable(gateway.log().right(1500)));
        QVERIFY(eventually([&] { return request(port, "GET", "/readyz").status == 200; }));
        QVERIFY(
            request(port, "GET", "/metrics").body.contains("gatehouse_upstream_up{upstream=\"local\"} 1"));
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestGatehousedHealth)
#include "tst_gatehousedhealth.moc"
