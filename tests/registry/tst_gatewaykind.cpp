#include "core/registry/GatewayKind.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(gatehouse::GatewayKind)

using namespace gatehouse;

class TestGatewayKind : public QObject
{
    Q_OBJECT

private slots:
    void idsAreStableAndRoundTrip()
    {
        // These ids are on disk and in scripts: changing one loses users' profiles.
        QCOMPARE(gatewayKindIds(), QStringList({"gatehouse", "openai", "litellm", "vllm", "llamacpp",
                                                "ollama", "kong", "bifrost", "tensorzero", "prometheus"}));
        QSet<QString> names;
        for (GatewayKind kind : allGatewayKinds()) {
            QCOMPARE(gatewayKindFromId(gatewayKindId(kind)), std::optional<GatewayKind>(kind));
            QVERIFY(!gatewayKindDisplayName(kind).isEmpty());
            names.insert(gatewayKindDisplayName(kind));
        }
        QCOMPARE(names.size(), allGatewayKinds().size());
        QCOMPARE(gatewayKindDisplayName(GatewayKind::LlamaCpp), QStringLiteral("llama.cpp server"));
    }

    void unknownIdsAreRefusedAndCaseDoesNotMatter()
    {
        QCOMPARE(gatewayKindFromId(QStringLiteral("vLLM")), std::optional<GatewayKind>(GatewayKind::Vllm));
        QVERIFY(!gatewayKindFromId(QStringLiteral("nginx")));
        QVERIFY(!gatewayKindFromId(QString()));
    }

    void capabilities()
    {
        QVERIFY(kindSpeaksChat(GatewayKind::Gatehouse));
        QVERIFY(kindSpeaksChat(GatewayKind::Ollama));
        QVERIFY(!kindSpeaksChat(GatewayKind::PrometheusServer));
        QVERIFY(kindHasAdminApi(GatewayKind::Gatehouse));
        QVERIFY(!kindHasAdminApi(GatewayKind::LiteLlm));
        QVERIFY(!kindHasMetrics(GatewayKind::Ollama));
        QVERIFY(kindHasMetrics(GatewayKind::Vllm));
    }

    void suggestsMetricsUrl_data()
    {
        QTest::addColumn<GatewayKind>("kind");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("metrics");
        QTest::newRow("gatehouse") << GatewayKind::Gatehouse << "https://gw.example.com/v1"
                                   << "https://gw.example.com/metrics";
        QTest::newRow("vllm keeps port") << GatewayKind::Vllm << "http://10.0.0.5:8000/v1"
                                         << "http://10.0.0.5:8000/metrics";
        QTest::newRow("llama.cpp") << GatewayKind::LlamaCpp << "http://localhost:8080/v1"
                                   << "http://localhost:8080/metrics";
        QTest::newRow("litellm trailing slash") << GatewayKind::LiteLlm << "http://litellm:4000"
                                                << "http://litellm:4000/metrics/";
        QTest::newRow("ollama has none") << GatewayKind::Ollama << "http://localhost:11434/v1"
                                         << "";
        QTest::newRow("openai has none") << GatewayKind::OpenAiCompatible << "https://api.openai.com/v1"
                                         << "";
        QTest::newRow("prometheus root") << GatewayKind::PrometheusServer << "http://prom:9090/"
                                         << "http://prom:9090";
        QTest::newRow("prometheus prefix")
            << GatewayKind::PrometheusServer << "https://mon.example.com/prometheus/"
            << "https://mon.example.com/prometheus";
        QTest::newRow("query dropped") << GatewayKind::Vllm << "http://h:8000/v1?x=1"
                                       << "http://h:8000/metrics";
        QTest::newRow("no host") << GatewayKind::Vllm << "/v1"
                                 << "";
    }

    void suggestsMetricsUrl()
    {
        QFETCH(GatewayKind, kind);
        QFETCH(QString, base);
        QFETCH(QString, metrics);
        QCOMPARE(suggestedMetricsUrl(kind, QUrl(base)).toString(), metrics);
    }

    void examplesAreUsableUrls()
    {
        for (GatewayKind kind : allGatewayKinds()) {
            const QUrl example(exampleBaseUrl(kind));
            QVERIFY2(example.isValid() && !example.host().isEmpty(), qPrintable(gatewayKindId(kind)));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayKind)
#include "tst_gatewaykind.moc"
