// The routes gatehoused serves, read from the Router that runGateway builds (GatewayRoutes), against
// the operations docs/openapi.yaml documents: a route served but not documented would escape the
// authorization matrix (tst_adminauthorization walks the document), and a documented one not
// served would be a broken promise. The client API outside /admin/v1 is a short fixed list here,
// so that a new public route is a decision someone makes, not an accident.

#include "gateway/GatewayRoutes.h"
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/AccessKeyStore.h"
#include "gateway/config/GatewayConfig.h"
#include "gateway/metrics/GatewayMetrics.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/pipeline/ChatPipeline.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/rules/LiveRuleSet.h"
#include "gateway/upstream/UpstreamFactory.h"
#include "tests/support/OpenApiContract.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sstream>

using namespace gatehouse::gateway;

namespace {

// The OpenAI-compatible client API and the operational endpoints; none of them is in the admin
// document, and each one's access rules are tested where it is (tst_gatehousedaccesskeys,
// tst_accesskeyscope, tst_gatehousedmetrics).
const QStringList clientOperations{"GET /healthz", "GET /metrics", "GET /readyz", "GET /v1/models",
                                   "POST /v1/chat/completions"};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The real parts a Router is built over, on a throwaway state directory.
struct ServingParts
{
    explicit ServingParts(const QString& stateDir, const std::string& extraToml = {})
        : config(parseGatewayConfig(extraToml + "\n[state]\ndir = \"" + stateDir.toStdString() +
                                        "\"\n\n[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\n\n"
                                        "[[models]]\nname = \"chat\"\nupstreams = [\"demo\"]\n",
                                    "test.toml"))
        , pool(config.routing, makeUpstream)
        , rules(std::filesystem::path(stateDir.toStdString()) / "state.db")
        , keys(std::make_unique<access::AccessKeyStore>(std::filesystem::path(stateDir.toStdString()) /
                                                        "state.db"),
               std::nullopt)
        , admin(std::string("admin-token-for-routes"))
        , pipeline(ChatPipeline::standard(log, keys, rules.holder(), &metrics, nullptr))
    {}

    std::ostringstream log;
    GatewayConfig config;
    UpstreamPool pool;
    LiveRuleSet rules;
    access::AccessKeyRegistry keys;
    AdminAuthenticator admin;
    metrics::GatewayMetrics metrics;
    ChatPipeline pipeline;
};

QStringList operationsOf(const Router& router)
{
    QStringList operations;
    for (const std::string& operation : router.operations())
        operations << QString::fromStdString(operation);
    return operations;
}

} // namespace

class TestServedRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_contract.isValid(), qPrintable(m_contract.loadError()));
        QVERIFY(m_contract.operations().size() >= 20);
    }

    void theRouterServesExactlyTheDocumentedAdminApi()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServingParts parts(dir.path());
        const Router router = makeRouter(parts.config, parts.pool, parts.pipeline, parts.metrics, parts.admin,
                                         parts.keys, parts.rules, nullptr);
        QStringList admin;
        QStringList client;
        for (const QString& operation : operationsOf(router))
            (operation.section(' ', 1).startsWith("/admin/") ? admin : client) << operation;

        // An operation may be served under a second spelling its description names.
        const QMap<QString, QString> aliases = m_contract.aliases();
        const QStringList documented = sorted(m_contract.operations() + aliases.keys());
        QStringList servedNotDocumented;
        for (const QString& operation : std::as_const(admin)) {
            if (!documented.contains(operation))
                servedNotDocumented << operation;
        }
        QStringList documentedNotServed;
        for (const QString& operation : documented) {
            if (!admin.contains(operation))
                documentedNotServed << operation;
        }
        QVERIFY2(servedNotDocumented.isEmpty(),
                 qPrintable("served but not in docs/openapi.yaml: " + servedNotDocumented.join(", ")));
        QVERIFY2(documentedNotServed.isEmpty(),
                 qPrintable("in docs/openapi.yaml but not served: " + documentedNotServed.join(", ")));
        QCOMPARE(sorted(admin), documented);
        QCOMPARE(sorted(client), sorted(clientOperations));
    }

    void aSeparateAdminAddressServesTheSameAdminApi()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile token(dir.filePath("admin-token"));
        QVERIFY(token.open(QIODevice::WriteOnly) && token.write("admin-token-for-routes\n") > 0);
        token.close();
        ServingParts parts(dir.path(), "[admin]\nlisten = \"127.0.0.1:0\"\ntoken_file = \"" +
                                           token.fileName().toStdString() + "\"\n");
        QVERIFY(parts.config.admin.listen.has_value());
        // The client address then serves no admin route at all...
        const Router router = makeRouter(parts.config, parts.pool, parts.pipeline, parts.metrics, parts.admin,
                                         parts.keys, parts.rules, nullptr);
        QCOMPARE(sorted(operationsOf(router)), sorted(clientOperations));
        // ...and the admin address exactly the documented ones.
        Router adminRouter;
        addAdminRoutes(adminRouter, parts.config, parts.pool, parts.keys, parts.rules, nullptr, parts.admin);
        QCOMPARE(sorted(operationsOf(adminRouter)),
                 sorted(m_contract.operations() + m_contract.aliases().keys()));
    }

private:
    gatehouse::test::OpenApiContract m_contract{gatehouse::test::OpenApiContract::projectDocument()};
};

QTEST_GUILESS_MAIN(TestServedRoutes)
#include "tst_servedroutes.moc"
