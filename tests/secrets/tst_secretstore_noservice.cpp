#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/PrivateBus.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using Code = SecretError::Code;

// A session bus, but no Secret Service on it (a server or container with D-Bus and no keyring):
// every operation says so in one sentence and nothing is stored.
class TestSecretStoreNoService : public QObject
{
    Q_OBJECT

private:
    PrivateBus m_bus;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_store;
    const QByteArray m_value = "gh-noservice-4d1e8a0c93b27f66";

    void verifyNoService(const SecretError& error)
    {
        QCOMPARE(error.code, Code::NoKeychain);
        QCOMPARE(
            error.message,
            QStringLiteral("No keychain is available: no Secret Service answers on the D-Bus session bus. "
                           "Install and unlock gnome-keyring or KWallet, then try again."));
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_bus.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() +
                                                 QStringLiteral("/.local/share/gatehouse/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_store = std::make_unique<SecretStore>(*m_catalog);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_bus.stop();
    }

    void writeFailsAndRecordsNothing()
    {
        verifyNoService(writeAndWait(*m_store, QStringLiteral("openai"), m_value, SecretKind::ProviderKey));
        QVERIFY(m_store->list().isEmpty());
    }

    void readFails() { verifyNoService(readAndWait(*m_store, QStringLiteral("openai"))); }

    void removeFailsAndKeepsTheCatalog()
    {
        QVERIFY(m_catalog->record(QStringLiteral("listed"), SecretKind::AdminToken));
        verifyNoService(removeAndWait(*m_store, QStringLiteral("listed")));
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

QTEST_GUILESS_MAIN(TestSecretStoreNoService)
#include "tst_secretstore_noservice.moc"
