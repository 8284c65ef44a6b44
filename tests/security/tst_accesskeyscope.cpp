// Access keys held to their models and rates where tests/gateway/tst_gatehousedaccesskeys does not
// look: GET /v1/models (authenticated like a chat completion, listing only the key's models),
// streamed requests and cached answers counted against a key's requests per minute, and a cached
// answer never handed to a key that may not use its model.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

const QByteArray adminToken = "gh-admin-Pv7cX1mQ9zR4hT2k"; // a test value

QByteArray bearer(const QByteArray& token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray chatBody(const QString& model, bool stream = false, const QString& text = QStringLiteral("Hello"))
{
    QJsonObject body{{"model", model},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
    if (stream)
        body["stream"] = true;
    return json(body);
}

// A question the cache stores: temperature 0 (the default temperature is above [cache] max_temperature).
QByteArray cacheableBody(const QString& model, const QString& text)
{
    return json({{"model", model},
                 {"temperature", 0},
                 {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}});
}

QStringList modelIds(const HttpResult& result)
{
    QStringList ids;
    for (const QJsonValue model : result.json().value("data").toArray())
        ids << model.toObject().value("id").toString();
    ids.sort();
    return ids;
}

} // namespace

class TestAccessKeyScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tokenFile = writeFile(m_dir, "admin-token", adminToken + "\n");
        const QString config = writeFile(
            m_dir, "gateway.toml",
            "[admin]\ntoken_file = \"" + tokenFile.toUtf8() +
                "\"\n\n[cache]\nenabled = true\n\n"
                "[[upstreams]]\nname = \"fast\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[models]]\nname = \"chat\"\nupstreams = [\"fast\"]\n\n"
                "[[models]]\nname = \"draft\"\nupstreams = [\"fast\"]\n");
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void modelsAreListedToAnyoneWhileNoKeyExists()
    {
        const HttpResult models = request(m_port, "GET", "/v1/models");
        QCOMPARE(models.status, 200);
        QCOMPARE(modelIds(models), (QStringList{"chat", "draft"}));
    }

    void modelsAreListedOnlyToKeysAndOnlyTheirOwn()
    {
        const QByteArray chatOnly = createKey(json({{"name", "chat-only"}, {"models", QJsonArray{"chat"}}}));
        const QByteArray everything = createKey(json({{"name", "everything"}}));
        QVERIFY(!chatOnly.isEmpty() && !everything.isEmpty());

        for (const QByteArray& headers : {QByteArray(), bearer("sk-placeholder"), bearer("gk-unknown")}) {
            const HttpResult refused = request(m_port, "GET", "/v1/models", {}, headers);
            QCOMPARE(refused.status, 401);
            QCOMPARE(refused.errorField("code").toString(), QString("invalid_api_key"));
            QCOMPARE(refused.error().keys(), (QStringList{"code", "message", "param", "type"}));
            QVERIFY2(!refused.body.contains("draft"), refused.body.constData());
        }
        QCOMPARE(modelIds(request(m_port, "GET", "/v1/models", {}, bearer(chatOnly))), QStringList{"chat"});
        QCOMPARE(modelIds(request(m_port, "GET", "/v1/models", {}, bearer(everything))),
                 (QStringList{"chat", "draft"}));

        QCOMPARE(patchKey("chat-only", json({{"enabled", false}})), 200);
        QCOMPARE(request(m_port, "GET", "/v1/models", {}, bearer(chatOnly)).errorField("code").toString(),
                 QString("disabled_api_key"));
        QCOMPARE(patchKey("chat-only", json({{"enabled", true}, {"expires_at", "2020-01-01T00:00:00Z"}})),
                 200);
        QCOMPARE(request(m_port, "GET", "/v1/models", {}, bearer(chatOnly)).errorField("code").toString(),
                 QString("expired_api_key"));
    }

    void streamedRequestsCountAgainstTheRate()
    {
        const QByteArray secret = createKey(json({{"name", "rpm-streams"}, {"rpm", 2}}));
        for (int i = 0; i < 2; ++i) {
            const HttpResult streamed =
                request(m_port, "POST", "/v1/chat/completions",
                        chatBody("chat", true, "stream " + QString::number(i)), bearer(secret));
            QCOMPARE(streamed.status, 200);
            QCOMPARE(streamed.events().last(), QByteArray("data: [DONE]"));
        }
        // The third is refused before a stream begins, as a JSON error, and so is a whole answer.
        const HttpResult limited =
            request(m_port, "POST", "/v1/chat/completions", chatBody("chat", true), bearer(secret));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(limited.errorField("code").toString(), QString("rate_limit_exceeded"));
        QVERIFY(limited.headers.value("retry-after").toInt() >= 1);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("chat"), bearer(secret)).status,
                 429);
    }

    void cachedAnswersCountAgainstTheRateToo()
    {
        const QByteArray secret = createKey(json({{"name", "rpm-cached"}, {"rpm", 2}}));
        const QByteArray same = cacheableBody("chat", "the same question");
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", same, bearer(secret)).status, 200);
        const HttpResult hit = request(m_port, "POST", "/v1/chat/completions", same, bearer(secret));
        QCOMPARE(hit.status, 200);
        QCOMPARE(hit.headers.value("x-gatehouse-cache"), QByteArray("HIT"));
        const HttpResult limited = request(m_port, "POST", "/v1/chat/completions", same, bearer(secret));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorField("code").toString(), QString("rate_limit_exceeded"));
    }

    void aCachedAnswerIsNotHandedToAKeyOutsideItsModel()
    {
        const QByteArray everything = createKey(json({{"name", "caches-draft"}}));
        const QByteArray chatOnly =
            createKey(json({{"name", "chat-only-2"}, {"models", QJsonArray{"chat"}}}));
        const QByteArray question = cacheableBody("draft", "a draft question");
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", question, bearer(everything)).status, 200);
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", question, bearer(everything))
                     .headers.value("x-gatehouse-cache"),
                 QByteArray("HIT"));
        const HttpResult refused =
            request(m_port, "POST", "/v1/chat/completions", question, bearer(chatOnly));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorField("code").toString(), QString("model_not_allowed"));
        QVERIFY(!refused.headers.contains("x-gatehouse-cache"));
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            QCOMPARE(m_gateway->stop(), 0);
    }

private:
    // The secret of a new key (its id remembered by name).
    QByteArray createKey(const QByteArray& body)
    {
        const HttpResult created = request(m_port, "POST", "/admin/v1/keys", body, bearer(adminToken));
        if (created.status != 201)
            return {};
        const QJsonObject key = created.json().value("key").toObject();
        m_ids.insert(key.value("name").toString(), key.value("id").toString().toUtf8());
        return created.json().value("secret").toString().toUtf8();
    }

    int patchKey(const QString& name, const QByteArray& body)
    {
        return request(m_port, "PATCH", "/admin/v1/keys/" + m_ids.value(name), body, bearer(adminToken))
            .status;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_port = 0;
    QMap<QString, QByteArray> m_ids;
};

QTEST_GUILESS_MAIN(TestAccessKeyScope)
#include "tst_accesskeyscope.moc"
