#include "core/database/ConsoleDatabase.h"
#include "core/secrets/SecretStore.h"
#include "tests/secrets/PrivateBus.h"
#include "tests/secrets/SecretStoreSync.h"
#include "tests/support/ScratchScan.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using Code = SecretError::Code;

// A real gnome-keyring whose default keyring gets locked, on the test's own bus (locking the shared
// keyring of private-session would break the tests running next to this one). QtKeychain alone
// reports a locked keyring's entries as "not found" and a delete as done while the entry stays:
// the store must say "locked" instead, and must not forget the name.
class TestSecretStoreLocked : public QObject
{
    Q_OBJECT

private:
    PrivateBus m_bus;
    QProcess m_keyring;
    std::unique_ptr<ConsoleDatabase> m_db;
    std::unique_ptr<SecretCatalog> m_catalog;
    std::unique_ptr<SecretStore> m_store;
    const QByteArray m_value = "gh-locked-b8e2f0a7c4d19356";

    static QDBusMessage serviceCall(const QString& method)
    {
        return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
                                              QStringLiteral("/org/freedesktop/secrets"),
                                              QStringLiteral("org.freedesktop.Secret.Service"), method);
    }

    static bool defaultKeyringLocked()
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get);
        return !reply.arguments().isEmpty() &&
               reply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
    }

private slots:
    void initTestCase()
    {
        qDBusRegisterMetaType<QMap<QString, QString>>();
        const QString problem = m_bus.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // gnome-keyring with a throwaway password, its control socket in our scratch HOME.
        const QString runtime = QDir::homePath() + QStringLiteral("/keyring-run");
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {"--foreground", "--unlock", "--components=secrets"});
        QVERIFY2(m_keyring.waitForStarted(10000),
                 "gnome-keyring-daemon is needed (apt-get install gnome-keyring)");
        m_keyring.write("throwaway-keyring-password");
        m_keyring.closeWriteChannel();
        QVERIFY2(QTest::qWaitFor(
                     [] {
                         return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                             QStringLiteral("org.freedesktop.secrets"));
                     },
                     20000),
                 "gnome-keyring did not register on the bus");

        m_db = std::make_unique<ConsoleDatabase>(QDir::homePath() +
                                                 QStringLiteral("/.local/share/gatehouse/console.sqlite"));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_catalog = std::make_unique<SecretCatalog>(*m_db);
        m_store = std::make_unique<SecretStore>(*m_catalog);

        // Stored while unlocked, then the default keyring is locked.
        const SecretError written =
            writeAndWait(*m_store, QStringLiteral("kept"), m_value, SecretKind::ProviderKey);
        QVERIFY2(!written, qPrintable(written.message));
        QVERIFY(!defaultKeyringLocked());
        QDBusMessage lock = serviceCall(QStringLiteral("Lock"));
        lock << QVariant::fromValue(
            QList<QDBusObjectPath>{QDBusObjectPath("/org/freedesktop/secrets/aliases/default")});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QVERIFY(defaultKeyringLocked());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_keyring.terminate();
        m_keyring.waitForFinished(5000);
        m_bus.stop();
    }

    void readSaysLockedNotNotFound()
    {
        QByteArray value = "untouched";
        const SecretError error = readAndWait(*m_store, QStringLiteral("kept"), &value);
        QCOMPARE(error.code, Code::Locked);
        QCOMPARE(error.message, SecretStore::lockedMessage());
        QVERIFY(value.isEmpty());
    }

    void writeSaysLockedAndRecordsNothing()
    {
        const SecretError error = writeAndWait(*m_store, QStringLiteral("new"), m_value + "-new");
        QCOMPARE(error.code, Code::Locked);
        QCOMPARE(error.message, SecretStore::lockedMessage());
        QVERIFY(!m_catalog->contains(QStringLiteral("new")));
    }

    void removeSaysLockedAndKeepsTheName()
    {
        const SecretError error = removeAndWait(*m_store, QStringLiteral("kept"));
        QCOMPARE(error.code, Code::Locked);
        QCOMPARE(error.message, SecretStore::lockedMessage());
        QVERIFY(m_catalog->contains(QStringLiteral("kept")));
        // The entry is still in the keychain: the name must stay listed.
        QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
        search << QVariant::fromValue(
            QMap<QString, QString>{{QStringLiteral("user"), QStringLiteral("kept")},
                                   {QStringLiteral("server"), SecretStore::serviceName()}});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(search);
        QCOMPARE(reply.arguments().size(), 2);
        const auto lockedItems = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        QCOMPARE(lockedItems.size(), 1);
    }

    void nothingLeakedIntoFiles()
    {
        const QStringList hits = filesContaining({m_value, m_value.toBase64()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreLocked)
#include "tst_secretstore_locked.moc"
