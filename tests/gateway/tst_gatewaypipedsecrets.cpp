// Upstream keys piped to gatehoused (--secrets-stdin): the JSON format, errors that never echo a
// value, and api_key_secret resolving through them when an upstream is made.
#include "gateway/config/GatewayConfig.h"
#include "gateway/config/PipedSecrets.h"
#include "gateway/upstream/UpstreamFactory.h"

#include <QTest>

#include <sstream>
#include <string>

using namespace gatehouse::gateway;

namespace {

std::string errorOf(const std::string& input)
{
    PipedSecrets secrets;
    try {
        secrets.parse(input);
    } catch (const ConfigError& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestGatewayPipedSecrets : public QObject
{
    Q_OBJECT

private slots:
    void readsNamesAndKeysUntilEndOfInput()
    {
        PipedSecrets secrets;
        std::istringstream in("{\"openai\": \"sk-proj-AbC123\", \"azure\": \"az-9\"}");
        secrets.read(in);
        QCOMPARE(secrets.size(), std::size_t{2});
        QVERIFY(secrets.find("openai"));
        QCOMPARE(*secrets.find("openai"), std::string("sk-proj-AbC123"));
        QCOMPARE(*secrets.find("azure"), std::string("az-9"));
        QVERIFY(!secrets.find("missing"));
    }

    void badInputIsNamedWithoutEchoingAValue()
    {
        const std::string notJson = errorOf("sk-live-Secret123");
        QVERIFY2(notJson.find("not a JSON object") != std::string::npos, notJson.c_str());
        QVERIFY(notJson.find("Secret123") == std::string::npos);

        const std::string array = errorOf("[\"sk-live-Secret123\"]");
        QVERIFY2(array.find("one JSON object") != std::string::npos, array.c_str());
        QVERIFY(array.find("Secret123") == std::string::npos);

        const std::string number = errorOf("{\"openai\": 5}");
        QVERIFY2(number.find("'openai'") != std::string::npos, number.c_str());

        const std::string empty = errorOf("{\"openai\": \"\"}");
        QVERIFY2(empty.find("non-empty") != std::string::npos, empty.c_str());
        QVERIFY(!errorOf("{\"\": \"x\"}").empty());
    }

    void aFailedReadKeepsNothingHalfRead()
    {
        PipedSecrets secrets;
        secrets.parse("{\"a\": \"1\"}");
        QVERIFY_THROWS_EXCEPTION(ConfigError, secrets.parse("{\"b\": \"2\", \"c\": 3}"));
        QVERIFY(secrets.find("a"));
        QVERIFY(!secrets.find("b"));
    }

    void anUpstreamNamesAMissingSecret()
    {
        const GatewayConfig config = parseGatewayConfig("[[upstreams]]\n"
                                                        "name = \"openai\"\n"
                                                        "kind = \"openai\"\n"
                                                        "base_url = \"http://127.0.0.1:9/v1\"\n"
                                                        "api_key_secret = \"provider-openai\"\n"
                                                        "\n"
                                                        "[[models]]\n"
                                                        "name = \"gpt\"\n"
                                                        "upstreams = [\"openai\"]\n",
                                                        "g.toml");
        QCOMPARE(config.routing.upstreams.front().apiKeySecret, std::string("provider-openai"));
        try {
            readApiKey(config.routing.upstreams.front());
            QFAIL("a missing piped secret was accepted");
        } catch (const ConfigError& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("g.toml:1") == 0, e.what());
            QVERIFY2(message.find("'provider-openai'") != std::string::npos, e.what());
            QVERIFY2(message.find("--secrets-stdin") != std::string::npos, e.what());
        }
        PipedSecrets::instance().parse("{\"provider-openai\": \"sk-test-Pipe42\"}");
        QCOMPARE(readApiKey(config.routing.upstreams.front()), std::string("sk-test-Pipe42"));
    }

    void oneKeySourceOnly()
    {
        try {
            parseGatewayConfig("[[upstreams]]\n"
                               "name = \"openai\"\n"
                               "kind = \"openai\"\n"
                               "base_url = \"http://127.0.0.1:9/v1\"\n"
                               "api_key_env = \"OPENAI_API_KEY\"\n"
                               "api_key_secret = \"provider-openai\"\n",
                               "g.toml");
            QFAIL("two key sources were accepted");
        } catch (const ConfigError& e) {
            QVERIFY2(std::string(e.what()).find("give one of api_key_env, api_key_file or api_key_secret") !=
                         std::string::npos,
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayPipedSecrets)
#include "tst_gatewaypipedsecrets.moc"
