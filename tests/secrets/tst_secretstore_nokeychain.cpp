#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using Code = SecretError::Code;

// Registered with DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus: no session bus, so no Secret
// Service. Every operation must fail with the same one-sentence cause-and-fix, and nothing may be
// stored anywhere else (no plaintext fallback, no catalog row).
class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_store;
    const QByteArray m_value = "gh-nokeychain-9f2c61b7e0d4a35581";

    void verifyNoKeychain(const SecretError& error)
    {
        QCOMPARE(error.code, Code::NoKeychain);
        QCOMPARE(error.message, SecretStore::noSessionBusMessage());
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/bus"));
        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() +
                                                 QStringLiteral("/.local/share/gatehouse/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_store = std::make_unique<SecretStore>(*m_catalog);
    }

    void theSentenceNamesCauseAndFix()
    {
        QCOMPARE(SecretStore::noSessionBusMessage(),
                 QStringLiteral(
                     "No keychain is available: there is no D-Bus session bus, so no Secret Service can "
                     "answer. Start Gatehouse in a desktop session with gnome-keyring or KWallet running "
                     "and unlocked, then try again."));
    }

    void writeFailsAndRecordsNothing()
    {
        verifyNoKeychain(writeAndWait(*m_store, QStringLiteral("openai"), m_value, SecretKind::ProviderKey));
        QVERIFY(m_store->list().isEmpty());
    }

    void readFails() { verifyNoKeychain(readAndWait(*m_store, QStringLiteral("openai"))); }

    void removeFailsAndKeepsTheCatalog()
    {
        // A name listed from an earlier session stays listed: the keychain could not confirm the delete.
        QVERIFY(m_catalog->record(QStringLiteral("listed"), SecretKind::AdminToken));
        verifyNoKeychain(removeAndWait(*m_store, QStringLiteral("listed")));
        QVERIFY(m_catalog->contains(QStringLiteral("listed")));
        QVERIFY(m_catalog->forget(QStringLiteral("listed")));
    }

    void nothingWasStored()
    {
        QVERIFY(m_store->list().isEmpty());
        const QStringList hits = filesContaining({m_value, m_value.toBase64()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"
