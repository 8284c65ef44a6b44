#include "core/database/ConsoleDatabase.h"
#include "core/localgateway/LocalGateway.h"
#include "core/localgateway/LocalGatewayEntry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/GatehousedProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    // A provider's key goes from the keychain to gatehoused through its stdin: the gateway starts
    // only when the secret named in its config arrived, the admin token it got works, and neither
    // shows up in argv, the environment, the written config or the log.
    void pipesProviderKeysAndTheAdminToken()
    {
        QTemporaryDir upstreamDir;
        QFile upstreamConfig(upstreamDir.filePath("upstream.toml"));
        QVERIFY(upstreamConfig.open(QIODevice::WriteOnly));
        upstreamConfig.write("[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\n\n"
                             "[[models]]\nname = \"remote-chat\"\nupstreams = [\"d\"]\n");
        upstreamConfig.close();
        test::GatehousedProcess upstream(QStringLiteral(GATEHOUSED_PATH),
                                         {"--config", upstreamConfig.fileName(), "--listen", "127.0.0.1:0"});
        const QString upstreamUrl = upstream.baseUrl();
        QVERIFY2(!upstreamUrl.isEmpty(), qPrintable(upstream.log()));

        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        SecretCatalog catalog(db);
        SecretStore secrets(catalog);
        const QByteArray providerKey = "sk-test-Piped7kQ2wZr9";
        std::optional<SecretError> written;
        secrets.write("remote-provider", providerKey, SecretKind::ProviderKey,
                      [&](const SecretError& e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 45000);
        QVERIFY2(!*written, qPrintable(written->message));

        LocalGateway gateway;
        const QString data = QDir::home().filePath(QStringLiteral("local-gateway-piped"));
        gateway.setDataDirectory(data);
        QVERIFY(QDir().mkpath(data));
        ProviderUpstream remote;
        remote.name = QStringLiteral("remote");
        remote.baseUrl = QUrl(upstreamUrl);
        remote.secretName = QStringLiteral("remote-provider");
        remote.models = QStringList{QStringLiteral("remote-chat")};
        QCOMPARE(saveProviders(gateway.providersFile(), {remote}), QString());

        // Without a keychain the provider cannot start: said plainly.
        gateway.start();
        QCOMPARE(gateway.state(), LocalGateway::State::Failed);
        QVERIFY2(gateway.problem().contains("\"remote\""), qPrintable(gateway.problem()));

        gateway.setSecretStore(&secrets);
        gateway.start();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Running, 60000);
        QVERIFY(!gateway.adminToken().isEmpty());

        // The admin API opens with the piped token, and lists both models.
        QNetworkAccessManager network;
        QNetworkRequest info(QUrl(gateway.adminUrl().toString() + QStringLiteral("/info")));
        info.setRawHeader("Authorization", "Bearer " + gateway.adminToken());
        QNetworkReply* reply = network.get(info);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        delete reply;
        QVERIFY2(body.contains("remote-chat") && body.contains("gatehouse-demo"), body.constData());

        // A chat through the provider reaches the upstream gatehoused.
        QNetworkRequest chat(QUrl(gateway.baseUrl().toString() + QStringLiteral("/chat/completions")));
        chat.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        reply = network.post(
            chat, "{\"model\":\"remote-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        QSignalSpy chatDone(reply, &QNetworkReply::finished);
        QVERIFY(chatDone.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        // Nowhere on the way: argv, environment, the config file, the log.
        const QByteArray pid = QByteArray::number(gateway.processId());
        for (const char* what : {"cmdline", "environ"}) {
            QFile proc("/proc/" + pid + "/" + what);
            QVERIFY(proc.open(QIODevice::ReadOnly));
            const QByteArray content = proc.readAll();
            QVERIFY2(!content.contains(providerKey), what);
            QVERIFY2(!content.contains(gateway.adminToken()), what);
        }
        QFile config(data + QStringLiteral("/gatehoused.toml"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray configText = config.readAll();
        QVERIFY(configText.contains("api_key_secret = \"provider-remote\""));
        QVERIFY(!configText.contains(providerKey));
        const QString log = gateway.log().join('\n');
        QVERIFY(!log.contains(QString::fromLatin1(providerKey)));
        QVERIFY(!log.contains(QString::fromLatin1(gateway.adminToken())));

        gateway.stop();
        QTRY_COMPARE_WITH_TIMEOUT(gateway.state(), LocalGateway::State::Stopped, 20000);
        QVERIFY(gateway.adminToken().isEmpty());
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
        QCOMPARE(entry->adminUrl, gateway.adminUrl());
        QCOMPARE(entry->adminTokenSecret, localGatewayAdminSecretName());
        QCOMPARE(registry.list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalGateway)
#include "tst_localgateway.moc"
