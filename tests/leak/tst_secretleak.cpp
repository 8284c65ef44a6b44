// The secret-leak scan (issue 9): one whole scenario with four secrets — a provider key, the local
// gateway's admin token, an access key and a prompt the user marked as not to be stored — taken
// through the console's parts (keychain, local gateway, registry, chat client, encrypted history),
// gatehousectl (secret set, gateway add, chat, cache, rules) and two real gatehoused processes.
// Secrets are also presented where they do not belong (an access key as the admin token, a
// mistyped key) because refusals are where servers tend to log what they were given. Then every
// file the run wrote — configs, databases and their journals, logs, temporary files, anything
// under the scratch HOME (tests/support/scratch-home) — and every process's output, argv and
// environment are searched for the four values.
//
// "Provider" is a gatehoused standing in for the cloud provider (it requires an access key, which
// plays the provider key); its own files are the provider's, not ours, and are not scanned.

#include "core/chat/ChatClient.h"
#include "core/chat/ChatEndpoint.h"
#include "core/chat/ChatReply.h"
#include "core/database/ConsoleDatabase.h"
#include "core/history/ChatHistory.h"
#include "core/history/HistoryKey.h"
#include "core/localgateway/LocalGateway.h"
#include "core/localgateway/LocalGatewayEntry.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QByteArray randomPart()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

