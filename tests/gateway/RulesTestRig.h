#pragma once

// The rig of the content-filter tests on real gatehoused processes: a demo upstream (its answers
// repeat the prompt, one word per SSE event) behind a gateway with the admin API on and a state
// directory, and the helpers the cases share (rule JSON, chat bodies, admin calls checked against
// docs/openapi.yaml, verdict metrics). Used by tst_gatehousedrules (enforcement) and
// tst_gatehousedrulesadmin (the admin API and the stored set).

#include "tests/support/GatehousedProcess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace gatehouse::test {

inline const QByteArray token = "gh-admin-rules-5Jq8wT3zK";
inline const QByteArray auth = "Authorization: Bearer " + token + "\r\n";

inline QJsonObject rule(const QString& id, const QString& kind, const QString& action, bool input,
                        bool output)
{
    return QJsonObject{{"id", id},
                       {"kind", kind},
                       {"action", action},
                       {"scope", QJsonObject{{"input", input}, {"output", output}}}};
}

inline QJsonObject keywords(const QString& id, const QStringList& words, const QString& action, bool input,
                            bool output)
{
    QJsonObject r = rule(id, "keywords", action, input, output);
    r["keywords"] = QJsonArray::fromStringList(words);
    return r;
}

inline QJsonObject regex(const QString& id, const QString& pattern, const QString& action, bool input,
                         bool output)
{
    QJsonObject r = rule(id, "regex", action, input, output);
    r["pattern"] = pattern;
    return r;
}

inline QByteArray ruleSet(const QJsonArray& rules, int maxMatchLength = 64,
                          const QString& failMode = "closed")
{
    return QJsonDocument(QJsonObject{{"version", 1},
                                     {"options", QJsonObject{{"failMode", failMode},
                                                             {"maxMatchLength", maxMatchLength}}},
                                     {"rules", rules}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray chatBody(const QString& text, bool stream = false, const QJsonArray& earlier = {})
{
    QJsonArray messages = earlier;
    messages.append(QJsonObject{{"role", "user"}, {"content", text}});
    QJsonObject body{{"model", "chat"}, {"messages", messages}};
    if (stream)
        body["stream"] = true;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The text of a streamed answer, with every event checked to be whole, valid JSON.
inline QString streamedText(const HttpResult& result, QString* problem)
{
    QString text;
    for (const QByteArray& event : result.events()) {
        if (!event.startsWith("data: ")) {
            *problem = "an event without data: " + QString::fromUtf8(event);
            continue;
        }
        const QByteArray data = event.mid(6);
        if (data == "[DONE]")
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            *problem = "an event that is not JSON: " + QString::fromUtf8(data);
        text += document.object()
                    .value("choices")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("delta")
                    .toObject()
                    .value("content")
                    .toString();
    }
    return text;
}

// An admin API call, its answer checked against docs/openapi.yaml.
inline HttpResult admin(quint16 port, const QByteArray& method, const QByteArray& path,
                        const QByteArray& body = {}, const QByteArray& headers = auth)
{
    const HttpResult result = request(port, method, path, body, headers);
    QString documented = QString::fromUtf8(path);
    if (method == "POST" && (documented == "/admin/v1/rules/test" || documented == "/admin/v1/rules:test"))
        documented = "/admin/v1/rules/test";
    else if (documented.startsWith("/admin/v1/rules/"))
        documented = "/admin/v1/rules/{id}";
    static const OpenApiContract contract(OpenApiContract::projectDocument());
    const QStringList problems = contract.isValid()
                                     ? contract.check(method, documented, result.status, result.body)
                                     : QStringList{contract.loadError()};
    if (!problems.isEmpty())
        QTest::qFail(qPrintable(method + " " + path + " does not answer as docs/openapi.yaml says: " +
                                problems.join("; ") + "\n" + QString::fromUtf8(result.body.left(500))),
                     __FILE__, __LINE__);
    return result;
}

inline void verifyError(const HttpResult& result, int status, const QString& code)
{
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QVERIFY2(result.status == status,
             qPrintable(QString::number(result.status) + " " + QString::fromUtf8(result.body)));
    const QJsonObject error = result.error();
    QCOMPARE(error.value("code").toString(), code);
    QVERIFY(!error.value("message").toString().isEmpty());
}

// gatehouse_filter_verdicts_total{stage,action,rule} from /metrics (0 when absent).
inline double verdicts(quint16 port, const QByteArray& stage, const QByteArray& action,
                       const QByteArray& ruleId)
{
    const HttpResult metrics = request(port, "GET", "/metrics");
    const QByteArray series = "gatehouse_filter_verdicts_total{stage=\"" + stage + "\",action=\"" + action +
                              "\",rule=\"" + ruleId + "\"} ";
    for (const QByteArray& line : metrics.body.split('\n')) {
        if (line.startsWith(series))
            return line.mid(series.size()).toDouble();
    }
    return 0;
}

// The base of the rules test classes (each a QObject with its own slots).
class RulesTestRig : public QObject
{
protected:
    // Starts the demo upstream and the gateway (admin API on, a state directory).
    void startRig()
    {
        QVERIFY(m_dir.isValid());
        const QString upstreamConfig = writeFile(m_dir, "upstream.toml",
                                                 "[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\n"
                                                 "first_token_ms = 0\nchunk_ms = 1\n\n"
                                                 "[[models]]\nname = \"demo\"\nupstreams = [\"demo\"]\n");
        m_upstream = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{"--config", upstreamConfig, "--listen", "127.0.0.1:0"});
        const quint16 upstreamPort = m_upstream->waitForPort();
        QVERIFY2(upstreamPort != 0, qPrintable(m_upstream->log().right(1200)));

        const QString tokenFile = writeFile(m_dir, "admin-token", token + "\n");
        m_config = writeFile(m_dir, "gateway.toml",
                             "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n" +
                                 "[state]\ndir = \"" + m_dir.filePath("state").toUtf8() + "\"\n\n" +
                                 "[[upstreams]]\nname = \"local\"\nkind = \"openai\"\n" +
                                 "base_url = \"http://127.0.0.1:" + QByteArray::number(upstreamPort) +
                                 "/v1\"\n\n" + "[[models]]\nname = \"chat\"\n" +
                                 "upstreams = [{ name = \"local\", model = \"demo\" }]\n");
        startGateway();
    }

    void stopRig()
    {
        m_gateway.reset();
        m_upstream.reset();
    }

    void startGateway()
    {
        m_gateway.reset();
        m_gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", m_config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void stopGateway()
    {
        const int exitCode = m_gateway->stop();
        QVERIFY2(exitCode == 0,
                 qPrintable(m_gateway->log().mid(m_gateway->log().indexOf("ERROR")).left(12000)));
    }

    void put(const QByteArray& set)
    {
        const HttpResult result = admin(m_port, "PUT", "/admin/v1/rules", set, auth);
        QVERIFY2(result.status == 200, qPrintable(QString::fromUtf8(result.body)));
    }

    void corruptStoredRule(const QString& failMode)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "state");
            db.setDatabaseName(m_dir.filePath("state/state.db"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("UPDATE rules SET definition = replace(definition, 'zyzzyva', 'ab[c')"));
            QCOMPARE(query.numRowsAffected(), 1);
            QVERIFY(query.exec("UPDATE rule_set SET fail_mode = '" + failMode + "'"));
        }
        QSqlDatabase::removeDatabase("state");
    }

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<GatehousedProcess> m_upstream;
    std::unique_ptr<GatehousedProcess> m_gateway;
    quint16 m_port = 0;
};

} // namespace gatehouse::test
