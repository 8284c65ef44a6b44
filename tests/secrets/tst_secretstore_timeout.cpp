#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/PrivateBus.h"
#include "tests/secrets/SecretStoreSync.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDir>
#include <QMutex>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using namespace std::chrono_literals;

namespace {

// A Secret Service that takes every call and never answers, like one waiting on an unlock prompt
// nobody sees. release() finally answers them all with an error.
class SilentSecretService : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override
    {
        message.setDelayedReply(true);
        QMutexLocker lock(&m_mutex);
        m_held.append({message, connection});
        return true;
    }

    QString introspect(const QString&) const override { return {}; }

    int release()
    {
        QMutexLocker lock(&m_mutex);
        const int count = int(m_held.size());
        for (auto& [message, connection] : m_held)
            connection.send(
                message.createErrorReply(QDBusError::Failed, QStringLiteral("released by the test")));
        m_held.clear();
        return count;
    }

    int held()
    {
        QMutexLocker lock(&m_mutex);
        return int(m_held.size());
    }

private:
    QMutex m_mutex;
    QList<std::pair<QDBusMessage, QDBusConnection>> m_held;
};

} // namespace

// The keychain does not answer: every operation fails at its deadline with the timeout sentence,
// exactly once, and records nothing, also when the answer comes late. Runs its own D-Bus daemon.
class TestSecretStoreTimeout : public QObject
{
    Q_OBJECT

private:
    PrivateBus m_bus;
    SilentSecretService m_service;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_store;

private slots:
    void initTestCase()
    {
        const QString problem = m_bus.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray address = m_bus.address();

        QDBusConnection fake =
            QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("silent"));
        QVERIFY(fake.isConnected());
        QVERIFY(fake.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
        QVERIFY(fake.registerService(QStringLiteral("org.freedesktop.secrets")));

        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() +
                                                 QStringLiteral("/.local/share/gatehouse/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_store = std::make_unique<SecretStore>(*m_catalog);
        m_store->setTimeout(1s);
    }

    void cleanupTestCase()
    {
        // Let the abandoned QtKeychain jobs finish (they free themselves) before the bus goes away.
        for (int round = 0; round < 20; ++round) {
            m_service.release();
            QTest::qWait(50);
        }
        m_store.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("silent"));
        m_bus.stop();
    }

    void theSentenceSaysWhatToDo()
    {
        QCOMPARE(SecretStore::timeoutMessage(SecretStore::defaultTimeout),
                 QStringLiteral(
                     "The keychain did not answer within 30 s; it may be waiting for you to unlock it."));
        QCOMPARE(m_store->timeout(), 1000ms);
    }

    void writeTimesOutOnceAndRecordsNothing()
    {
        int calls = 0;
        SecretError result;
        m_store->write(QStringLiteral("slow"), "gh-timeout-value", SecretKind::ProviderKey,
                       [&](const SecretError& error) {
                           ++calls;
                           result = error;
                       });
        QVERIFY(QTest::qWaitFor([&] { return calls > 0; }, answerWaitMs));
        QCOMPARE(result.code, SecretError::Code::Timeout);
        QCOMPARE(result.message, SecretStore::timeoutMessage(1s));
        QVERIFY(m_service.held() > 0); // it really was waiting on the keychain

        // The keychain answers late (with an error): no second callback, nothing recorded.
        QVERIFY(QTest::qWaitFor([&] { return m_service.release() > 0; }, 5000));
        QTest::qWait(300);
        m_service.release();
        QTest::qWait(300);
        QCOMPARE(calls, 1);
        QVERIFY(m_store->list().isEmpty());
    }

    void readTimesOut()
    {
        const SecretError error = readAndWait(*m_store, QStringLiteral("slow"));
        QCOMPARE(error.code, SecretError::Code::Timeout);
        QCOMPARE(error.message, SecretStore::timeoutMessage(1s));
    }

    void removeTimesOutAndKeepsTheName()
    {
        QVERIFY(m_catalog->record(QStringLiteral("listed"), SecretKind::AdminToken));
        const SecretError error = removeAndWait(*m_store, QStringLiteral("listed"));
        QCOMPARE(error.code, SecretError::Code::Timeout);
        QVERIFY(m_catalog->contains(QStringLiteral("listed")));
    }

    void queuedCallsAllEndWithTheTimeout()
    {
        int calls = 0;
        QList<SecretError::Code> codes;
        for (int i = 0; i < 3; ++i)
            m_store->read(QStringLiteral("queued"), [&](const SecretError& error, const QByteArray&) {
                ++calls;
                codes << error.code;
            });
        QVERIFY(QTest::qWaitFor([&] { return calls == 3; }, answerWaitMs));
        QCOMPARE(codes, (QList<SecretError::Code>(3, SecretError::Code::Timeout)));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreTimeout)
#include "tst_secretstore_timeout.moc"
