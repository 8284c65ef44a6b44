#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretCatalog.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestSecretCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleDatabase> m_db;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<ConsoleDatabase>(m_dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM secret_names")));
    }

    void cleanup() { m_db.reset(); }

    void validNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("openai") << true;
        QTest::newRow("all allowed") << QStringLiteral("a0.b_c-d:e/f") << true;
        QTest::newRow("digit first") << QStringLiteral("1st") << true;
        QTest::newRow("one char") << QStringLiteral("x") << true;
        QTest::newRow("128 chars") << QString(128, u'k') << true;
        QTest::newRow("129 chars") << QString(129, u'k') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot first") << QStringLiteral(".hidden") << false;
        QTest::newRow("dash first") << QStringLiteral("-x") << false;
        QTest::newRow("slash first") << QStringLiteral("/x") << false;
        QTest::newRow("space") << QStringLiteral("my key") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("non-ASCII letter") << QStringLiteral("schlüssel") << false;
        QTest::newRow("quote") << QStringLiteral("a'b") << false;
        QTest::newRow("at") << QStringLiteral("me@host") << false;
    }

    void validNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(SecretCatalog::isValidName(name), valid);
    }

    void invalidNameMessageExplainsTheRule()
    {
        QCOMPARE(SecretCatalog::invalidNameMessage(QStringLiteral("my key")),
                 QStringLiteral(
                     "“my key” is not a valid secret name: use 1–128 ASCII letters, digits and . _ - : /, "
                     "starting with a letter or digit."));
        // Not echoed when it may be a pasted value rather than a name.
        QVERIFY(SecretCatalog::invalidNameMessage(QStringLiteral("a\nb"))
                    .startsWith(QLatin1String("The name is")));
    }

    void kindIdsRoundTrip()
    {
        for (SecretKind kind :
             {SecretKind::ProviderKey, SecretKind::AdminToken, SecretKind::AccessKey, SecretKind::Other}) {
            QVERIFY(isSecretKindId(secretKindId(kind)));
            QCOMPARE(secretKindFromId(secretKindId(kind)), kind);
            QVERIFY(!secretKindDisplayName(kind).isEmpty());
        }
        QCOMPARE(secretKindId(SecretKind::ProviderKey), QStringLiteral("provider-key"));
        QCOMPARE(secretKindId(SecretKind::AdminToken), QStringLiteral("admin-token"));
        QCOMPARE(secretKindId(SecretKind::AccessKey), QStringLiteral("access-key"));
        QCOMPARE(secretKindFromId(QStringLiteral("nonsense")), SecretKind::Other);
        QVERIFY(!isSecretKindId(QStringLiteral("nonsense")));
    }

    void recordListsNamesSorted()
    {
        SecretCatalog catalog(*m_db);
        QVERIFY(catalog.list().isEmpty());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY(catalog.record(QStringLiteral("zeta"), SecretKind::AdminToken));
        QVERIFY(catalog.record(QStringLiteral("alpha"), SecretKind::ProviderKey));
        const QList<SecretInfo> all = catalog.list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, QStringLiteral("alpha"));
        QCOMPARE(all[0].kind, SecretKind::ProviderKey);
        QCOMPARE(all[1].name, QStringLiteral("zeta"));
        QCOMPARE(all[1].kind, SecretKind::AdminToken);
        QVERIFY(all[0].created >= before);
        QCOMPARE(all[0].created, all[0].updated);
        QCOMPARE(all[0].created.timeSpec(), Qt::UTC);
        QVERIFY(catalog.contains(QStringLiteral("alpha")));
        QVERIFY(!catalog.contains(QStringLiteral("beta")));
    }

    void recordingAgainUpdatesKindAndDateButKeepsCreated()
    {
        SecretCatalog catalog(*m_db);
        QVERIFY(catalog.record(QStringLiteral("k"), SecretKind::Other));
        const SecretInfo first = catalog.find(QStringLiteral("k")).value();
        QTest::qWait(5);
        QVERIFY(catalog.record(QStringLiteral("k"), SecretKind::AccessKey));
        const SecretInfo second = catalog.find(QStringLiteral("k")).value();
        QCOMPARE(second.kind, SecretKind::AccessKey);
        QCOMPARE(second.created, first.created);
        QVERIFY(second.updated > first.updated);
        QCOMPARE(catalog.list().size(), 1);
    }

    void forgetRemovesAndToleratesUnknownNames()
    {
        SecretCatalog catalog(*m_db);
        QVERIFY(catalog.record(QStringLiteral("a"), SecretKind::Other));
        QVERIFY(catalog.forget(QStringLiteral("a")));
        QVERIFY(!catalog.contains(QStringLiteral("a")));
        QVERIFY(catalog.forget(QStringLiteral("never-there")));
        QVERIFY(catalog.list().isEmpty());
    }

    void refusesToRecordInvalidNames()
    {
        SecretCatalog catalog(*m_db);
        QVERIFY(!catalog.record(QStringLiteral("bad name"), SecretKind::Other));
        QVERIFY(catalog.errorString().contains(QLatin1String("not a valid secret name")));
        QVERIFY(catalog.list().isEmpty());
    }

    void namesSurviveReopening()
    {
        {
            SecretCatalog catalog(*m_db);
            QVERIFY(catalog.record(QStringLiteral("kept"), SecretKind::ProviderKey));
        }
        m_db.reset();
        m_db = std::make_unique<ConsoleDatabase>(m_dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(m_db->open());
        SecretCatalog catalog(*m_db);
        QCOMPARE(catalog.find(QStringLiteral("kept")).value().kind, SecretKind::ProviderKey);
    }
};

QTEST_GUILESS_MAIN(TestSecretCatalog)
#include "tst_secretcatalog.moc"
