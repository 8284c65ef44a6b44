// The admin API's token check on a real gatehoused: GET /admin/v1/info needs the static bearer
// token that [admin] names, compared in full; errors are OpenAI-shaped; the token never shows up
// in responses or in the log.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

constexpr int ioTimeoutMs = 30000; // a safety limit only
const QByteArray token = "gh-admin-7Qm2vX9pL4sR8tY1";

HttpResult get(quint16 port, const QByteArray& path, const QByteArray& extraHeaders = {})
{
    return request(port, "GET", path, QByteArray(), extraHeaders);
}

// Every answer must be what docs/openapi.yaml promises for GET /admin/v1/info.
void verifyDocumented(const HttpResult& result)
{
    static const OpenApiContract contract(OpenApiContract::projectDocument());
    QVERIFY2(contract.isValid(), qPrintable(contract.loadError()));
    const QStringList problems = contract.check("GET", "/admin/v1/info", result.status, result.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void verifyError(const HttpResult& result, int status, const QString& code)
{
    QCOMPARE(result.status, status);
    verifyDocumented(result);
    const QJsonObject error = result.error();
    QCOMPARE(error.keys(), (QStringList{"code", "message", "param", "type"}));
    QCOMPARE(error.value("code").toString(), code);
    QVERIFY(!error.value("message").toString().isEmpty());
}

} // namespace

class TestGatehousedAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tokenFile = writeFile(m_dir, "admin-token", token + "\n");
        const QString config = writeFile(m_dir, "gateway.toml", R"(
[admin]
token_file = ")" + tokenFile.toUtf8() + R"("

[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0

[[models]]
name = "chat"
upstreams = ["fast"]
)");
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void refusesWithoutAToken()
    {
        const HttpResult result = get(m_port, "/admin/v1/info");
        verifyError(result, 401, "missing_admin_token");
        QVERIFY(result.headers.value("www-authenticate").toLower().startsWith("bearer"));
    }

    void refusesAWrongToken()
    {
        verifyError(get(m_port, "/admin/v1/info", "Authorization: Bearer wrong\r\n"), 401,
                    "invalid_admin_token");
        // A correct prefix or a longer token is still wrong: the whole token is compared.
        verifyError(get(m_port, "/admin/v1/info", "Authorization: Bearer " + token.left(10) + "\r\n"), 401,
                    "invalid_admin_token");
        verifyError(get(m_port, "/admin/v1/info", "Authorization: Bearer " + token + "x\r\n"), 401,
                    "invalid_admin_token");
        verifyError(get(m_port, "/admin/v1/info", "Authorization: Basic " + token + "\r\n"), 401,
                    "missing_admin_token");
    }

    void refusesAccessKeys()
    {
        // Whatever follows gk-, an access key never opens the admin API, and says why.
        const HttpResult result =
            get(m_port, "/admin/v1/info",
                "Authorization: Bearer gk-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n");
        verifyError(result, 403, "access_key_not_admin");
        QVERIFY(result.error().value("message").toString().contains("admin token"));
    }

    void infoWithTheRightToken()
    {
        const HttpResult result = get(m_port, "/admin/v1/info", "Authorization: Bearer " + token + "\r\n");
        QCOMPARE(result.status, 200);
        verifyDocumented(result);
        const QJsonObject info = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(info.value("version").toString(), QStringLiteral(GATEHOUSE_VERSION_STRING));
        QVERIFY(info.value("uptime_seconds").toDouble(-1) >= 0);
        QCOMPARE(result.headers.value("cache-control"), QByteArray("no-store"));
        const QJsonObject config = info.value("config").toObject();
        QCOMPARE(config.value("upstreams").toArray().at(0).toObject().value("name").toString(),
                 QString("fast"));
        QCOMPARE(config.value("models").toArray().at(0).toObject().value("name").toString(), QString("chat"));
        QVERIFY(!result.body.contains(token));
        QVERIFY(!result.body.contains("admin-token")); // not even where the token comes from
    }

    void adminApiIsOffWithoutAConfiguredToken()
    {
        gatehouse::test::GatehousedProcess demo(QStringLiteral(GATEHOUSED_PATH),
                                                QStringList{"--demo", "--listen", "127.0.0.1:0"});
        const quint16 port = demo.waitForPort();
        QVERIFY2(port != 0, qPrintable(demo.log().right(1200)));
        verifyError(get(port, "/admin/v1/info", "Authorization: Bearer " + token + "\r\n"), 403,
                    "admin_api_disabled");
    }

    void missingTokenVariableStopsTheStart()
    {
        const QString config = writeFile(m_dir, "unset.toml", R"(
[admin]
token_env = "GATEHOUSE_TEST_UNSET_ADMIN_TOKEN"
)");
        gatehouse::test::GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        QCOMPARE(gateway.waitForPort(), quint16(0));
        gateway.process().waitForFinished(ioTimeoutMs); // false when it had already exited
        QCOMPARE(gateway.process().state(), QProcess::NotRunning);
        QVERIFY(gateway.process().exitCode() != 0);
        QVERIFY2(gateway.log().contains("GATEHOUSE_TEST_UNSET_ADMIN_TOKEN"), qPrintable(gateway.log()));
    }

    void adminTokenMustNotLookLikeAnAccessKey()
    {
        const QString tokenFile = writeFile(m_dir, "gk-token", "gk-not-an-admin-token\n");
        const QString config =
            writeFile(m_dir, "gk.toml", "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n");
        gatehouse::test::GatehousedProcess gateway(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        QCOMPARE(gateway.waitForPort(), quint16(0));
        gateway.process().waitForFinished(ioTimeoutMs);
        QVERIFY(gateway.process().exitCode() != 0);
        QVERIFY2(gateway.log().contains("starts with gk-"), qPrintable(gateway.log()));
        QVERIFY(!gateway.log().contains("gk-not-an-admin-token"));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_gateway);
        m_gateway->stop();
        QVERIFY2(!m_gateway->log().contains(QString::fromUtf8(token)), "the admin token reached the log");
        m_gateway.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedAdmin)
#include "tst_gatehousedadmin.moc"