QByteArray bearer(const QByteArray& token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

QByteArray chatBody(const QString& model, const QString& text)
{
    const QJsonObject body{{"model", model},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", text}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse")); // gatehousectl's data dir
        QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
        m_secretPrompt = "My card PIN is secret-prompt-" + randomPart();
        startProvider();
        m_db = std::make_unique<ConsoleDatabase>(ConsoleDatabase::defaultPath());
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_secrets = std::make_unique<SecretStore>(*m_catalog);
    }

    // The console: the provider key typed into gatehousectl (stdin, never argv) lands in the
    // keychain; the local gateway gets it through its pipe with a fresh admin token.
    void localGatewayStartsWithThePipedProviderKey()
    {
        const CtlRun set =
            ctl({"secret", "set", "cloud-key", "--kind", "provider-key"}, m_providerKey + "\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());

        m_local = std::make_unique<LocalGateway>();
        const QString data = QDir::home().filePath(QStringLiteral("local-gateway"));
        QVERIFY(QDir().mkpath(data));
        m_local->setDataDirectory(data);
        m_local->setSecretStore(m_secrets.get());
        ProviderUpstream cloud;
        cloud.name = QStringLiteral("cloud");
        cloud.baseUrl = QUrl(m_provider->baseUrl());
        cloud.secretName = QStringLiteral("cloud-key");
        cloud.models = QStringList{QStringLiteral("cloud-chat")};
        QCOMPARE(saveProviders(m_local->providersFile(), {cloud}), QString());
        m_local->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_local->state(), LocalGateway::State::Running, 60000);
        m_adminToken = m_local->adminToken();
        QVERIFY(m_adminToken.size() >= 16);

        // What the Gateways page does once it runs: the token to the keychain, the entry recorded.
        writeSecret(localGatewayAdminSecretName(), m_adminToken, SecretKind::AdminToken);
        GatewayRegistry registry(*m_db);
        const RegistryResult recorded = recordLocalGateway(registry, *m_local);
        QVERIFY2(recorded.ok(), qPrintable(recorded.summary()));
    }

    // The Keys page: an access key made through the admin API, shown once and kept in the keychain.
    void anAccessKeyIsCreatedAndKept()
    {
        const HttpResult created =
            request(m_local->port(), "POST", "/admin/v1/keys",
                    R"({"name":"web-app","models":["cloud-chat","gatehouse-demo"]})", bearer(m_adminToken));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        m_accessKey = created.json().value("secret").toString().toUtf8();
        QVERIFY(m_accessKey.size() >= 16);
        const CtlRun set = ctl({"secret", "set", "web-app-key", "--kind", "access-key"}, m_accessKey + "\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const CtlRun add =
            ctl({"gateway", "add", "web-app", "--kind", "gatehouse", "--url", m_local->baseUrl().toString(),
                 "--api-key-secret", "web-app-key", "--metrics-url", ""});
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }

    // gatehousectl chat with the prompt on stdin and Cache-Control: no-store (at temperature 0, so
    // without it the answer would be cached), through the local gateway to the provider and back; then the
    // console's own chat client, whose exchange goes to the encrypted history.
    void theSecretPromptIsAnswered()
    {
        const CtlRun chat = ctl({"chat", "--target", "web-app", "--model", "cloud-chat", "--stream",
                                 "--temperature", "0", "--header", "Cache-Control: no-store", "-"},
                                m_secretPrompt + "\n");
        QVERIFY2(chat.exitCode == 0, chat.err.constData());
        QVERIFY(!chat.out.trimmed().isEmpty());
        // The answer printed is what the user asked for (the demo model quotes the question), so
        // that one output is not searched; the figures on stderr still are.
        QCOMPARE(m_ctlOutputs.size() >= 2 && m_ctlOutputs.at(m_ctlOutputs.size() - 2) == chat.out, true);
        m_ctlOutputs.removeAt(m_ctlOutputs.size() - 2);

        ChatEndpoint endpoint;
        endpoint.baseUrl = m_local->baseUrl();
        endpoint.credential = m_accessKey;
        ChatRequest question;
        question.model = QStringLiteral("cloud-chat");
        question.messages = {{QStringLiteral("user"), QString::fromUtf8(m_secretPrompt)}};
        ChatClient client;
        ChatReply* reply = client.send(endpoint, question);
        QSignalSpy finished(reply, &ChatReply::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));

        std::optional<HistoryCipher> cipher;
        QString keyError;
        bool keyDone = false;
        openHistoryKey(*m_secrets, this, [&](const std::optional<HistoryCipher>& c, const QString& e) {
            cipher = c;
            keyError = e;
            keyDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(keyDone, 45000);
        QVERIFY2(cipher, qPrintable(keyError));
        ChatHistory history(*m_db, *cipher);
        ChatExchange exchange;
        exchange.target = QStringLiteral("web-app");
        exchange.request = question;
        exchange.outcome = reply->outcome();
        QCOMPARE(history.add(exchange), QString());
        QCOMPARE(history.list(QString::fromUtf8(m_secretPrompt.right(12))).size(), 1); // it is there, sealed
        delete reply;
    }

    // Refusals: the access key offered as the admin token, the admin token offered as an access
    // key, keys one character off. Each is refused; none may be repeated in a log.
    void misplacedSecretsAreRefused()
    {
        const quint16 port = m_local->port();
        QCOMPARE(request(port, "GET", "/admin/v1/info", {}, bearer(m_accessKey)).status,
                 403); // access_key_not_admin
        QCOMPARE(request(port, "GET", "/admin/v1/info", {}, bearer(m_adminToken + "x")).status, 401);
        QCOMPARE(request(port, "GET", "/admin/v1/info", {}, bearer(m_providerKey)).status,
                 403); // a gk- key too
        const QByteArray body = chatBody(QStringLiteral("cloud-chat"), QStringLiteral("hello"));
        QCOMPARE(request(port, "POST", "/v1/chat/completions", body, bearer(m_accessKey + "x")).status, 401);
        QCOMPARE(request(port, "POST", "/v1/chat/completions", body, bearer(m_adminToken)).status, 401);
        QCOMPARE(request(port, "POST", "/v1/chat/completions", body, bearer(m_providerKey)).status, 401);
        // A blocked request carrying the secret prompt (gatehoused logs only the rule's id).
        const CtlRun rules = ctl(
            {"rules", "apply", "-", "--target", localGatewayEntryName()},
            R"({"version":1,"rules":[{"id":"no-pins","kind":"keywords","keywords":["card PIN"],"action":"block"}]})");
        QVERIFY2(rules.exitCode == 0, (rules.out + rules.err).constData());
        const HttpResult blocked = request(
            port, "POST", "/v1/chat/completions",
            chatBody(QStringLiteral("cloud-chat"), QString::fromUtf8(m_secretPrompt)), bearer(m_accessKey));
        QCOMPARE(blocked.status, 400);
        QCOMPARE(blocked.errorField("code").toString(), QStringLiteral("content_filtered"));
    }

    // The cache kept nothing of the no-store prompt (what the cache page and gatehousectl show).
    void theCacheHoldsNoSecretPrompt()
    {
        const CtlRun ls = ctl({"--json", "cache", "ls", "--target", localGatewayEntryName(), "--all"});
        QVERIFY2(ls.exitCode == 0, ls.err.constData());
        QVERIFY(!ls.out.contains(m_secretPrompt));
    }

    // While they run: no secret in any process's argv or environment.
    void noSecretInArgvOrEnvironment()
    {
        for (const qint64 pid : {m_local->processId(), m_provider->process().processId()}) {
            for (const char* what : {"cmdline", "environ"}) {
                QFile proc(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
                QVERIFY(proc.open(QIODevice::ReadOnly));
                const QByteArray content = proc.readAll();
                for (const QByteArray& secret : secrets())
                    QVERIFY2(!content.contains(secret), what);
            }
        }
    }

    // After everything stopped: every file written, every output printed.
    void noSecretInAnyFileOrOutput()
    {
        QStringList gatewayLog = m_local->log();
        m_local->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_local->state(), LocalGateway::State::Stopped, 20000);
        gatewayLog += m_local->log();
        m_local.reset();
        m_db.reset(); // closes the console database, so its journal is settled too
        QVERIFY(!gatewayLog.isEmpty());
        QVERIFY(gatewayLog.join('\n').contains(QLatin1String("key=web-app"))); // the access log ran

        const QString providerFolder = QDir(m_providerDir.path()).canonicalPath();
        QStringList leaks;
        for (const QString& hit : filesContaining(secrets()))
            if (!hit.startsWith(providerFolder) && !hit.startsWith(m_providerDir.path()))
                leaks << hit;
        QCOMPARE(leaks, QStringList());
        QVERIFY(QFile::exists(ConsoleDatabase::defaultPath())); // the scan did look at the console's files

        const QByteArray logs = gatewayLog.join('\n').toUtf8() + m_provider->log().toUtf8();
        for (int i = 0; i < secrets().size(); ++i)
            QVERIFY2(!logs.contains(secrets().at(i)),
                     qPrintable(QStringLiteral("secret #%1 in a gatehoused log").arg(i)));
        for (int i = 0; i < m_ctlOutputs.size(); ++i)
            for (int s = 0; s < secrets().size(); ++s)
                QVERIFY2(!m_ctlOutputs.at(i).contains(secrets().at(s)),
                         qPrintable(QStringLiteral("secret #%1 in gatehousectl's output #%2").arg(s).arg(i)));
    }

    void cleanupTestCase()
    {
        if (m_local)
            m_local->stop();
        if (m_provider)
            m_provider->stop();
    }

private:
    // The provider: a gatehoused that wants an access key once it has one — that key is what the
    // local gateway holds as the provider's key.
    void startProvider()
    {
        QVERIFY(m_providerDir.isValid());
        const QByteArray providerAdmin = "provider-admin-" + randomPart();
        const QString tokenFile = writeFile(m_providerDir, "admin-token", providerAdmin + "\n");
        const QString config = writeFile(
            m_providerDir, "provider.toml",
            "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
                m_providerDir.filePath("state").toUtf8() +
                "\"\n\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n\n"
                "[[models]]\nname = \"cloud-chat\"\nupstreams = [\"d\"]\n");
        m_provider = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        const quint16 port = m_provider->waitForPort();
        QVERIFY2(port != 0, qPrintable(m_provider->log().right(1200)));
        const HttpResult created = request(port, "POST", "/admin/v1/keys", R"({"name":"gatehouse-customer"})",
                                           bearer(providerAdmin));
        QVERIFY2(created.status == 201, created.body.left(300).constData());
        m_providerKey = created.json().value("secret").toString().toUtf8();
        QVERIFY(m_providerKey.size() >= 16);
        QCOMPARE(request(port, "POST", "/v1/chat/completions", chatBody("cloud-chat", "hi")).status, 401);
    }

    void writeSecret(const QString& name, const QByteArray& value, SecretKind kind)
    {
        std::optional<SecretError> written;
        m_secrets->write(name, value, kind, [&](const SecretError& e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 45000);
        QVERIFY2(!*written, qPrintable(written->message));
    }

    CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        QProcess process;
        process.start(QStringLiteral(GATEHOUSECTL_PATH), args);
        CtlRun run;
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_ctlOutputs << run.out << run.err;
        return run;
    }

    QByteArrayList secrets() const
    {
        QByteArrayList all{m_providerKey, m_adminToken, m_secretPrompt};
        if (!m_accessKey.isEmpty())
            all << m_accessKey;
        return all;
    }

    QTemporaryDir m_providerDir;
    std::unique_ptr<GatehousedProcess> m_provider;
    QByteArray m_providerKey;
    QByteArray m_adminToken;
    QByteArray m_accessKey;
    QByteArray m_secretPrompt;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LocalGateway> m_local;
    QByteArrayList m_ctlOutputs;
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
