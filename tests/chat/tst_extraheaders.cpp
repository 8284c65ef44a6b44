#include "core/chat/ChatClient.h"
#include "core/chat/ChatReply.h"
#include "core/chat/EndpointResolution.h"
#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/registry/ProfileValidation.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;

namespace {

// A test HTTP server on 127.0.0.1 that keeps the request head it got and answers one streamed
// chat completion.
class RecordingServer : public QTcpServer
{
public:
    QByteArray head;

    RecordingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_buffer += socket->readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0 || !head.isEmpty())
                    return;
                head = m_buffer.left(end);
                const QByteArray body =
                    "data: {\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}\n\ndata: [DONE]\n\n";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
    }

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

private:
    QByteArray m_buffer;
};

} // namespace

// Per-entry extra headers and compatibility: stored in the registry (real SQLite), the secrets
// they name read from the real keychain, and sent on the wire to a real socket.
class TestExtraHeaders : public QObject
{
    Q_OBJECT

private slots:
    void headersNamingSecretsReachTheServerButNotTheDatabase()
    {
        const QByteArray secretValue = "pk-live-SECRET-4b1d9e";
        const QString folder = QDir::home().filePath(QStringLiteral("headers"));
        QVERIFY(QDir().mkpath(folder));
        ConsoleDatabase db(folder + QStringLiteral("/console.sqlite"));
        QVERIFY(db.open());
        SecretCatalog catalog(db);
        SecretStore secrets(catalog);
        bool written = false;
        secrets.write(QStringLiteral("portkey"), secretValue, SecretKind::ProviderKey,
                      [&](const SecretError& e) {
                          QVERIFY2(!e, qPrintable(e.message));
                          written = true;
                      });
        QTRY_VERIFY_WITH_TIMEOUT(written, 30000);

        RecordingServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        GatewayRegistry registry(db);
        GatewayProfile p;
        p.name = QStringLiteral("Portkey");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
        p.chat.extraHeaders = {{QStringLiteral("x-portkey-api-key"), QStringLiteral("{secret:portkey}")},
                               {QStringLiteral("x-portkey-config"), QStringLiteral("pc-support-7")}};
        p.chat.tokenLimitField = QStringLiteral("max_completion_tokens");
        p.chat.streamOptions = false;
        QVERIFY(registry.add(p).ok());
        const auto stored = registry.findByName(QStringLiteral("Portkey"));
        QVERIFY(stored);
        QCOMPARE(stored->chat, p.chat);

        ChatClient client;
        ChatReply* reply = nullptr;
        QString error;
        QObject context;
        ChatRequest request;
        request.model = QStringLiteral("gpt-4o-mini");
        request.parameters.maxTokens = 50;
        request.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        resolveEndpoint(secrets, *stored, &context, [&](const ChatEndpoint& endpoint, const QString& e) {
            error = e;
            if (e.isEmpty())
                reply = client.send(endpoint, request);
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply || !error.isEmpty(), 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QVERIFY2(!reply->error(), qPrintable(reply->error().message()));
        QCOMPARE(reply->content(), QStringLiteral("ok"));
        QCOMPARE(server.header("x-portkey-api-key"), secretValue);
        QCOMPARE(server.header("x-portkey-config"), QByteArrayLiteral("pc-support-7"));

        // The secret is in the keychain only: the database holds just its name.
        db.connection().close();
        const QStringList leaks = test::filesContaining(QByteArrayList{secretValue}, folder);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void aMissingSecretIsNamed()
    {
        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(db.open());
        SecretCatalog catalog(db);
        SecretStore secrets(catalog);
        GatewayProfile p;
        p.name = QStringLiteral("Helicone");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        p.chat.extraHeaders = {
            {QStringLiteral("Helicone-Auth"), QStringLiteral("Bearer {secret:helicone-missing}")}};
        QString error;
        bool done = false;
        QObject context;
        resolveEndpoint(secrets, p, &context, [&](const ChatEndpoint&, const QString& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(error.contains(QStringLiteral("helicone-missing")) &&
                     error.contains(QStringLiteral("Helicone")),
                 qPrintable(error));
    }

    void badHeadersAreRefusedWithTheirName()
    {
        GatewayProfile p;
        p.name = QStringLiteral("Azure");
        p.kind = GatewayKind::OpenAiCompatible;
        p.baseUrl = QUrl(QStringLiteral("https://example.openai.azure.com/openai/v1"));
        p.chat.extraHeaders = {{QStringLiteral("api key"), QStringLiteral("x")}};
        QList<FieldError> errors = validateProfile(p);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("chat.headers"));
        QVERIFY2(errors.first().message.contains(QStringLiteral("\"api key\"")),
                 qPrintable(errors.first().message));
        p.chat.extraHeaders = {{QStringLiteral("api-key"), QStringLiteral("line\nbreak")}};
        QCOMPARE(validateProfile(p).size(), 1);
        p.chat.extraHeaders = {{QStringLiteral("api-key"), QStringLiteral("{secret:azure}")}};
        QCOMPARE(validateProfile(p).size(), 0);
    }
};

QTEST_MAIN(TestExtraHeaders)
#include "tst_extraheaders.moc"
