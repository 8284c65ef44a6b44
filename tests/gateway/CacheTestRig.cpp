#include "tests/gateway/CacheTestRig.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace gatehouse::test {

CacheGatehoused::CacheGatehoused(const QStringList& arguments)
    : GatehousedProcess(QStringLiteral(GATEHOUSED_PATH), arguments)
{}

QByteArray chatBody(const QString& question, const Ask& ask)
{
    QJsonObject body{{"model", QString::fromUtf8(ask.model)},
                     {"temperature", ask.temperature},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}};
    if (ask.stream)
        body["stream"] = true;
    if (ask.includeUsage)
        body["stream_options"] = QJsonObject{{"include_usage", true}};
    for (auto it = ask.extra.begin(); it != ask.extra.end(); ++it)
        body[it.key()] = it.value();
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray verdict(const HttpResult& result)
{
    return result.headers.value("x-gatehouse-cache");
}

QJsonObject eventJson(const QByteArray& event)
{
    return QJsonDocument::fromJson(event.mid(event.indexOf("data: ") + 6)).object();
}

StreamedAnswer readStream(const HttpResult& result)
{
    StreamedAnswer answer;
    for (const QByteArray& event : result.events()) {
        if (event == "data: [DONE]") {
            answer.done = true;
            continue;
        }
        const QJsonObject chunk = eventJson(event);
        if (chunk.contains("usage") && chunk.value("usage").isObject())
            answer.usage = chunk.value("usage").toObject();
        for (const auto& choice : chunk.value("choices").toArray()) {
            const QJsonObject delta = choice.toObject().value("delta").toObject();
            if (delta.contains("content") && !delta.value("content").toString().isEmpty())
                ++answer.contentEvents;
            answer.text += delta.value("content").toString();
            if (choice.toObject().value("finish_reason").isString())
                answer.finishReason = choice.toObject().value("finish_reason").toString();
        }
    }
    return answer;
}

QString CacheTestRig::backendFromEnvironment()
{
    return qEnvironmentVariable("GATEHOUSE_CACHE_BACKEND", QStringLiteral("sqlite"));
}

QString CacheTestRig::startRig(const QString& backend)
{
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    if (!m_contract.isValid())
        return m_contract.loadError();
    qputenv("GATEHOUSE_TEST_CACHE_ADMIN", adminToken);
    m_backend = backend;
    if (m_backend != "sqlite" && m_backend != "redis")
        return "GATEHOUSE_CACHE_BACKEND is neither sqlite nor redis: " + m_backend;
    if (m_backend == "redis") {
        m_redis = std::make_unique<RedisServerProcess>();
        if (!m_redis->start())
            return m_redis->problem();
    }

    const QString upstreamConfig = writeFile(m_dir, "upstream.toml", R"(
[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[upstreams]]
name = "slow"
kind = "demo"
first_token_ms = 200
chunk_ms = 40

[[upstreams]]
name = "failing"
kind = "demo"
first_token_ms = 0
error_rate = 1.0
error_status = 400

[[models]]
name = "demo-fast"
upstreams = ["fast"]
[[models]]
name = "demo-slow"
upstreams = ["slow"]
[[models]]
name = "demo-failing"
upstreams = ["failing"]
)");
    m_upstream = std::make_unique<CacheGatehoused>(
        QStringList{"--config", upstreamConfig, "--listen", "127.0.0.1:0", "--workers", "2"});
    m_upstreamPort = m_upstream->waitForPort();
    if (m_upstreamPort == 0)
        return "the upstream did not start: " + m_upstream->log().right(1200);
    m_gateway = startGateway("gateway", "");
    if (!m_gateway)
        return QStringLiteral("the gateway did not start");
    m_port = m_gateway->waitForPort();
    return {};
}

void CacheTestRig::stopRig()
{
    m_gateway.reset();
    m_upstream.reset();
    m_redis.reset();
}

HttpResult CacheTestRig::admin(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                               quint16 port)
{
    return request(port ? port : m_port, method, path, body,
                   QByteArray("Authorization: Bearer ") + adminToken + "\r\n");
}

void CacheTestRig::verifyContract(const QByteArray& method, const QString& pathTemplate,
                                  const HttpResult& result, int status)
{
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QVERIFY2(
        result.status == status,
        qPrintable(QString("%1 %2: %3 %4").arg(method, pathTemplate).arg(result.status).arg(result.body)));
    const QStringList problems = m_contract.check(method, pathTemplate, result.status, result.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
}

QString CacheTestRig::unique(const QString& text)
{
    return text + " #" + QString::number(++m_counter) + "-" + m_backend;
}

HttpResult CacheTestRig::ask(const QString& question, const Ask& how, quint16 port)
{
    return request(port ? port : m_port, "POST", "/v1/chat/completions", chatBody(question, how),
                   how.headers);
}

std::unique_ptr<CacheGatehoused> CacheTestRig::startGateway(const QString& name, const QByteArray& cacheExtra)
{
    QByteArray backend = "backend = \"sqlite\"\n";
    if (m_backend == "redis")
        backend = "backend = \"redis\"\nredis_url = \"" + m_redis->url().toUtf8() +
                  "\"\nkey_prefix = \"test:" + name.toUtf8() + ":\"\n";
    const QByteArray up = "http://127.0.0.1:" + QByteArray::number(m_upstreamPort) + "/v1";
    const QString config =
        writeFile(m_dir, name + ".toml",
                  "[admin]\ntoken_env = \"GATEHOUSE_TEST_CACHE_ADMIN\"\n\n[state]\ndir = \"" +
                      m_dir.filePath(name + "-state").toUtf8() + "\"\n\n[cache]\n" + backend + cacheExtra +
                      R"(
[cache.models."uncached"]
enabled = false

[[upstreams]]
name = "local"
kind = "openai"
base_url = ")" + up + R"("

[[models]]
name = "chat"
upstreams = [{ name = "local", model = "demo-fast" }]

[[models]]
name = "uncached"
upstreams = [{ name = "local", model = "demo-fast" }]

[[models]]
name = "slow"
upstreams = [{ name = "local", model = "demo-slow" }]

[[models]]
name = "failing"
upstreams = [{ name = "local", model = "demo-failing" }]
)");
    auto gateway =
        std::make_unique<CacheGatehoused>(QStringList{"--config", config, "--listen", "127.0.0.1:0"});
    if (gateway->waitForPort() == 0) {
        qWarning("%s", qPrintable(gateway->log().right(2000)));
        return nullptr;
    }
    return gateway;
}

} // namespace gatehouse::test
