#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/KeychainSession.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using Code = SecretError::Code;

// Against the real gnome-keyring of tests/support/private-session. Values are compared with QVERIFY,
// never QCOMPARE, so that a failure does not print a secret.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_store;
    QByteArrayList m_values; // every value this test handed to the keychain, for the final scan

    static QString name(const char* suffix) { return QStringLiteral("tst-store/") + QLatin1String(suffix); }

    QByteArray secret(const QByteArray& kind)
    {
        QByteArray value =
            "gh-" + kind + "-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        m_values << value;
        return value;
    }

private slots:
    void initTestCase()
    {
        const QString problem = keychainSessionProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() +
                                                 QStringLiteral("/.local/share/gatehouse/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_store = std::make_unique<SecretStore>(*m_catalog);
    }

    void writeThenReadReturnsTheSameBytes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("ASCII") << secret("ascii");
        QTest::newRow("non-ASCII UTF-8") << secret("Schlüssel-ключ-鍵-🔑");
        QByteArray binary = secret("binary");
        binary.append('\0').append("\xff\xfe\x00\x01", 4).append('\0');
        m_values << binary;
        QTest::newRow("binary with NUL bytes") << binary;
        QByteArray allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.append(char(i));
        allBytes.append(secret("allbytes"));
        m_values << allBytes;
        QTest::newRow("all 256 byte values") << allBytes;
        QTest::newRow("trailing newline kept") << secret("newline").append('\n');
        QByteArray large;
        while (large.size() < 16 * 1024)
            large.append(secret("large"));
        QTest::newRow("16 KiB") << large;
    }

    void writeThenReadReturnsTheSameBytes()
    {
        QFETCH(QByteArray, value);
        const QString key = name("roundtrip");
        const SecretError written = writeAndWait(*m_store, key, value, SecretKind::ProviderKey);
        QVERIFY2(!written, qPrintable(written.message));
        QByteArray read;
        const SecretError readError = readAndWait(*m_store, key, &read);
        QVERIFY2(!readError, qPrintable(readError.message));
        QVERIFY2(read == value, "the keychain returned other bytes than were written");
        QVERIFY(!removeAndWait(*m_store, key));
    }

    void overwriteReplacesValueKindAndDate()
    {
        const QString key = name("overwrite");
        QVERIFY(!writeAndWait(*m_store, key, secret("first"), SecretKind::ProviderKey));
        const SecretInfo before = m_catalog->find(key).value();
        QTest::qWait(5);
        const QByteArray second = secret("second");
        QVERIFY(!writeAndWait(*m_store, key, second, SecretKind::AdminToken));
        QByteArray read;
        QVERIFY(!readAndWait(*m_store, key, &read));
        QVERIFY2(read == second, "the second write did not replace the first value");
        const SecretInfo after = m_catalog->find(key).value();
        QCOMPARE(after.kind, SecretKind::AdminToken);
        QCOMPARE(after.created, before.created);
        QVERIFY(after.updated > before.updated);
        QVERIFY(!removeAndWait(*m_store, key));
    }

    void listShowsNamesAndKinds()
    {
        QVERIFY(!writeAndWait(*m_store, name("b-token"), secret("list"), SecretKind::AdminToken));
        QVERIFY(!writeAndWait(*m_store, name("a-key"), secret("list"), SecretKind::AccessKey));
        const QList<SecretInfo> all = m_store->list();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, name("a-key"));
        QCOMPARE(all[0].kind, SecretKind::AccessKey);
        QCOMPARE(all[1].name, name("b-token"));
        QCOMPARE(all[1].kind, SecretKind::AdminToken);
        QVERIFY(all[0].updated.isValid());
        QVERIFY(!removeAndWait(*m_store, name("a-key")));
        QVERIFY(!removeAndWait(*m_store, name("b-token")));
        QVERIFY(m_store->list().isEmpty());
    }

    void removeDeletesFromKeychainAndCatalog()
    {
        const QString key = name("removed");
        QVERIFY(!writeAndWait(*m_store, key, secret("removed"), SecretKind::Other));
        QVERIFY(m_catalog->contains(key));
        const SecretError removed = removeAndWait(*m_store, key);
        QVERIFY2(!removed, qPrintable(removed.message));
        QVERIFY(!m_catalog->contains(key));
        QByteArray read = "untouched";
        const SecretError error = readAndWait(*m_store, key, &read);
        QCOMPARE(error.code, Code::NotFound);
        QVERIFY(read.isEmpty());
    }

    void readOfUnknownNameIsNotFound()
    {
        const SecretError error = readAndWait(*m_store, name("never-written"));
        QCOMPARE(error.code, Code::NotFound);
        QCOMPARE(error.message,
                 QStringLiteral("No secret named “tst-store/never-written” is stored in the keychain."));
    }

    void removeOfUnknownNameIsNotFound()
    {
        const SecretError error = removeAndWait(*m_store, name("never-written"));
        QCOMPARE(error.code, Code::NotFound);
        QCOMPARE(error.message, SecretStore::notFoundMessage(name("never-written")));
    }

    void removeCleansANameTheKeychainNoLongerHolds()
    {
        // Listed, but gone from the keychain (deleted with another tool): the user wants the name gone.
        const QString key = name("orphan");
        QVERIFY(m_catalog->record(key, SecretKind::ProviderKey));
        const SecretError error = removeAndWait(*m_store, key);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!m_catalog->contains(key));
    }

    void invalidNamesAreRefusedWithoutTouchingAnything_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("my key");
        QTest::newRow("leading dot") << QStringLiteral(".x");
        QTest::newRow("non-ASCII") << QStringLiteral("schlüssel");
        QTest::newRow("too long") << QString(129, u'n');
    }

    void invalidNamesAreRefusedWithoutTouchingAnything()
    {
        QFETCH(QString, key);
        const SecretError written = writeAndWait(*m_store, key, secret("invalid"));
        QCOMPARE(written.code, Code::InvalidName);
        QCOMPARE(written.message, SecretCatalog::invalidNameMessage(key));
        QCOMPARE(readAndWait(*m_store, key).code, Code::InvalidName);
        QCOMPARE(removeAndWait(*m_store, key).code, Code::InvalidName);
        QVERIFY(m_store->list().isEmpty());
    }

    void emptyValueIsRefused()
    {
        const SecretError error = writeAndWait(*m_store, name("empty"), QByteArray());
        QVERIFY(error);
        QVERIFY(error.message.contains(QLatin1String("empty")));
        QVERIFY(!m_catalog->contains(name("empty")));
        QCOMPARE(readAndWait(*m_store, name("empty")).code, Code::NotFound);
    }

    void callbacksComeLaterAndInOrder()
    {
        QStringList order;
        const QByteArray value = secret("order");
        m_store->write(name("order"), value, SecretKind::Other,
                       [&](const SecretError& e) { order << (e ? e.message : QStringLiteral("write")); });
        m_store->read(name("order"), [&](const SecretError& e, const QByteArray& read) {
            order << (e               ? e.message
                      : read == value ? QStringLiteral("read")
                                      : QStringLiteral("read other bytes"));
        });
        m_store->remove(name("order"),
                        [&](const SecretError& e) { order << (e ? e.message : QStringLiteral("remove")); });
        m_store->read(name("order"), [&](const SecretError& e, const QByteArray&) {
            order << (e.code == Code::NotFound ? QStringLiteral("gone") : QStringLiteral("still there"));
        });
        QVERIFY(order.isEmpty()); // never called from inside the call
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 4; }, answerWaitMs));
        QCOMPARE(order, (QStringList{"write", "read", "remove", "gone"}));
    }

    void wipeZeroesUnsharedBuffersOnly()
    {
        QByteArray owned("not really secret");
        wipe(owned);
        QVERIFY(owned.isEmpty());

        QByteArray shared("kept by another holder");
        const QByteArray other = shared;
        wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, QByteArray("kept by another holder"));
    }

    void onlyCoreSecretsTalksToQtKeychain()
    {
        const QString root = qEnvironmentVariable("GATEHOUSE_SOURCE_DIR");
        QVERIFY(!root.isEmpty());
        QStringList offenders;
        for (const char* folder : {"app", "cli", "core", "gateway", "ui", "tests"}) {
            QDirIterator it(root + u'/' + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(root).relativeFilePath(path);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray text = file.readAll();
                if (relative.startsWith(QLatin1String("core/secrets/")) ||
                    relative.startsWith(QLatin1String("tests/secrets/")))
                    continue;
                if (text.contains("keychain.h") || text.contains("QKeychain::") ||
                    text.contains("InsecureFallback"))
                    offenders << relative;
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u' ')));
    }

    void scratchHomeHoldsNoSecret()
    {
        QVERIFY(!m_values.isEmpty());
        QByteArrayList needles = m_values;
        for (const QByteArray& value : std::as_const(m_values))
            needles << value.toBase64(); // how QtKeychain encodes binary values
        const QStringList hits = filesContaining(needles);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
