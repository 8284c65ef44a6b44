#include "gateway/config/GatewayConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::gateway;

namespace {

QString errorFor(const QByteArray& toml)
{
    try {
        parseGatewayConfig(toml.toStdString(), "gatehoused.toml");
    } catch (const ConfigError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(accepted)");
}

} // namespace

class TestGatewayConfig : public QObject
{
    Q_OBJECT

private slots:
    void emptyFileMeansDefaults()
    {
        const GatewayConfig config = parseGatewayConfig("", "gatehoused.toml");
        QCOMPARE(QString::fromStdString(config.server.listen.toString()), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(config.server.workers, 0U);
        QVERIFY(config.effectiveWorkers() >= 1);
        QVERIFY(config.log.access == AccessLogFormat::Text);
    }

    void readsAccessLogFormat()
    {
        QVERIFY(parseGatewayConfig("[log]\naccess = \"json\"\n", "g.toml").log.access ==
                AccessLogFormat::Json);
        QVERIFY(parseGatewayConfig("[log]\naccess = \"off\"\n", "g.toml").log.access == AccessLogFormat::Off);
        QVERIFY(parseGatewayConfig("[log]\naccess = \"text\"\n", "g.toml").log.access ==
                AccessLogFormat::Text);
    }

    void readsBodyLimits()
    {
        const GatewayConfig defaults = parseGatewayConfig("", "g.toml");
        QCOMPARE(defaults.limits.maxBodyBytes, std::size_t{1024 * 1024});
        QCOMPARE(defaults.limits.maxAdminBodyBytes, std::size_t{16 * 1024 * 1024});
        const GatewayConfig set =
            parseGatewayConfig("[limits]\nmax_body_bytes = 4096\nmax_admin_body_bytes = 65536\n", "g.toml");
        QCOMPARE(set.limits.maxBodyBytes, std::size_t{4096});
        QCOMPARE(set.limits.maxAdminBodyBytes, std::size_t{65536});
    }

    void readsServerSection()
    {
        const GatewayConfig config = parseGatewayConfig("# gateway\n"
                                                        "[server]\n"
                                                        "listen = \"[::1]:9090\"\n"
                                                        "workers = 3\n",
                                                        "gatehoused.toml");
        QCOMPARE(QString::fromStdString(config.server.listen.toString()), QStringLiteral("[::1]:9090"));
        QCOMPARE(config.server.workers, 3U);
        QCOMPARE(config.effectiveWorkers(), 3U);
    }

    void readsTlsFiles()
    {
        const GatewayConfig plain = parseGatewayConfig("[server]\nlisten = \"127.0.0.1:1\"\n", "g");
        QVERIFY(!plain.server.tls());
        const GatewayConfig config = parseGatewayConfig("[server]\n"
                                                        "tls_cert = \"/etc/gatehouse/cert.pem\"\n"
                                                        "tls_key = \"/etc/gatehouse/key.pem\"\n",
                                                        "gatehoused.toml");
        QVERIFY(config.server.tls());
        QCOMPARE(QString::fromStdString(config.server.tlsCert), QStringLiteral("/etc/gatehouse/cert.pem"));
        QCOMPARE(QString::fromStdString(config.server.tlsKey), QStringLiteral("/etc/gatehouse/key.pem"));
        QCOMPARE(QString::fromStdString(config.server.tlsWhere), QStringLiteral("gatehoused.toml:2:12"));
    }

    void readsUpstreamCaFile()
    {
        const GatewayConfig config = parseGatewayConfig("[[upstreams]]\n"
                                                        "name = \"secure\"\n"
                                                        "kind = \"openai\"\n"
                                                        "base_url = \"https://10.0.0.5:8443/v1/\"\n"
                                                        "ca_file = \"/etc/gatehouse/private-ca.pem\"\n",
                                                        "gatehoused.toml");
        QCOMPARE(config.routing.upstreams.size(), std::size_t{1});
        const UpstreamConfig& upstream = config.routing.upstreams.front();
        QCOMPARE(QString::fromStdString(upstream.baseUrl), QStringLiteral("https://10.0.0.5:8443/v1"));
        QCOMPARE(QString::fromStdString(upstream.caFile), QStringLiteral("/etc/gatehouse/private-ca.pem"));
    }

    void readsHealthChecks()
    {
        const GatewayConfig config = parseGatewayConfig(
            "[[upstreams]]\nname = \"checked\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
            "health_check = { path = \"/health\", interval_ms = 3000, timeout_ms = 1000, healthy_after = 3, "
            "unhealthy_after = 1 }\n"
            "[[upstreams]]\nname = \"defaults\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
            "health_check = {}\n"
            "[[upstreams]]\nname = \"unchecked\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n",
            "gatehoused.toml");
        const auto& checked = config.routing.upstreams.at(0).healthCheck;
        QVERIFY(checked.has_value());
        QCOMPARE(QString::fromStdString(checked->path), QStringLiteral("/health"));
        QCOMPARE(checked->interval.count(), 3000);
        QCOMPARE(checked->timeout.count(), 1000);
        QCOMPARE(checked->healthyAfter, 3U);
        QCOMPARE(checked->unhealthyAfter, 1U);
        const auto& defaults = config.routing.upstreams.at(1).healthCheck;
        QVERIFY(defaults.has_value());
        QCOMPARE(QString::fromStdString(defaults->path), QStringLiteral("/v1/models"));
        QCOMPARE(defaults->interval.count(), 5000);
        QCOMPARE(defaults->timeout.count(), 2000);
        QCOMPARE(defaults->healthyAfter, 2U);
        QCOMPARE(defaults->unhealthyAfter, 2U);
        QVERIFY(!config.routing.upstreams.at(2).healthCheck.has_value());
    }

    void readsDottedAndInlineForms()
    {
        QCOMPARE(parseGatewayConfig("server.workers = 2\n", "g").server.workers, 2U);
        QCOMPARE(parseGatewayConfig("server = { listen = \"127.0.0.1:1\" }\n", "g").server.listen.port, 1);
    }

    void errorsNameFileLineColumnAndKey_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QStringList>("mentions");

        QTest::newRow("unknown key") << QByteArray("[server]\nlisten = \"127.0.0.1:1\"\nlisen = \"x\"\n")
                                     << QStringList{"gatehoused.toml:3:1:", "unknown key 'server.lisen'",
                                                    "listen"};
        QTest::newRow("unknown table") << QByteArray("\n[servre]\nlisten = \"127.0.0.1:1\"\n")
                                       << QStringList{"gatehoused.toml:2:2:", "unknown table [servre]"};
        QTest::newRow("unknown top-level key") << QByteArray("listen = \"127.0.0.1:1\"\n")
                                               << QStringList{"gatehoused.toml:1:1:", "unknown key 'listen'"};
        QTest::newRow("listen not a string")
            << QByteArray("[server]\nlisten = 8080\n")
            << QStringList{"gatehoused.toml:2:10:", "server.listen", "an integer"};
        QTest::newRow("listen not an address")
            << QByteArray("[server]\nlisten = \"localhost:80\"\n")
            << QStringList{"gatehoused.toml:2:10:", "server.listen", "'localhost:80'"};
        QTest::newRow("workers not an integer")
            << QByteArray("[server]\nworkers = \"4\"\n")
            << QStringList{"gatehoused.toml:2:11:", "server.workers", "a string"};
        QTest::newRow("log access unknown")
            << QByteArray("\n[log]\naccess = \"yaml\"\n")
            << QStringList{"gatehoused.toml:3:10:", "log.access", "\"yaml\"", "\"json\""};
        QTest::newRow("log unknown key") << QByteArray("[log]\nformat = \"json\"\n")
                                         << QStringList{"gatehoused.toml:2:1:", "log.format", "access"};
        QTest::newRow("workers negative") << QByteArray("[server]\nworkers = -1\n")
                                          << QStringList{"gatehoused.toml:2:11:", "server.workers", "-1"};
        QTest::newRow("workers too many") << QByteArray("[server]\nworkers = 100000\n")
                                          << QStringList{"gatehoused.toml:2:11:", "server.workers", "100000"};
        QTest::newRow("redis password from two places")
            << QByteArray(
                   "[cache]\nbackend = \"redis\"\nredis_password_env = \"A\"\nredis_password_file = \"/p\"\n")
            << QStringList{"gatehoused.toml:", "one of redis_password_env or redis_password_file"};
        QTest::newRow("redis user without password")
            << QByteArray("[cache]\nbackend = \"redis\"\nredis_username = \"gw\"\n")
            << QStringList{"gatehoused.toml:",
                           "redis_username needs redis_password_env or redis_password_file"};
        QTest::newRow("redis password file empty name")
            << QByteArray("[cache]\nredis_password_file = \"\"\n")
            << QStringList{"gatehoused.toml:2:23:", "cache.redis_password_file must not be empty"};
        QTest::newRow("server not a table") << QByteArray("server = \"127.0.0.1:1\"\n")
                                            << QStringList{"gatehoused.toml:1:10:", "must be a table"};
        QTest::newRow("tls_cert without tls_key")
            << QByteArray("[server]\ntls_cert = \"/c.pem\"\n")
            << QStringList{"gatehoused.toml:2:12:", "needs both tls_cert and tls_key", "tls_key is missing"};
        QTest::newRow("tls_key without tls_cert")
            << QByteArray("[server]\n\ntls_key = \"/k.pem\"\n")
            << QStringList{"gatehoused.toml:3:11:", "needs both tls_cert and tls_key", "tls_cert is missing"};
        QTest::newRow("tls_cert empty")
            << QByteArray("[server]\ntls_cert = \"\"\ntls_key = \"/k.pem\"\n")
            << QStringList{"gatehoused.toml:2:12:", "server.tls_cert", "PEM file"};
        QTest::newRow("tls_key not a string") << QByteArray("[server]\ntls_cert = \"/c.pem\"\ntls_key = 1\n")
                                              << QStringList{"gatehoused.toml:3:11:", "server.tls_key"};
        QTest::newRow("ca_file on an http upstream")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "ca_file = \"/ca.pem\"\n")
            << QStringList{"gatehoused.toml:5:11:", "upstream 'u'",
                           "ca_file applies only to an https:// base_url"};
        QTest::newRow("ca_file on a demo upstream")
            << QByteArray("[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nca_file = \"/ca.pem\"\n")
            << QStringList{"gatehoused.toml:4:11:", "ca_file does not apply to kind = \"demo\""};
        QTest::newRow("ca_file empty")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"https://h/v1\"\n"
                          "ca_file = \"\"\n")
            << QStringList{"gatehoused.toml:5:11:", "upstreams[0].ca_file", "PEM file"};
        QTest::newRow("health_check unknown key")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "health_check = { path = \"/v1/models\", every_ms = 5 }\n")
            << QStringList{"gatehoused.toml:5:", "unknown key 'upstreams[0].health_check.every_ms'",
                           "interval_ms"};
        QTest::newRow("health_check relative path")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "health_check = { path = \"v1/models\" }\n")
            << QStringList{"gatehoused.toml:5:", "upstreams[0].health_check.path", "absolute path"};
        QTest::newRow("health_check timeout longer than interval")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "health_check = { interval_ms = 1000, timeout_ms = 2000 }\n")
            << QStringList{"gatehoused.toml:5:",
                           "timeout_ms (2000) must not be longer than interval_ms (1000)"};
        QTest::newRow("health_check zero passes")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "health_check = { healthy_after = 0 }\n")
            << QStringList{"gatehoused.toml:5:", "upstreams[0].health_check.healthy_after"};
        QTest::newRow("health_check not a table")
            << QByteArray("[[upstreams]]\nname = \"u\"\nkind = \"openai\"\nbase_url = \"http://h/v1\"\n"
                          "health_check = true\n")
            << QStringList{"gatehoused.toml:5:", "upstreams[0].health_check must be a table"};
        QTest::newRow("health_check on a demo upstream")
            << QByteArray("[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nhealth_check = {}\n")
            << QStringList{"gatehoused.toml:4:", "health_check does not apply to kind = \"demo\""};
        QTest::newRow("syntax error")
            << QByteArray("[server]\nlisten = \n") << QStringList{"gatehoused.toml:2:"};
        QTest::newRow("unclosed table") << QByteArray("[server\n") << QStringList{"gatehoused.toml:1:"};
        QTest::newRow("key with a newline") << QByteArray("[server]\n\"work\\ners\" = 1\n")
                                            << QStringList{"gatehoused.toml:2:1", "work\\ners"};
    }

    void errorsNameFileLineColumnAndKey()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QStringList, mentions);

        const QString message = errorFor(toml);
        for (const QString& mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
    }

    // Found by tests/fuzz/gateway_config: toml++ quotes the text it saw, line end included, and
    // the message came out on two lines. Replays the inputs kept in tests/fuzz/regressions.
    void errorsStayOneLineWhateverTheyQuote_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mention");
        QTest::newRow("bad boolean") << QStringLiteral("parse-error-quotes-a-newline-minimal.toml")
                                     << QStringLiteral("gatehoused.toml:1:8: ");
        QTest::newRow("bad boolean in the example config")
            << QStringLiteral("parse-error-quotes-a-newline.toml") << QStringLiteral("gatehoused.toml:");
    }

    void errorsStayOneLineWhateverTheyQuote()
    {
        QFETCH(QString, input);
        QFETCH(QString, mention);
        QFile file(qEnvironmentVariable("GATEHOUSE_SOURCE_DIR") +
                   QStringLiteral("/tests/fuzz/regressions/gateway_config/") + input);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));

        const QString message = errorFor(file.readAll());
        QVERIFY2(message.contains(mention), qPrintable(message));
        QVERIFY2(!message.contains('\n') && !message.contains('\r'), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("\\n")), qPrintable(message)); // the quoted line end, escaped
    }

    void loadsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gatehoused.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\nlisten = \"127.0.0.1:7070\"\n");
        file.close();

        const GatewayConfig config = loadGatewayConfig(path.toStdString());
        QCOMPARE(config.server.listen.port, 7070);
    }

    void missingFileNamesPathAndCause()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.toml"));
        try {
            loadGatewayConfig(path.toStdString());
            QFAIL("loaded a missing file");
        } catch (const ConfigError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path + ": "), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("No such file")), qPrintable(message));
        }
    }

    void errorsInFilesNameThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\n\nworkerz = 2\n");
        file.close();
        try {
            loadGatewayConfig(path.toStdString());
            QFAIL("loaded a bad file");
        } catch (const ConfigError& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path + ":3:1: "), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("server.workerz")), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayConfig)
#include "tst_gatewayconfig.moc"
