// The admin API's access-key JSON: what a key looks like (never a secret or hash), how create and
// update bodies are checked (each error names its field), and RFC 3339 times.
#include "gateway/access/KeyJson.h"
#include "gateway/admin/Rfc3339.h"

#include <QTest>

#include <boost/json/serialize.hpp>

using namespace gatehouse::gateway;
using namespace gatehouse::gateway::access;

namespace {

const std::vector<std::string> models = {"chat", "draft"};
constexpr std::int64_t now = 1795705018; // 2026-11-26T14:56:58Z

std::variant<KeyChange, http::ApiError> create(std::string_view body)
{
    return parseKeyChange(body, KeyRequestKind::Create, models, now);
}

std::variant<KeyChange, http::ApiError> update(std::string_view body)
{
    return parseKeyChange(body, KeyRequestKind::Update, models, now);
}

} // namespace

Q_DECLARE_METATYPE(std::string)

class TestGatewayKeyJson : public QObject
{
    Q_OBJECT

private slots:
    void formatsAndParsesRfc3339()
    {
        QCOMPARE(formatRfc3339(0), std::string("1970-01-01T00:00:00Z"));
        QCOMPARE(formatRfc3339(now), std::string("2026-11-26T14:56:58Z"));
        QCOMPARE(formatRfc3339(951782400), std::string("2000-02-29T00:00:00Z"));
        QCOMPARE(formatRfc3339Millis(now * 1000 + 7), std::string("2026-11-26T14:56:58.007Z"));
        QCOMPARE(formatRfc3339Millis(951782399999), std::string("2000-02-28T23:59:59.999Z"));
        QCOMPARE(parseRfc3339("2026-11-26T14:56:58Z"), std::optional<std::int64_t>(now));
        QCOMPARE(parseRfc3339("2026-11-26t14:56:58.999z"), std::optional<std::int64_t>(now));
        QCOMPARE(parseRfc3339("2026-11-26T17:56:58+03:00"), std::optional<std::int64_t>(now));
        QCOMPARE(parseRfc3339("2026-11-26T10:26:58-04:30"), std::optional<std::int64_t>(now));
        for (const char* bad : {"2026-11-26 14:16:58Z", "2026-11-26T14:16:58", "2026-02-30T00:00:00Z",
                                "2026-11-26T24:00:00Z", "2026-11-26T14:16:58.Z", "2026-11-26T14:16:58+0300",
                                "1969-12-31T23:59:59Z", "2026-11-26T14:56:58Zx", "", "tomorrow"})
            QVERIFY2(!parseRfc3339(bad), bad);
    }

    void keyJsonHasEveryFieldAndNoSecret()
    {
        AccessKey key;
        key.id = "key_1";
        key.name = "web";
        key.prefix = "AbCdEfGh";
        key.hash = KeyHash{};
        key.hash.fill(0xab);
        key.tpm = 1000;
        key.createdAt = now;
        const std::string json = boost::json::serialize(keyToJson(key));
        QCOMPARE(json, std::string("{\"id\":\"key_1\",\"name\":\"web\",\"prefix\":\"AbCdEfGh\",\"models\":[],"
                                   "\"rpm\":null,\"tpm\":1000,\"expires_at\":null,\"enabled\":true,"
                                   "\"log_content\":false,\"created_at\":\"2026-11-26T14:56:58Z\","
                                   "\"last_used_at\":null}"));
    }

