#include "core/database/ConsoleDatabase.h"
#include "core/history/ChatHistory.h"
#include "core/history/HistoryKey.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace gatehouse;

namespace {

// Distinctive texts that must never appear in the database file.
const QString question = QStringLiteral("Where is invoice ZEBRA-7731 for Kowalski?");
const QString answer = QStringLiteral("Invoice ZEBRA-7731 was sent to Kowalski on Monday, Привет.");
const QString systemPrompt = QStringLiteral("You are the billing desk of Obsidian Parrot Ltd.");

ChatExchange exchange()
{
    ChatExchange e;
    e.target = QStringLiteral("Staging");
    e.request.model = QStringLiteral("demo-fast");
    e.request.messages = {{QStringLiteral("system"), systemPrompt}, {QStringLiteral("user"), question}};
    e.request.parameters.temperature = 0.3;
    e.request.parameters.seed = 42;
    e.request.parameters.stop = {QStringLiteral("MAGENTA-STOP")};
    e.outcome.content = answer;
    e.outcome.figures.timeToFirstTokenMs = 123;
    e.outcome.figures.totalMs = 456;
    e.outcome.figures.tokensPerSecond = 44.5;
    e.outcome.figures.promptTokens = 12;
    e.outcome.figures.completionTokens = 34;
    e.outcome.verdicts.cache = QStringLiteral("MISS");
    e.outcome.verdicts.filter = QStringLiteral("pass");
    e.outcome.verdicts.requestId = QStringLiteral("req-1");
    return e;
}

} // namespace

// The history through a real SQLite file with its key in the real keychain (private session).
class TestChatHistory : public QObject
{
    Q_OBJECT

    std::optional<HistoryCipher> openKey(SecretStore& secrets, QString* error = nullptr)
    {
        std::optional<HistoryCipher> cipher;
        bool done = false;
        QObject context;
        openHistoryKey(
            secrets, &context,
            [&](const std::optional<HistoryCipher>& c, const QString& e) {
                cipher = c;
                if (error)
                    *error = e;
                done = true;
            },
            QStringLiteral("chat-history-key-test")); // its own name: other tests share the keychain
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            return std::nullopt;
        return cipher;
    }

private slots:
    void sealsWithTheKeychainKeyAndOpensAgain()
    {
        const QString path = QDir::home().filePath(QStringLiteral("history.sqlite"));
        ConsoleDatabase db(path);
        QVERIFY(db.open());
        SecretCatalog catalog(db);
        SecretStore secrets(catalog);

        // First use creates the key in the keychain; the catalog lists its name.
        QString error;
        const auto cipher = openKey(secrets, &error);
        QVERIFY2(cipher && cipher->isUsable(), qPrintable(error));
        bool listed = false;
        for (const SecretInfo& s : secrets.list())
            listed = listed || s.name == QLatin1String("chat-history-key-test");
        QVERIFY(listed);

        ChatHistory history(db, *cipher);
        ChatExchange e = exchange();
        QCOMPARE(history.add(e), QString());
        QVERIFY(e.id > 0);
        ChatExchange other = exchange();
        other.request.messages = {{QStringLiteral("user"), QStringLiteral("What is a cache?")}};
        other.outcome.content = QStringLiteral("A store of answers.");
        QCOMPARE(history.add(other), QString());

        // A second opening reads the same key back and decrypts what the first stored.
        const auto again = openKey(secrets);
        QVERIFY(again);
        ChatHistory reopened(db, *again);
        const QList<ChatExchange> found = reopened.list(QStringLiteral("zebra"));
        QCOMPARE(found.size(), 1);
        const ChatExchange& r = found.first();
        QCOMPARE(r.id, e.id);
        QCOMPARE(r.question(), question);
        QCOMPARE(r.request.messages, e.request.messages);
        QCOMPARE(r.request.parameters.temperature, std::optional<double>(0.3));
        QCOMPARE(r.request.parameters.seed, std::optional<qint64>(42));
        QCOMPARE(r.request.parameters.stop, QStringList{QStringLiteral("MAGENTA-STOP")});
        QCOMPARE(r.outcome.content, answer);
        QCOMPARE(r.outcome.figures.timeToFirstTokenMs, 123);
        QCOMPARE(r.outcome.figures.totalMs, 456);
        QCOMPARE(r.outcome.figures.completionTokens, 34);
        QCOMPARE(r.outcome.verdicts.cache, QStringLiteral("MISS"));
        QCOMPARE(r.target, QStringLiteral("Staging"));
        QCOMPARE(reopened.list().size(), 2);
        QCOMPARE(reopened.list(QStringLiteral("CACHE")).size(), 1);

        // The database file holds none of the texts (also not its WAL or journal).
        db.connection().close();
        const QStringList leaks = test::filesContaining(QByteArrayList{
            question.toUtf8(), answer.toUtf8(), systemPrompt.toUtf8(), QByteArrayLiteral("ZEBRA-7731"),
            QByteArrayLiteral("MAGENTA-STOP"), QByteArrayLiteral("Obsidian Parrot")});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void anotherKeyCannotReadAndAlteredRowsAreRefused()
    {
        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("history2.sqlite")));
        QVERIFY(db.open());
        ChatHistory mine(db, HistoryCipher(HistoryCipher::newKey()));
        ChatExchange e = exchange();
        QCOMPARE(mine.add(e), QString());
        QCOMPARE(mine.list().size(), 1);

        int unreadable = 0;
        ChatHistory theirs(db, HistoryCipher(HistoryCipher::newKey()));
        QCOMPARE(theirs.list({}, 500, &unreadable).size(), 0);
        QCOMPARE(unreadable, 1);

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE chat_exchanges SET sealed = substr(sealed, 1, 40) || x'00' || "
                                      "substr(sealed, 42)")));
        QCOMPARE(mine.list({}, 500, &unreadable).size(), 0);
        QCOMPARE(unreadable, 1);
    }

    void retentionAndClearRemoveRows()
    {
        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("history3.sqlite")));
        QVERIFY(db.open());
        ChatHistory history(db, HistoryCipher(HistoryCipher::newKey()));
        ChatExchange old = exchange();
        old.created = QDateTime::currentDateTimeUtc().addDays(-40);
        ChatExchange fresh = exchange();
        QCOMPARE(history.add(old), QString());
        QCOMPARE(history.add(fresh), QString());
        QCOMPARE(history.removeOlderThan(QDateTime::currentDateTimeUtc().addDays(-30)), 1);
        QCOMPARE(history.list().size(), 1);
        QCOMPARE(history.list().first().id, fresh.id);
        QVERIFY(history.remove(fresh.id));
        QCOMPARE(history.count(), 0);
        QCOMPARE(history.add(fresh), QString());
        QVERIFY(history.clear());
        QCOMPARE(history.count(), 0);
    }

    void noKeychainMeansNoHistory()
    {
        // Registered a second time as tst_chathistory_nokeychain, with no session bus: no keychain.
        if (qgetenv("DBUS_SESSION_BUS_ADDRESS") != QByteArrayLiteral("unix:path=/nonexistent/bus"))
            QSKIP("runs as tst_chathistory_nokeychain");
        ConsoleDatabase db(QDir::home().filePath(QStringLiteral("history4.sqlite")));
        QVERIFY(db.open());
        SecretCatalog catalog(db);
        SecretStore secrets(catalog);
        QString error;
        const auto cipher = openKey(secrets, &error);
        QVERIFY(!cipher);
        QCOMPARE(error, SecretStore::noSessionBusMessage());
    }
};

QTEST_MAIN(TestChatHistory)
#include "tst_chathistory.moc"
