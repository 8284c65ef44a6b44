// The authenticate and limits stages of the chat pipeline, on a real AccessKeyRegistry over an
// in-memory state database: anonymous until keys exist, every refusal with its status and code,
// the key's name for the log, tokens charged up front and corrected from the upstream's usage.
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/KeySecret.h"
#include "gateway/admin/Rfc3339.h"
#include "gateway/pipeline/Authenticator.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/RequestLimiter.h"

#include <QTest>

using namespace gatehouse::gateway;
using namespace gatehouse::gateway::access;

namespace {

std::shared_ptr<const ChatRequest> chat(const std::string& model, const std::string& text)
{
    auto parsed = parseChatRequest("{\"model\":\"" + model +
                                   "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + text + "\"}]}");
    return std::make_shared<const ChatRequest>(std::get<ChatRequest>(std::move(parsed)));
}

ChatExchange chatExchange(const std::string& credential, const std::string& model = "chat",
                          const std::string& text = "hello there")
{
    ChatExchange e;
    e.credential = credential;
    e.chat = chat(model, text);
    return e;
}

KeyChange named(std::string name)
{
    KeyChange change;
    change.name = std::move(name);
    return change;
}

void verifyRefusal(const std::optional<http::ApiError>& refusal, unsigned status, const char* code)
{
    QVERIFY(refusal);
    QCOMPARE(refusal->status, status);
    QCOMPARE(refusal->code.value_or(""), std::string(code));
}

} // namespace

class TestGatewayAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_registry =
            std::make_unique<AccessKeyRegistry>(std::make_unique<AccessKeyStore>(":memory:"), std::nullopt);
    }

    void bearerTokenReadsTheHeader()
    {
        QCOMPARE(bearerToken("Bearer gk-abc"), std::string_view("gk-abc"));
        QCOMPARE(bearerToken("bearer   gk-abc  "), std::string_view("gk-abc"));
        QCOMPARE(bearerToken("Basic Z2s="), std::string_view());
        QCOMPARE(bearerToken("Bearer"), std::string_view());
    }

    void anonymousWhileNoKeyExists()
    {
        const Authenticator authenticate(*m_registry);
        for (const char* credential : {"", "sk-proj-whatever", "placeholder"}) {
            ChatExchange e = chatExchange(credential);
            QVERIFY(!authenticate.admit(e));
            QCOMPARE(e.caller, std::string("anonymous"));
            QVERIFY(!e.accessKey);
            QVERIFY(e.credential.empty()); // the stage takes the secret out of the exchange
        }
        // A gk- credential is checked even then: a client with a wrong key hears so.
        ChatExchange wrong = chatExchange("gk-not-a-real-key");
        verifyRefusal(authenticate.admit(wrong), 401, "invalid_api_key");
    }

    void keysRequiredOnceOneExists()
    {
        const Authenticator authenticate(*m_registry);
        const auto created = m_registry->create(named("web"));
        for (const char* credential : {"", "sk-proj-whatever"}) {
            ChatExchange e = chatExchange(credential);
            verifyRefusal(authenticate.admit(e), 401, "invalid_api_key");
        }
        ChatExchange good = chatExchange(created.secret);
        QVERIFY(!authenticate.admit(good));
        QCOMPARE(good.caller, std::string("web"));
        QVERIFY(good.accessKey);
        QVERIFY(good.accessKey->usage->lastUsed() >= unixNow() - 5);
        // A near miss is a miss.
        std::string nearMiss = created.secret;
        nearMiss.back() = nearMiss.back() == 'A' ? 'B' : 'A';
        ChatExchange wrong = chatExchange(nearMiss);
        verifyRefusal(authenticate.admit(wrong), 401, "invalid_api_key");
    }

    void disabledExpiredRevokedAndWrongModel()
    {
        const Authenticator authenticate(*m_registry);
        KeyChange change = named("web");
        change.models = std::vector<std::string>{"chat"};
        const auto created = m_registry->create(change);

        ChatExchange otherModel = chatExchange(created.secret, "draft");
        const auto refusal = authenticate.admit(otherModel);
        verifyRefusal(refusal, 403, "model_not_allowed");
        QCOMPARE(refusal->param.value_or(""), std::string("model"));

        KeyChange disable;
        disable.enabled = false;
        m_registry->update(created.key.id, disable);
        ChatExchange disabled = chatExchange(created.secret);
        verifyRefusal(authenticate.admit(disabled), 401, "disabled_api_key");

        KeyChange expire;
        expire.enabled = true;
        expire.expiresAt = std::optional<std::int64_t>(unixNow() - 1);
        m_registry->update(created.key.id, expire);
        ChatExchange expired = chatExchange(created.secret);
        const auto expiredRefusal = authenticate.admit(expired);
        verifyRefusal(expiredRefusal, 401, "expired_api_key");
        QVERIFY(expiredRefusal->message.find("expired at") != std::string::npos);

        m_registry->revoke(created.key.id);
        ChatExchange revoked = chatExchange(created.secret);
        verifyRefusal(authenticate.admit(revoked), 401, "invalid_api_key");
        // No secret in any message.
        QVERIFY(refusal->message.find(created.secret) == std::string::npos);
    }

    void requireKeysFalseLetsAnonymousInBesideKeys()
    {
        AccessKeyRegistry registry(std::make_unique<AccessKeyStore>(":memory:"), false);
        const Authenticator authenticate(registry);
        registry.create(named("web"));
        ChatExchange anonymous = chatExchange("");
        QVERIFY(!authenticate.admit(anonymous));
        ChatExchange wrong = chatExchange("gk-wrong");
        verifyRefusal(authenticate.admit(wrong), 401, "invalid_api_key");
    }

    void limitsRefuseWithRetryAfter()
    {
        const Authenticator authenticate(*m_registry);
        const RequestLimiter limit;
        KeyChange change = named("web");
        change.rpm = std::optional<std::int64_t>(2);
        const auto created = m_registry->create(change);
        for (int i = 0; i < 2; ++i) {
            ChatExchange e = chatExchange(created.secret);
            QVERIFY(!authenticate.admit(e));
            QVERIFY(!limit.admit(e));
        }
        ChatExchange third = chatExchange(created.secret);
        QVERIFY(!authenticate.admit(third));
        const auto refusal = limit.admit(third);
        verifyRefusal(refusal, 429, "rate_limit_exceeded");
        QCOMPARE(refusal->type, std::string("requests"));
        QVERIFY(refusal->retryAfterSeconds);
        QVERIFY(*refusal->retryAfterSeconds >= 29 && *refusal->retryAfterSeconds <= 30);
        QCOMPARE(std::string(refusal->toResponse().header("retry-after")),
                 std::to_string(*refusal->retryAfterSeconds));

        // Anonymous callers are not limited here.
        ChatExchange anonymous;
        anonymous.chat = chat("chat", "hi");
        QVERIFY(!limit.admit(anonymous));
    }

    void tokensAreChargedUpFrontAndCorrectedFromUsage()
    {
        const Authenticator authenticate(*m_registry);
        const RequestLimiter limit;
        KeyChange change = named("web");
        change.tpm = std::optional<std::int64_t>(60000); // 1,000 a second: the test's own pace barely matters
        const auto created = m_registry->create(change);

        // 4,000 bytes of prompt: about 1,004 tokens charged up front.
        ChatExchange first = chatExchange(created.secret, "chat", std::string(4000, 'a'));
        QVERIFY(!authenticate.admit(first));
        QVERIFY(!limit.admit(first));
        QCOMPARE(first.chargedTokens, 1004.0);
        // The upstream says it used 59,000: the bucket is nearly empty now.
        first.attempts = 1;
        first.promptTokens = 58000;
        first.completionTokens = 1000;
        limit.settle(first);
        ChatExchange second = chatExchange(created.secret, "chat", std::string(40000, 'a')); // ≈10,004
        QVERIFY(!authenticate.admit(second));
        const auto refusal = limit.admit(second);
        verifyRefusal(refusal, 429, "rate_limit_exceeded");
        QCOMPARE(refusal->type, std::string("tokens"));
        QVERIFY(*refusal->retryAfterSeconds >= 5 && *refusal->retryAfterSeconds <= 10);
    }

    void tokensComeBackWhenNoUpstreamWorked()
    {
        const Authenticator authenticate(*m_registry);
        const RequestLimiter limit;
        KeyChange change = named("web");
        change.tpm = std::optional<std::int64_t>(1200); // 20 a second
        const auto created = m_registry->create(change);
        const auto send = [&] {
            ChatExchange e = chatExchange(created.secret, "chat", std::string(4000, 'a')); // ≈1,004 tokens
            if (authenticate.admit(e))
                QTest::qFail("authentication failed", __FILE__, __LINE__);
            return e;
        };
        // Refused after admission (an unknown model, a filter): no upstream worked, all given back.
        for (int i = 0; i < 3; ++i) {
            ChatExchange refused = send();
            QVERIFY(!limit.admit(refused));
            refused.status = 404;
            limit.settle(refused);
        }
        // An upstream answered but sent no usage: the estimate stands.
        ChatExchange answered = send();
        QVERIFY(!limit.admit(answered));
        answered.attempts = 1;
        answered.status = 200;
        limit.settle(answered);
        ChatExchange next = send();
        verifyRefusal(limit.admit(next), 429, "rate_limit_exceeded");
        // Settling an exchange the limiter never charged changes nothing.
        limit.settle(next);
        verifyRefusal(limit.admit(next), 429, "rate_limit_exceeded");
    }

private:
    std::unique_ptr<AccessKeyRegistry> m_registry;
};

QTEST_GUILESS_MAIN(TestGatewayAuthenticator)
#include "tst_gatewayauthenticator.moc"
