// The local gateway's providers file and the gatehoused config the console writes from it: the
// text must be accepted by gatehoused's own config parser, name keys only by their pipe names, and
// keep bad provider entries out with a sentence that says which.
#include "core/localgateway/LocalGatewayConfig.h"
#include "core/localgateway/ProviderUpstream.h"
#include "gateway/config/GatewayConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

ProviderUpstream provider(const QString& name, const QStringList& models, const QString& secret = {})
{
    ProviderUpstream p;
    p.name = name;
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    p.models = models;
    p.secretName = secret;
    return p;
}

} // namespace

class TestLocalGatewayConfig : public QObject
{
    Q_OBJECT

private slots:
    void demoOnlyConfigIsValid()
    {
        const QByteArray toml =
            localGatewayToml({}, QStringLiteral("/home/ann/.local/share/Gatehouse/local-gateway/state"));
        const auto config = gateway::parseGatewayConfig(toml.toStdString(), "local.toml");
        QCOMPARE(config.routing.upstreams.size(), std::size_t{1});
        QCOMPARE(config.routing.upstreams.front().kind, gateway::UpstreamConfig::Kind::Demo);
        QCOMPARE(config.routing.models.front().name, std::string("gatehouse-demo"));
        QCOMPARE(config.admin.tokenSecret, localAdminTokenSecretName().toStdString());
        QCOMPARE(config.state.dir->string(),
                 std::string("/home/ann/.local/share/Gatehouse/local-gateway/state"));
    }

    void providersBecomeUpstreamsAndModels()
    {
        ProviderUpstream azure = provider("azure-eu", {"gpt-4o", "o3-mini"}, "azure-key");
        azure.auth = ProviderUpstream::Auth::ApiKey;
        const QList<ProviderUpstream> providers{provider("openai", {"gpt-4o"}, "openai-key"), azure,
                                                provider("ollama", {"llama3.2"})};
        const QByteArray toml = localGatewayToml(providers, QStringLiteral("C:\\Users\\ann \"x\"\\state"));
        const auto config = gateway::parseGatewayConfig(toml.toStdString(), "local.toml");
        QCOMPARE(config.state.dir->string(), std::string("C:\\Users\\ann \"x\"\\state"));
        QCOMPARE(config.routing.upstreams.size(), std::size_t{4});
        const auto& openai = config.routing.upstreams[1];
        QCOMPARE(openai.name, std::string("openai"));
        QCOMPARE(openai.baseUrl, std::string("https://api.example.com/v1"));
        QCOMPARE(openai.apiKeySecret, std::string("provider-openai"));
        QCOMPARE(config.routing.upstreams[2].auth, gateway::UpstreamConfig::Auth::ApiKey);
        QVERIFY(config.routing.upstreams[3].apiKeySecret.empty()); // a local model server needs no key
        // gpt-4o is served by both, balanced; each model once.
        QCOMPARE(config.routing.models.size(), std::size_t{4});
        const auto& gpt = config.routing.models[1];
        QCOMPARE(gpt.name, std::string("gpt-4o"));
        QCOMPARE(gpt.members.size(), std::size_t{2});
        QCOMPARE(gpt.members[0].upstream, std::string("openai"));
        QCOMPARE(gpt.members[1].upstream, std::string("azure-eu"));
        QVERIFY(!toml.contains("openai-key")); // only pipe names, never keychain names or values
    }

    void providersRoundTripThroughTheirFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("providers.json");
        QString error;
        QCOMPARE(loadProviders(file, &error)->size(), 0); // no file yet: no providers
        ProviderUpstream azure = provider("azure-eu", {"gpt-4o"}, "azure");
        azure.auth = ProviderUpstream::Auth::ApiKey;
        const QList<ProviderUpstream> saved{provider("openai", {"gpt-4o", "o3"}, "openai"), azure};
        QCOMPARE(saveProviders(file, saved), QString());
        const auto loaded = loadProviders(file, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, saved);
    }

    void badProvidersAreNamed()
    {
        QVERIFY(provider("ok", {"m"}).problem().isEmpty());
        QVERIFY(provider("demo", {"m"}).problem().contains("built-in demo"));
        QVERIFY(provider("with space", {"m"}).problem().contains("with space"));
        QVERIFY(provider("x", {}).problem().contains("at least one model"));
        ProviderUpstream ftp = provider("x", {"m"});
        ftp.baseUrl = QUrl("ftp://example.com");
        QVERIFY(ftp.problem().contains("http://"));

        QTemporaryDir dir;
        const QString file = dir.filePath("providers.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "{\"providers\": [{\"name\": \"demo\", \"base_url\": \"https://a/v1\", \"models\": [\"m\"]}]}");
        out.close();
        QString error;
        QVERIFY(!loadProviders(file, &error));
        QVERIFY2(error.startsWith(file) && error.contains("built-in demo"), qPrintable(error));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("{\"providers\": [");
        out.close();
        QVERIFY(!loadProviders(file, &error));
        QVERIFY2(error.contains("not valid JSON"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLocalGatewayConfig)
#include "tst_localgatewayconfig.moc"
