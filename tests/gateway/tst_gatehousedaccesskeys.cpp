// Access keys on a real gatehoused over real HTTP: created, listed, changed and revoked through
// the admin API; the secret shown once and stored nowhere (only its hash, in state.db); keys that
// survive a restart; refusals for missing, wrong, disabled, expired and revoked keys, for models a
// key may not use, and over RPM/TPM limits with Retry-After; an anonymous --demo that still works;
// a separate admin address. Every admin answer is checked against docs/openapi.yaml. (The
// authorization matrix over every admin route is tests/security/tst_adminauthorization.)

#include "tests/support/GatehousedProcess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ScratchScan.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

const QByteArray adminToken = "gh-admin-Zr8vQ2mW5xL1pK7t";

QByteArray bearer(const QByteArray& token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chatBody(const QString& model, const QString& text = QStringLiteral("Hello there"))
{
    return json(
        {{"model", model}, {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}});
}

// A prompt of `words` words.
QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("w%1").arg(i % 10);
    return list.join(' ');
}

void verifyError(const HttpResult& result, int status, const QString& code)
{
    QVERIFY2(result.status == status, qPrintable(QStringLiteral("status %1, wanted %2: %3")
                                                     .arg(result.status)
                                                     .arg(status)
                                                     .arg(QString::fromUtf8(result.body.left(400)))));
    QCOMPARE(result.error().keys(), (QStringList{"code", "message", "param", "type"}));
    QCOMPARE(result.error().value("code").toString(), code);
}

} // namespace

class TestGatehousedAccessKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_contract.isValid(), qPrintable(m_contract.loadError()));
        m_stateDir = m_dir.filePath("state");
        const QString tokenFile = writeFile(m_dir, "admin-token", adminToken + "\n");
        m_deadPort = deadPort();
        m_config = writeFile(
            m_dir, "gateway.toml",
            "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
                m_stateDir.toUtf8() +
                "\"\n\n"
                "[retry]\nattempts_per_upstream = 1\n\n"
                "[[upstreams]]\nname = \"fast\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[upstreams]]\nname = \"dead\"\nkind = \"openai\"\nbase_url = \"http://user:pw@127.0.0.1:" +
                QByteArray::number(m_deadPort) +
                "/v1\"\nquery = \"api-version=1\"\nconnect_timeout_ms = 2000\n\n"
                "[[models]]\nname = \"chat\"\nupstreams = [\"fast\"]\n\n"
                "[[models]]\nname = \"draft\"\nupstreams = [\"fast\"]\n\n"
                "[[models]]\nname = \"broken\"\nupstreams = [\"dead\"]\n");
        startGateway();
    }

    void anonymousUntilTheFirstKey()
    {
        const HttpResult result = request(m_port, "POST", "/v1/chat/completions", chatBody("chat"));
        QCOMPARE(result.status, 200);
        // A placeholder credential (what SDKs send when told to) is no key: still anonymous.
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer("sk-placeholder"))
                     .status,
                 200);
        const HttpResult keys = admin("GET", "/admin/v1/keys", "/admin/v1/keys");
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.json().value("keys").toArray().size(), 0);
    }

    void createShowsTheSecretOnce()
    {
        const HttpResult created = admin("POST", "/admin/v1/keys", "/admin/v1/keys",
                                         json({{"name", "web app"}, {"models", QJsonArray{"chat"}}}));
        QCOMPARE(created.status, 201);
        const QJsonObject key = created.json().value("key").toObject();
        const QByteArray secret = created.json().value("secret").toString().toUtf8();
        QVERIFY2(QRegularExpression("^gk-[A-Za-z0-9_-]{43}$").match(QString::fromUtf8(secret)).hasMatch(),
                 "the secret has not the gk- format");
        m_secrets << secret;
        m_webKey = secret;
        m_webId = key.value("id").toString();
        QCOMPARE(key.value("name").toString(), QString("web app"));
        QCOMPARE(key.value("prefix").toString(), QString::fromUtf8(secret.mid(3, 8)));
        QCOMPARE(key.value("models").toArray(), QJsonArray{"chat"});
        QVERIFY(key.value("rpm").isNull());
        QVERIFY(key.value("enabled").toBool());
        QVERIFY(!key.value("log_content").toBool());
        QVERIFY(key.value("last_used_at").isNull());
        const QDateTime createdAt = QDateTime::fromString(key.value("created_at").toString(), Qt::ISODate);
        QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(created.headers.value("location"), "/admin/v1/keys/" + m_webId.toUtf8());

        // Never again: not in the list, not in an update's answer.
        const HttpResult list = admin("GET", "/admin/v1/keys", "/admin/v1/keys");
        QCOMPARE(list.json().value("keys").toArray().size(), 1);
        QVERIFY(!list.body.contains(secret.mid(3)));
        const HttpResult patched = admin("PATCH", "/admin/v1/keys/{id}", "/admin/v1/keys/" + m_webId.toUtf8(),
                                         json({{"log_content", false}}));
        QCOMPARE(patched.status, 200);
        QVERIFY(!patched.body.contains(secret.mid(3)));
        QVERIFY(!patched.json().value("key").toObject().contains("secret"));
    }

    void keysAreRequiredOnceOneExists()
    {
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat")), 401,
                    "invalid_api_key");
        verifyError(
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer("sk-placeholder")), 401,
            "invalid_api_key");
        QByteArray nearMiss = m_webKey;
        nearMiss[10] = nearMiss[10] == 'A' ? 'B' : 'A';
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(nearMiss)), 401,
                    "invalid_api_key");
        // An unauthenticated caller does not learn which models exist.
        const HttpResult unknown = request(m_port, "POST", "/v1/chat/completions", chatBody("nope"));
        verifyError(unknown, 401, "invalid_api_key");
        QVERIFY(!unknown.body.contains("chat"));

        const HttpResult answered =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey));
        QCOMPARE(answered.status, 200);
        QVERIFY(m_gateway->waitForLog({"200", "key=\"web app\"", "model=chat"}));
    }

    void modelsOutsideTheKeyAreRefused()
    {
        const HttpResult refused =
            request(m_port, "POST", "/v1/chat/completions", chatBody("draft"), bearer(m_webKey));
        verifyError(refused, 403, "model_not_allowed");
        QCOMPARE(refused.error().value("param").toString(), QString("model"));
        // An empty list allows every model again.
        QCOMPARE(admin("PATCH", "/admin/v1/keys/{id}", "/admin/v1/keys/" + m_webId.toUtf8(),
                       json({{"models", QJsonArray{}}}))
                     .status,
                 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("draft"), bearer(m_webKey)).status,
                 200);
    }

    void disabledAndExpiredKeysAreRefused()
    {
        const QByteArray path = "/admin/v1/keys/" + m_webId.toUtf8();
        QCOMPARE(admin("PATCH", "/admin/v1/keys/{id}", path, json({{"enabled", false}})).status, 200);
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)), 401,
                    "disabled_api_key");
        QCOMPARE(admin("PATCH", "/admin/v1/keys/{id}", path, json({{"enabled", true}})).status, 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)).status,
                 200);

        // A key created to expire shortly is refused once the time has come.
        const QString soon = QDateTime::currentDateTimeUtc().addSecs(3).toString(Qt::ISODate);
        const HttpResult created = admin("POST", "/admin/v1/keys", "/admin/v1/keys",
                                         json({{"name", "short-lived"}, {"expires_at", soon}}));
        QCOMPARE(created.status, 201);
        const QByteArray secret = created.json().value("secret").toString().toUtf8();
        m_secrets << secret;
        QCOMPARE(created.json().value("key").toObject().value("expires_at").toString(), soon);
        QTRY_COMPARE_WITH_TIMEOUT(
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret))
                .error()
                .value("code"),
            QJsonValue("expired_api_key"), 30000);
        // Setting a past expiry expires a key at once; clearing it revives the key.
        QCOMPARE(admin("PATCH", "/admin/v1/keys/{id}", path, json({{"expires_at", "2020-01-01T00:00:00Z"}}))
                     .status,
                 200);
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)), 401,
                    "expired_api_key");
        QCOMPARE(admin("PATCH", "/admin/v1/keys/{id}", path, json({{"expires_at", QJsonValue::Null}})).status,
                 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)).status,
                 200);
    }

    void badChangesNameTheField()
    {
        const auto create = [this](const QJsonObject& body) {
            return admin("POST", "/admin/v1/keys", "/admin/v1/keys", json(body));
        };
        HttpResult result = create({{"models", QJsonArray{"chat"}}});
        verifyError(result, 400, "missing_required_parameter");
        QCOMPARE(result.error().value("param").toString(), QString("name"));
        result = create({{"name", "x"}, {"models", QJsonArray{"chat", "gpt-9"}}});
        verifyError(result, 400, "invalid_value");
        QCOMPARE(result.error().value("param").toString(), QString("models[1]"));
        result = create({{"name", "x"}, {"rpm", 0}});
        QCOMPARE(result.error().value("param").toString(), QString("rpm"));
        result = create({{"name", "x"}, {"expires_at", "tomorrow"}});
        QCOMPARE(result.error().value("param").toString(), QString("expires_at"));
        result = create({{"name", "web app"}});
        verifyError(result, 409, "key_name_taken");
        QCOMPARE(result.error().value("param").toString(), QString("name"));
        result = admin("POST", "/admin/v1/keys", "/admin/v1/keys", "{\"name\":");
        verifyError(result, 400, "invalid_json");
        verifyError(
            admin("PATCH", "/admin/v1/keys/{id}", "/admin/v1/keys/key_0000000000000000", json({{"rpm", 5}})),
            404, "key_not_found");
        verifyError(admin("DELETE", "/admin/v1/keys/{id}", "/admin/v1/keys/key_0000000000000000"), 404,
                    "key_not_found");
        // Nothing was stored by the refused writes.
        QCOMPARE(admin("GET", "/admin/v1/keys", "/admin/v1/keys").json().value("keys").toArray().size(), 2);
    }

    void requestsPerMinuteAreLimited()
    {
        const auto [id, secret] = createKey(json({{"name", "rpm-2"}, {"rpm", 2}}));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
        const HttpResult limited =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret));
        verifyError(limited, 429, "rate_limit_exceeded");
        QCOMPARE(limited.error().value("type").toString(), QString("requests"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 30, limited.headers.value("retry-after").constData());
        // Raising the limit lets the client in at once.
        QCOMPARE(
            admin("PATCH", "/admin/v1/keys/{id}", "/admin/v1/keys/" + id, json({{"rpm", QJsonValue::Null}}))
                .status,
            200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
    }

    void tokensPerMinuteAreLimited()
    {
        const auto [id, secret] = createKey(json({{"name", "tpm-1000"}, {"tpm", 1000}}));
        // ≈604 tokens up front; the demo reports 600 prompt tokens plus its answer's.
        const HttpResult first =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", words(600)), bearer(secret));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value("usage").toObject().value("prompt_tokens").toInt(), 600);
        // ≈904 more do not fit in what is left of the minute.
        const HttpResult limited =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", words(900)), bearer(secret));
        verifyError(limited, 429, "rate_limit_exceeded");
        QCOMPARE(limited.error().value("type").toString(), QString("tokens"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.headers.value("retry-after").constData());
        // A small request still fits.
        QCOMPARE(
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", "hi"), bearer(secret)).status,
            200);
    }

    void contentIsLoggedOnlyWhenTheKeyAllowsIt()
    {
        const auto [quietId, quiet] = createKey(json({{"name", "quiet"}}));
        const auto [chattyId, chatty] = createKey(json({{"name", "chatty"}, {"log_content", true}}));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat", "private-prompt-4711"),
                         bearer(quiet))
                     .status,
                 200);
        QVERIFY(m_gateway->waitForLog({"key=quiet", "model=chat"}));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat", "logged-prompt-0815"),
                         bearer(chatty))
                     .status,
                 200);
        QVERIFY(
            m_gateway->waitForLog({"key=chatty", "prompt=\"logged-prompt-0815\"", "answer=\"Hello from"}));
        // Streamed answers are collected from the events the client was sent.
        const QByteArray streamed =
            json({{"model", "chat"},
                  {"stream", true},
                  {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "streamed-0816"}}}}});
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", streamed, bearer(chatty)).status, 200);
        QVERIFY(m_gateway->waitForLog(
            {"key=chatty", "stream=yes", "prompt=\"streamed-0816\"", "answer=\"Hello from"}));
        QVERIFY(!m_gateway->log().contains("private-prompt-4711"));
    }

    void revokingTakesEffectAtOnce()
    {
        const auto [id, secret] = createKey(json({{"name", "to-revoke"}}));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
        const HttpResult revoked = admin("DELETE", "/admin/v1/keys/{id}", "/admin/v1/keys/" + id);
        QCOMPARE(revoked.status, 204);
        QVERIFY(revoked.body.isEmpty());
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)), 401,
                    "invalid_api_key");
        for (const QJsonValue key :
             admin("GET", "/admin/v1/keys", "/admin/v1/keys").json().value("keys").toArray())
            QVERIFY(key.toObject().value("id").toString().toUtf8() != id);
    }

    void aKeyMadeElsewhereIsStoredByItsHash()
    {
        // What the console does for a fleet: the secret made here, only its SHA-256 sent.
        const QByteArray secret = "gk-" + QByteArray("fleet-key-made-by-the-console-0123456789abc").left(43);
        const QByteArray hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
        const HttpResult created = admin("POST", "/admin/v1/keys", "/admin/v1/keys",
                                         json({{"name", "fleet app"},
                                               {"secret_sha256", QString::fromLatin1(hash)},
                                               {"prefix", QString::fromLatin1(secret.mid(3, 8))}}));
        QCOMPARE(created.status, 201);
        QVERIFY2(!created.json().contains("secret"), created.body.constData()); // never came here
        const QJsonObject key = created.json().value("key").toObject();
        QCOMPARE(key.value("prefix").toString(), QString::fromLatin1(secret.mid(3, 8)));
        m_secrets << secret;
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
        QVERIFY(m_gateway->waitForLog({"200", "key=\"fleet app\""}));

        // The same secret twice on one gateway would make two keys of one: refused.
        const HttpResult again = admin("POST", "/admin/v1/keys", "/admin/v1/keys",
                                       json({{"name", "fleet app 2"},
                                             {"secret_sha256", QString::fromLatin1(hash.toUpper())},
                                             {"prefix", "fleet-ke"}}));
        verifyError(again, 409, "key_secret_taken");
        QCOMPARE(
            QJsonDocument::fromJson(again.body).object().value("error").toObject().value("param").toString(),
            QStringLiteral("secret_sha256"));
        const HttpResult noPrefix = admin("POST", "/admin/v1/keys", "/admin/v1/keys",
                                          json({{"name", "half"}, {"secret_sha256", QString(64, 'a')}}));
        verifyError(noPrefix, 400, "missing_required_parameter");
        // Not on an update: a key's secret never changes.
        const HttpResult patched =
            admin("PATCH", "/admin/v1/keys/{id}", "/admin/v1/keys/" + key.value("id").toString().toUtf8(),
                  json({{"secret_sha256", QString(64, 'b')}}));
        verifyError(patched, 400, "read_only_parameter");
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 200);
    }

    void upstreamsShowTheirLiveState()
    {
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("broken"), bearer(m_webKey)),
                    502, "upstream_unavailable");
        const HttpResult result = admin("GET", "/admin/v1/upstreams", "/admin/v1/upstreams");
        QCOMPARE(result.status, 200);
        const QJsonArray upstreams = result.json().value("upstreams").toArray();
        QCOMPARE(upstreams.size(), 2);
        const QJsonObject fast = upstreams.at(0).toObject();
        QCOMPARE(fast.value("name").toString(), QString("fast"));
        QCOMPARE(fast.value("kind").toString(), QString("demo"));
        QVERIFY(fast.value("url").isNull());
        QCOMPARE(fast.value("models").toArray(), (QJsonArray{"chat", "draft"}));
        QVERIFY(fast.value("healthy").toBool());
        QCOMPARE(fast.value("circuit").toString(), QString("closed"));
        QVERIFY(fast.value("requests").toInt() >= 5);
        QCOMPARE(fast.value("failures").toInt(), 0);
        QVERIFY(fast.value("latency_ms").toObject().value("p50").toDouble(-1) >= 0);
        QVERIFY(fast.value("latency_ms").toObject().value("p95").toDouble(-1) >=
                fast.value("latency_ms").toObject().value("p50").toDouble());
        QVERIFY(fast.value("last_error").isNull());
        const QJsonObject dead = upstreams.at(1).toObject();
        QCOMPARE(dead.value("kind").toString(), QString("openai"));
        // Neither the password in the URL nor the query are shown.
        QCOMPARE(dead.value("url").toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(m_deadPort));
        QVERIFY(dead.value("failures").toInt() >= 1);
        QVERIFY(!dead.value("last_error").toString().isEmpty());
        QVERIFY2(!result.body.contains("pw@"), result.body.constData());
    }

    void keysSurviveARestart()
    {
        // Make a use to be recorded, then restart on the same state directory.
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)).status,
                 200);
        const QJsonArray before =
            admin("GET", "/admin/v1/keys", "/admin/v1/keys").json().value("keys").toArray();
        QCOMPARE(m_gateway->stop(), 0);
        m_log += m_gateway->log();
        startGateway();
        const QJsonArray after =
            admin("GET", "/admin/v1/keys", "/admin/v1/keys").json().value("keys").toArray();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(QJsonDocument(after.at(i).toObject()).toJson(QJsonDocument::Compact),
                     QJsonDocument(before.at(i).toObject()).toJson(QJsonDocument::Compact));
        bool found = false;
        for (const QJsonValue key : after) {
            if (key.toObject().value("id").toString() == m_webId) {
                found = true;
                QVERIFY(!key.toObject().value("last_used_at").isNull());
            }
        }
        QVERIFY(found);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(m_webKey)).status,
                 200);
        verifyError(request(m_port, "POST", "/v1/chat/completions", chatBody("chat")), 401,
                    "invalid_api_key");
    }

    void secretsAreStoredNowhere()
    {
        QVERIFY(!m_secrets.isEmpty());
        QByteArrayList needles = m_secrets;
        for (const QByteArray& secret : std::as_const(m_secrets))
            needles << secret.mid(3); // without the gk- too
        QVERIFY(QFile::exists(m_stateDir + "/state.db"));
        QCOMPARE(filesContaining(needles, m_stateDir), QStringList());
        const QString log = m_log + m_gateway->log();
        for (const QByteArray& needle : std::as_const(needles))
            QVERIFY2(!log.contains(QString::fromUtf8(needle)), "a secret reached gatehoused's log");
        QVERIFY(!log.contains(QString::fromUtf8(adminToken)));
    }

    void demoStaysAnonymous()
    {
        GatehousedProcess demo(QStringLiteral(GATEHOUSED_PATH),
                               QStringList{"--demo", "--listen", "127.0.0.1:0"});
        const quint16 port = demo.waitForPort();
        QVERIFY2(port != 0, qPrintable(demo.log().right(1200)));
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("gatehouse-demo")).status, 200);
        QCOMPARE(
            request(port, "POST", "/v1/chat/completions", chatBody("gatehouse-demo"), bearer("sk-anything"))
                .status,
            200);
        QVERIFY(demo.log().contains("served as anonymous"));
    }

    void adminApiOnItsOwnAddress()
    {
        const QString tokenFile = m_dir.filePath("admin-token");
        const QString config =
            writeFile(m_dir, "separate.toml",
                      "[admin]\ntoken_file = \"" + tokenFile.toUtf8() +
                          "\"\nlisten = \"127.0.0.1:0\"\n\n"
                          "[[upstreams]]\nname = \"fast\"\nkind = \"demo\"\nfirst_token_ms = 0\n\n"
                          "[[models]]\nname = \"chat\"\nupstreams = [\"fast\"]\n");
        GatehousedProcess gateway(QStringLiteral(GATEHOUSED_PATH),
                                  QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        const quint16 port = gateway.waitForPort();
        QVERIFY2(port != 0, qPrintable(gateway.log().right(1200)));
        const QRegularExpressionMatch match =
            QRegularExpression("admin API listening on http://127\\.0\\.0\\.1:(\\d+)").match(gateway.log());
        QVERIFY2(match.hasMatch(), qPrintable(gateway.log()));
        const quint16 adminPort = quint16(match.captured(1).toUInt());
        QVERIFY(adminPort != port);

        QCOMPARE(request(port, "GET", "/admin/v1/info", {}, bearer(adminToken)).status, 404);
        QCOMPARE(request(port, "GET", "/admin/v1/keys", {}, bearer(adminToken)).status, 404);
        const HttpResult info = request(adminPort, "GET", "/admin/v1/info", {}, bearer(adminToken));
        QCOMPARE(info.status, 200);
        QCOMPARE(m_contract.check("GET", "/admin/v1/info", info.status, info.body), QStringList());
        QCOMPARE(request(adminPort, "GET", "/admin/v1/keys", {}).status, 401);
        QCOMPARE(request(adminPort, "POST", "/v1/chat/completions", chatBody("chat")).status, 404);
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("chat")).status, 200);
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            m_gateway->stop();
    }

