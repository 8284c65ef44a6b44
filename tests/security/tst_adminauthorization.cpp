// The authorization matrix of a real gatehoused over real HTTP: every operation docs/openapi.yaml
// documents (so a new route is covered as soon as it is documented; tst_servedroutes checks that
// the Router serves exactly those) × every kind of credential a caller may send. Only the admin
// token opens the admin API; every refusal is an OpenAI-shaped error that docs/openapi.yaml
// documents for the operation. Also: what the admin token does on the client routes.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

// Test values, not real secrets.
const QByteArray adminToken = "gh-admin-Lq3nV8sK2wT6yB4r";

QByteArray bearer(const QByteArray& token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chatBody()
{
    return json(
        {{"model", "chat"}, {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Hello"}}}}});
}

// One kind of credential and what the admin API must answer it.
struct Credential
{
    QString name;
    QByteArray headers;
    QList<int> refusedWith; // empty: the admin token, which must get through
    QString code;           // the error code of the refusal, if fixed
};

QString describe(const HttpResult& result)
{
    return QStringLiteral("%1 %2").arg(result.status).arg(QString::fromUtf8(result.body.left(300)));
}

} // namespace

class TestAdminAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_contract.isValid(), qPrintable(m_contract.loadError()));
        const QString tokenFile = writeFile(m_dir, "admin-token", adminToken + "\n");
        const QString config = writeFile(
            m_dir, "gateway.toml",
            "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
                m_dir.filePath("state").toUtf8() +
                "\"\n\n[cache]\nenabled = true\n\n"
                "[[upstreams]]\nname = \"fast\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[models]]\nname = \"chat\"\nupstreams = [\"fast\"]\n");
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void adminTokenIsIgnoredOnClientRoutesWhileNoKeyExists()
    {
        // Without access keys the client API is anonymous: the admin token is no credential there,
        // it is ignored like any other non-gk- token, neither accepted as a key nor refused.
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions", chatBody(), bearer(adminToken));
        QVERIFY2(chat.status == 200, qPrintable(describe(chat)));
        // Served as anonymous: the access log names no key.
        QVERIFY(m_gateway->waitForLog({"POST /v1/chat/completions 200", "model=chat"}));
        QVERIFY(!m_gateway->log().contains("key="));
    }

    void createTheCallers()
    {
        m_clientKey = createKey("client", {});
        m_disabledKey = createKey("disabled", {});
        m_expiredKey = createKey("expired", {});
        m_target = createKey("target", {});
        QVERIFY(!m_clientKey.second.isEmpty() && !m_target.first.isEmpty());
        QCOMPARE(patchKey(m_disabledKey.first, json({{"enabled", false}})), 200);
        QCOMPARE(patchKey(m_expiredKey.first, json({{"expires_at", "2020-01-01T00:00:00Z"}})), 200);

        // Each key is what its name says, on the route keys are for.
        const auto chatWith = [this](const QByteArray& secret) {
            return request(m_port, "POST", "/v1/chat/completions", chatBody(), bearer(secret));
        };
        QCOMPARE(chatWith(m_clientKey.second).status, 200);
        QCOMPARE(chatWith(m_disabledKey.second).errorField("code").toString(), QString("disabled_api_key"));
        QCOMPARE(chatWith(m_expiredKey.second).errorField("code").toString(), QString("expired_api_key"));
    }

    void everyAdminOperationRefusesAllButTheAdminToken()
    {
        QByteArray sameLength = adminToken;
        sameLength[sameLength.size() - 1] = sameLength.endsWith('r') ? 's' : 'r';
        const QList<Credential> credentials{
            {"no Authorization", {}, {401}, "missing_admin_token"},
            {"a wrong token of the same length", bearer(sameLength), {401}, "invalid_admin_token"},
            {"the admin token with a character more", bearer(adminToken + "x"), {401}, "invalid_admin_token"},
            {"a prefix of the admin token",
             bearer(adminToken.left(adminToken.size() - 1)),
             {401},
             "invalid_admin_token"},
            {"an empty bearer token", "Authorization: Bearer \r\n", {401}, {}},
            {"the admin token in another scheme",
             "Authorization: Basic " + ("admin:" + adminToken).toBase64() + "\r\n",
             {401},
             "missing_admin_token"},
            {"the admin token in X-Api-Key",
             "X-Api-Key: " + adminToken + "\r\n",
             {401},
             "missing_admin_token"},
            {"a valid access key", bearer(m_clientKey.second), {401, 403}, {}},
            {"a disabled access key", bearer(m_disabledKey.second), {401, 403}, {}},
            {"an expired access key", bearer(m_expiredKey.second), {401, 403}, {}},
            {"the admin token", bearer(adminToken), {}, {}},
        };
        // The documented operations and the other spellings their descriptions name, each checked
        // against the documented operation's responses.
        const QMap<QString, QString> aliases = m_contract.aliases();
        QStringList operations = m_contract.operations() + aliases.keys();
        QVERIFY(operations.size() >= 20);
        // Deletions last, so that the key the others name is still there.
        std::stable_partition(operations.begin(), operations.end(),
                              [](const QString& operation) { return !operation.startsWith("DELETE "); });
        int cells = 0;
        for (const QString& operation : std::as_const(operations)) {
            const QByteArray method = operation.section(' ', 0, 0).toUtf8();
            const QString pathTemplate = aliases.value(operation, operation).section(' ', 1);
            QString concrete = operation.section(' ', 1);
            concrete.replace(QRegularExpression("\\{[^}]+\\}"), pathTemplate.startsWith("/admin/v1/keys/")
                                                                    ? QString::fromUtf8(m_target.first)
                                                                    : QStringLiteral("does-not-exist"));
            const QByteArray body =
                (method == "POST" || method == "PATCH" || method == "PUT") ? "{}" : QByteArray();
            for (const Credential& credential : credentials) {
                const QString what = operation + " with " + credential.name + ": ";
                const HttpResult result =
                    request(m_port, method, concrete.toUtf8(), body, credential.headers);
                ++cells;
                const QStringList problems =
                    m_contract.check(method, pathTemplate, result.status, result.body);
                QVERIFY2(problems.isEmpty(), qPrintable(what + problems.join("; ")));
                QCOMPARE(result.headers.value("cache-control"), QByteArray("no-store"));
                if (credential.refusedWith.isEmpty()) {
                    // Let through: whatever the operation then says (404 for the ids that do not
                    // exist), but not the Router's "no such endpoint" nor a wrong method.
                    QVERIFY2(result.status != 401 && result.status != 403 && result.status != 405 &&
                                 result.errorField("code").toString() != "not_found",
                             qPrintable(what + describe(result)));
                    continue;
                }
                QVERIFY2(credential.refusedWith.contains(result.status), qPrintable(what + describe(result)));
                // OpenAI's shape: exactly these four fields, a message saying what to do.
                QCOMPARE(result.error().keys(), (QStringList{"code", "message", "param", "type"}));
                QCOMPARE(result.errorField("type").toString(), QString("invalid_request_error"));
                QVERIFY(!result.errorField("message").toString().isEmpty());
                if (!credential.code.isEmpty())
                    QCOMPARE(result.errorField("code").toString(), credential.code);
                if (result.status == 401)
                    QCOMPARE(result.headers.value("www-authenticate"), QByteArray("Bearer"));
                // A refusal never echoes what was presented.
                QVERIFY2(!result.body.contains(adminToken) && !result.body.contains(sameLength) &&
                             !result.body.contains(m_clientKey.second.mid(3)),
                         qPrintable(what + "the refusal repeats the credential"));
            }
        }
        qInfo("authorization matrix: %lld operations x %lld credentials = %d requests",
              static_cast<long long>(operations.size()), static_cast<long long>(credentials.size()), cells);
        // The target key is gone only because the admin token deleted it.
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody(), bearer(m_target.second))
                     .errorField("code")
                     .toString(),
                 QString("invalid_api_key"));
    }

    void adminTokenIsNoAccessKeyOnceKeysExist()
    {
        // With keys the client API wants one; the admin token is refused like any stranger's token
        // and does not pass as a key.
        const HttpResult chat =
            request(m_port, "POST", "/v1/chat/completions", chatBody(), bearer(adminToken));
        QCOMPARE(chat.status, 401);
        QCOMPARE(chat.errorField("code").toString(), QString("invalid_api_key"));
        QVERIFY(!chat.body.contains(adminToken));
        const HttpResult models = request(m_port, "GET", "/v1/models", {}, bearer(adminToken));
        QCOMPARE(models.status, 401);
        QCOMPARE(models.errorField("code").toString(), QString("invalid_api_key"));
        QVERIFY(!models.body.contains("\"chat\""));
    }

    void createdRuleIdCannotSplitTheResponse()
    {
        // The one request value gatehoused copies into a response header is a created rule's id
        // (Location). An id with CR LF in it, percent-encoded in the path, must not become a header.
        const QByteArray rule = json({{"kind", "regex"}, {"pattern", "secret-word"}, {"action", "block"}});
        const HttpResult injected =
            request(m_port, "PUT", "/admin/v1/rules/a%0D%0AX-Injected:%20yes", rule, bearer(adminToken));
        QVERIFY2(injected.status == 400, qPrintable(describe(injected)));
        QVERIFY(!injected.headers.contains("x-injected"));
        QVERIFY(!injected.headers.contains("location"));
        // The same body under a proper id is created, with its Location.
        const HttpResult created =
            request(m_port, "PUT", "/admin/v1/rules/plain-id", rule, bearer(adminToken));
        QVERIFY2(created.status == 201, qPrintable(describe(created)));
        QCOMPARE(created.headers.value("location"), QByteArray("/admin/v1/rules/plain-id"));
    }

    void cleanupTestCase()
    {
        if (m_gateway) {
            QCOMPARE(m_gateway->stop(), 0);
            QVERIFY2(!m_gateway->log().contains(QString::fromUtf8(adminToken)),
                     "the admin token reached the log");
        }
    }

private:
    // {id, secret} of a new access key.
    std::pair<QByteArray, QByteArray> createKey(const QString& name, const QJsonObject& extra)
    {
        QJsonObject body = extra;
        body["name"] = name;
        const HttpResult created = request(m_port, "POST", "/admin/v1/keys", json(body), bearer(adminToken));
        if (created.status != 201)
            return {};
        return {created.json().value("key").toObject().value("id").toString().toUtf8(),
                created.json().value("secret").toString().toUtf8()};
    }

    int patchKey(const QByteArray& id, const QByteArray& body)
    {
        return request(m_port, "PATCH", "/admin/v1/keys/" + id, body, bearer(adminToken)).status;
    }

    QTemporaryDir m_dir;
    OpenApiContract m_contract{OpenApiContract::projectDocument()};
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    std::pair<QByteArray, QByteArray> m_clientKey;
    std::pair<QByteArray, QByteArray> m_disabledKey;
    std::pair<QByteArray, QByteArray> m_expiredKey;
    std::pair<QByteArray, QByteArray> m_target; // deleted by the matrix
};

QTEST_GUILESS_MAIN(TestAdminAuthorization)
#include "tst_adminauthorization.moc"
