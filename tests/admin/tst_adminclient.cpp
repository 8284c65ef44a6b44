// AdminClient against a real gatehoused: the admin token as bearer credential, JSON bodies read,
// and every failure (wrong token, admin API off, nothing listening, no address) as one sentence.
#include "core/admin/AdminClient.h"
#include "tests/support/GatehousedProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray token = "gh-admin-Zr4kP9wQ2mX7vB3n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

// Waits for `reply` to finish; false on a (generous) safety timeout.
bool waitFor(gatehouse::AdminReply* reply)
{
    QSignalSpy spy(reply, &gatehouse::AdminReply::finished);
    return spy.count() > 0 || spy.wait(60000);
}

} // namespace

class TestAdminClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString tokenFile = writeFile(m_dir, "admin-token", token + "\n");
        const QString config = writeFile(m_dir, "gateway.toml",
                                         "[admin]\ntoken_file = \"" + tokenFile.toUtf8() +
                                             "\"\n\n[[upstreams]]\nname = \"fast\"\nkind = \"demo\"\n\n"
                                             "[[models]]\nname = \"chat\"\nupstreams = [\"fast\"]\n");
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        m_port = m_gateway->waitForPort();
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log().right(1200)));
    }

    void readsInfoWithTheToken()
    {
        gatehouse::AdminClient client(endpoint(token));
        gatehouse::AdminReply* reply = client.get(QStringLiteral("/info"));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->ok(), qPrintable(reply->errorString()));
        QCOMPARE(reply->status(), 200);
        const QJsonObject info = reply->json().object();
        QCOMPARE(info.value("product").toString(), QStringLiteral("Gatehouse"));
        QVERIFY(!info.value("version").toString().isEmpty());
        QCOMPARE(reply->header("cache-control"), QByteArray("no-store"));
    }

    void aWrongTokenSaysToCheckTheAdminToken()
    {
        gatehouse::AdminClient client(endpoint("not-the-token"));
        gatehouse::AdminReply* reply = client.get(QStringLiteral("info"));
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->status(), 401);
        QVERIFY2(reply->errorString().contains("401"), qPrintable(reply->errorString()));
        QVERIFY2(reply->errorString().contains("admin token"), qPrintable(reply->errorString()));
        QVERIFY2(!reply->errorString().contains("API key"), qPrintable(reply->errorString()));
        QVERIFY(!reply->errorString().contains(QString::fromLatin1(token)));
    }

    void anUnknownRouteIsA404Sentence()
    {
        gatehouse::AdminClient client(endpoint(token));
        gatehouse::AdminReply* reply = client.get(QStringLiteral("no-such-thing"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->status(), 404);
        QVERIFY2(reply->errorString().contains("404"), qPrintable(reply->errorString()));
    }

    void nothingListeningIsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        gatehouse::AdminEndpoint closed;
        closed.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(freePort));
        gatehouse::AdminClient client(closed);
        gatehouse::AdminReply* reply = client.get(QStringLiteral("info"));
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->status(), 0);
        QVERIFY2(reply->errorString().contains("refused"), qPrintable(reply->errorString()));
    }

    void noAdminAddressIsExplained()
    {
        gatehouse::AdminClient client(gatehouse::AdminEndpoint{});
        gatehouse::AdminReply* reply = client.get(QStringLiteral("info"));
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->ok());
        QVERIFY2(reply->errorString().contains("no admin API address"), qPrintable(reply->errorString()));
    }

    void cleanupTestCase()
    {
        if (m_gateway)
            QVERIFY(!m_gateway->log().contains(QString::fromLatin1(token)));
    }

private:
    gatehouse::AdminEndpoint endpoint(const QByteArray& credential) const
    {
        gatehouse::AdminEndpoint e;
        e.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/admin/v1/").arg(m_port));
        e.token = credential;
        return e;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestAdminClient)
#include "tst_adminclient.moc"