    void readsEveryField()
    {
        const auto parsed = create("{\"name\":\"  web app \",\"models\":[\"chat\",\"chat\"],\"rpm\":60,"
                                   "\"tpm\":null,\"expires_at\":\"2027-01-01T00:00:00Z\",\"enabled\":false,"
                                   "\"log_content\":true}");
        QVERIFY(std::holds_alternative<KeyChange>(parsed));
        const auto& change = std::get<KeyChange>(parsed);
        QCOMPARE(*change.name, std::string("web app"));
        QCOMPARE(*change.models, std::vector<std::string>{"chat"});
        QCOMPARE(*change.rpm, std::optional<std::int64_t>(60));
        QVERIFY(change.tpm && !*change.tpm);
        QCOMPARE(*change.expiresAt, parseRfc3339("2027-01-01T00:00:00Z"));
        QCOMPARE(*change.enabled, false);
        QCOMPARE(*change.logContent, true);

        const auto partial = update("{\"rpm\":null}");
        QVERIFY(std::holds_alternative<KeyChange>(partial));
        QVERIFY(!std::get<KeyChange>(partial).name);
        QVERIFY(std::get<KeyChange>(partial).rpm);
        // An update may set a past expiry: that expires the key now.
        QVERIFY(std::holds_alternative<KeyChange>(update("{\"expires_at\":\"2020-01-01T00:00:00Z\"}")));

        // A key made elsewhere: its hash (either case of hex) and prefix.
        const auto imported = create("{\"name\":\"fleet\",\"prefix\":\"Ab-_9\",\"secret_sha256\":\"00ff" +
                                     std::string(60, 'A') + "\"}");
        QVERIFY(std::holds_alternative<KeyChange>(imported));
        const auto& given = std::get<KeyChange>(imported).imported;
        QVERIFY(given);
        QCOMPARE(given->prefix, std::string("Ab-_9"));
        QCOMPARE(int(given->hash[0]), 0x00);
        QCOMPARE(int(given->hash[1]), 0xff);
        QCOMPARE(int(given->hash[31]), 0xaa);
        QVERIFY(!std::get<KeyChange>(create("{\"name\":\"plain\"}")).imported);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<std::string>("body");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing name") << std::string("{}") << "name"
                                      << "missing_required_parameter";
        QTest::newRow("empty name") << std::string("{\"name\":\"  \"}") << "name"
                                    << "invalid_value";
        QTest::newRow("long name") << "{\"name\":\"" + std::string(65, 'x') + "\"}"
                                   << "name"
                                   << "invalid_value";
        QTest::newRow("line break") << std::string("{\"name\":\"a\\nb\"}") << "name"
                                    << "invalid_value";
        QTest::newRow("unknown model")
            << std::string("{\"name\":\"a\",\"models\":[\"chat\",\"gpt-5\"]}") << "models[1]"
            << "invalid_value";
        QTest::newRow("models not array") << std::string("{\"name\":\"a\",\"models\":\"chat\"}") << "models"
                                          << "invalid_value";
        QTest::newRow("rpm zero") << std::string("{\"name\":\"a\",\"rpm\":0}") << "rpm"
                                  << "invalid_value";
        QTest::newRow("tpm fraction") << std::string("{\"name\":\"a\",\"tpm\":1.5}") << "tpm"
                                      << "invalid_value";
        // Found by tests/fuzz/admin_json: a limit beyond int64 was cast to one (undefined).
        QTest::newRow("tpm 1e1000") << std::string("{\"name\":\"a\",\"tpm\":1E1000}") << "tpm"
                                    << "invalid_value";
        QTest::newRow("rpm 1e119") << std::string("{\"name\":\"a\",\"rpm\":1.00001e119}") << "rpm"
                                   << "invalid_value";
        QTest::newRow("rpm -1e30") << std::string("{\"name\":\"a\",\"rpm\":-1e30}") << "rpm"
                                   << "invalid_value";
        QTest::newRow("rpm string") << std::string("{\"name\":\"a\",\"rpm\":\"60\"}") << "rpm"
                                    << "invalid_value";
        QTest::newRow("expiry in the past")
            << std::string("{\"name\":\"a\",\"expires_at\":\"2020-01-01T00:00:00Z\"}") << "expires_at"
            << "invalid_value";
        QTest::newRow("expiry not a time")
            << std::string("{\"name\":\"a\",\"expires_at\":\"next week\"}") << "expires_at"
            << "invalid_value";
        QTest::newRow("enabled not bool") << std::string("{\"name\":\"a\",\"enabled\":1}") << "enabled"
                                          << "invalid_value";
        QTest::newRow("read-only") << std::string("{\"name\":\"a\",\"prefix\":\"x\"}") << "prefix"
                                   << "read_only_parameter";
        QTest::newRow("typo") << std::string("{\"name\":\"a\",\"rate_limit\":5}") << "rate_limit"
                              << "unknown_parameter";
        const std::string hash(64, 'a');
        QTest::newRow("hash short") << "{\"name\":\"a\",\"secret_sha256\":\"" + hash.substr(1) +
                                           "\",\"prefix\":\"abc\"}"
                                    << "secret_sha256"
                                    << "invalid_value";
        QTest::newRow("hash not hex")
            << "{\"name\":\"a\",\"secret_sha256\":\"" + hash.substr(1) + "g\",\"prefix\":\"abc\"}"
            << "secret_sha256"
            << "invalid_value";
        QTest::newRow("hash without prefix") << "{\"name\":\"a\",\"secret_sha256\":\"" + hash + "\"}"
                                             << "prefix"
                                             << "missing_required_parameter";
        QTest::newRow("prefix with a space")
            << "{\"name\":\"a\",\"secret_sha256\":\"" + hash + "\",\"prefix\":\"ab cd\"}"
            << "prefix"
            << "invalid_value";
    }

    void errorsNameTheField()
    {
        QFETCH(std::string, body);
        QFETCH(QString, param);
        QFETCH(QString, code);
        const auto parsed = create(body);
        QVERIFY(std::holds_alternative<http::ApiError>(parsed));
        const auto& error = std::get<http::ApiError>(parsed);
        QCOMPARE(error.status, 400u);
        QCOMPARE(QString::fromStdString(error.param.value_or("")), param);
        QCOMPARE(QString::fromStdString(error.code.value_or("")), code);
        QVERIFY(error.message.size() > 20);
    }

    void malformedBodies()
    {
        for (const char* body : {"", "{", "[]", "\"name\"", "{\"name\":\"a\"} x"}) {
            const auto parsed = update(body);
            QVERIFY2(std::holds_alternative<http::ApiError>(parsed), body);
            QCOMPARE(std::get<http::ApiError>(parsed).status, 400u);
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayKeyJson)
#include "tst_gatewaykeyjson.moc"