private:
    void startGateway()
    {
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", m_config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    // An admin call with the admin token; its answer must match docs/openapi.yaml.
    HttpResult admin(const QByteArray& method, const QString& pathTemplate, const QByteArray& path,
                     const QByteArray& body = {})
    {
        const HttpResult result = request(m_port, method, path, body, bearer(adminToken));
        const QStringList problems = m_contract.check(method, pathTemplate, result.status, result.body);
        if (!problems.isEmpty())
            QTest::qFail(qPrintable(problems.join('\n')), __FILE__, __LINE__);
        return result;
    }

    std::pair<QByteArray, QByteArray> createKey(const QByteArray& body)
    {
        const HttpResult created = admin("POST", "/admin/v1/keys", "/admin/v1/keys", body);
        if (created.status != 201)
            QTest::qFail(qPrintable("creating a key failed: " + QString::fromUtf8(created.body)), __FILE__,
                         __LINE__);
        const QByteArray secret = created.json().value("secret").toString().toUtf8();
        m_secrets << secret;
        return {created.json().value("key").toObject().value("id").toString().toUtf8(), secret};
    }

    QTemporaryDir m_dir;
    OpenApiContract m_contract{OpenApiContract::projectDocument()};
    QString m_stateDir;
    QString m_config;
    quint16 m_deadPort = 0;
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    QString m_log; // of gateways already stopped
    QByteArrayList m_secrets;
    QByteArray m_webKey;
    QString m_webId;
};

QTEST_GUILESS_MAIN(TestGatehousedAccessKeys)
#include "tst_gatehousedaccesskeys.moc"
