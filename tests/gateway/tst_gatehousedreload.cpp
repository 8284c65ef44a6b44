// SIGHUP on a real gatehoused started with a config file: a valid new file swaps models,
// upstreams, limits and the admin token for new requests while a stream begun before the reload
// finishes intact; a broken file is logged with FILE:LINE and changes nothing; settings that need
// a restart are named and kept.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace gatehouse::test;

// Safety limits only: generous, because ASan builds on a busy 2-core machine are slow.
constexpr int ioTimeoutMs = 30000;
// In the file, not on the command line (which would override the file): a reload compares them.
const QByteArray serverSection = "[server]\nlisten = \"127.0.0.1:0\"\nworkers = 2\n";

QByteArray chatBody(const QByteArray& model, bool stream)
{
    QJsonObject body{
        {"model", QString::fromUtf8(model)},
        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Tell me about gateways"}}}}};
    if (stream)
        body["stream"] = true;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A config with one demo upstream serving `model`, streaming a piece every `chunkMs`.
QByteArray config(const QByteArray& model, int chunkMs, const QString& tokenFile,
                  const QByteArray& extra = {})
{
    return "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n" + extra + "\n[[upstreams]]\nname = \"" +
           model +
           "-upstream\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = " + QByteArray::number(chunkMs) +
           "\n\n[[models]]\nname = \"" + model + "\"\nupstreams = [\"" + model + "-upstream\"]\n";
}

QStringList modelIds(quint16 port)
{
    QStringList ids;
    for (const QJsonValue& model : request(port, "GET", "/v1/models").json()["data"].toArray())
        ids << model["id"].toString();
    return ids;
}

int adminStatus(quint16 port, const QByteArray& token)
{
    return request(port, "GET", "/admin/v1/info", {}, "Authorization: Bearer " + token + "\r\n").status;
}

} // namespace

class TestGatehousedReload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tokenA = writeFile(m_dir, "token-a", "admin-token-aaaaaaaaaaaaaaaaaaaaaaaa\n");
        m_tokenB = writeFile(m_dir, "token-b", "admin-token-bbbbbbbbbbbbbbbbbbbbbbbb\n");
        m_config = writeFile(m_dir, "gatehoused.toml", config("before-reload", 250, m_tokenA, serverSection));
        m_gatehoused = std::make_unique<GatehousedProcess>(QStringLiteral(GATEHOUSED_PATH),
                                                           QStringList{"--config", m_config});
        m_port = m_gatehoused->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gatehoused->log().right(1500)));
        QCOMPARE(modelIds(m_port), QStringList{"before-reload"});
        QCOMPARE(adminStatus(m_port, "admin-token-aaaaaaaaaaaaaaaaaaaaaaaa"), 200);
    }

    void reloadSwapsRoutingWhileAStreamFinishesIntact()
    {
        // A slow stream on the old configuration, begun before the reload.
        QTcpSocket stream;
        stream.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(stream.waitForConnected(ioTimeoutMs));
        const QByteArray body = chatBody("before-reload", true);
        stream.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QDeadlineTimer deadline(ioTimeoutMs);
        while (!received.contains("\"content\"") && !deadline.hasExpired()) {
            stream.waitForReadyRead(50);
            received += stream.readAll();
        }
        QVERIFY2(received.contains("\"content\""), received.constData());

        QFile::remove(m_config);
        writeFile(m_dir, "gatehoused.toml",
                  config("after-reload", 1, m_tokenB, serverSection + "[limits]\nmax_body_bytes = 2048\n"));
        QVERIFY(m_gatehoused->hangUp());
        QVERIFY2(m_gatehoused->waitForLog({"SIGHUP: configuration reloaded", "after-reload"}),
                 qPrintable(m_gatehoused->log().right(1500)));
        received += stream.readAll();
        QVERIFY2(!received.contains("[DONE]"), "the stream ended before the reload; it proves nothing");

        // New requests see the new configuration at once.
        QCOMPARE(modelIds(m_port), QStringList{"after-reload"});
        const HttpResult gone =
            request(m_port, "POST", "/v1/chat/completions", chatBody("before-reload", false));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.errorField("code").toString(), QStringLiteral("model_not_found"));
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("after-reload", false)).status,
                 200);
        QByteArray large = chatBody("after-reload", false);
        large.insert(large.size() - 1, ",\"user\":\"" + QByteArray(3000, 'x') + "\"");
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", large).status, 413);
        QCOMPARE(adminStatus(m_port, "admin-token-aaaaaaaaaaaaaaaaaaaaaaaa"), 401);
        QCOMPARE(adminStatus(m_port, "admin-token-bbbbbbbbbbbbbbbbbbbbbbbb"), 200);

        // The old stream goes on to its normal end on the old upstream.
        deadline.setRemainingTime(ioTimeoutMs * 2);
        while (stream.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            stream.waitForReadyRead(50);
            received += stream.readAll();
        }
        received += stream.readAll();
        const HttpResult result = parseResponse(received);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.status, 200);
        const QList<QByteArray> events = result.events();
        QVERIFY(events.size() >= 4);
        QCOMPARE(events.last(), QByteArray("data: [DONE]"));
        QString text;
        for (const QByteArray& event : events.mid(0, events.size() - 1)) {
            const QJsonObject chunk = QJsonDocument::fromJson(event.mid(6)).object();
            QVERIFY2(!chunk.contains("error"), event.constData());
            QCOMPARE(chunk["model"].toString(), QStringLiteral("before-reload"));
            text += chunk["choices"][0]["delta"]["content"].toString();
        }
        const QJsonObject last = QJsonDocument::fromJson(events[events.size() - 2].mid(6)).object();
        QCOMPARE(last["choices"][0]["finish_reason"].toString(), QStringLiteral("stop"));
        // The same words a whole answer from the new model has: nothing was lost mid-stream.
        const HttpResult whole =
            request(m_port, "POST", "/v1/chat/completions", chatBody("after-reload", false));
        QCOMPARE(text, whole.json()["choices"][0]["message"]["content"].toString());
    }

    void brokenFileKeepsTheRunningConfiguration()
    {
        QFile::remove(m_config);
        writeFile(m_dir, "gatehoused.toml", "[[upstreams]]\nname = \"x\"\nkind = \"demo\"\nchunk_msec = 1\n");
        QVERIFY(m_gatehoused->hangUp());
        QVERIFY2(m_gatehoused->waitForLog(
                     {"SIGHUP: keeping the previous configuration", m_config + ":4:1:", "chunk_msec"}),
                 qPrintable(m_gatehoused->log().right(1500)));
        QCOMPARE(modelIds(m_port), QStringList{"after-reload"});
        QCOMPARE(request(m_port, "POST", "/v1/chat/completions", chatBody("after-reload", true)).status, 200);
        QCOMPARE(request(m_port, "GET", "/healthz").status, 200);
    }

    void restartOnlySettingsAreNamedAndKept()
    {
        QFile::remove(m_config);
        writeFile(m_dir, "gatehoused.toml",
                  config("third", 1, m_tokenB, "[server]\nlisten = \"127.0.0.1:1\"\nworkers = 5\n"));
        QVERIFY(m_gatehoused->hangUp());
        QVERIFY2(m_gatehoused->waitForLog({"SIGHUP: configuration reloaded", "third"}),
                 qPrintable(m_gatehoused->log().right(1500)));
        const QString log = m_gatehoused->log();
        QVERIFY2(
            log.contains("[server] listen changed from 127.0.0.1:0 to 127.0.0.1:1; that needs a restart"),
            qPrintable(log.right(1500)));
        QVERIFY2(log.contains("[server] workers changed from 2 to 5; that needs a restart"),
                 qPrintable(log.right(1500)));
        QCOMPARE(modelIds(m_port), QStringList{"third"}); // still on the same port
    }

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_tokenA;
    QString m_tokenB;
    std::unique_ptr<GatehousedProcess> m_gatehoused;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedReload)
#include "tst_gatehousedreload.moc"
