#include "core/secrets/KeychainProbe.h"

#include <QTimer>

#ifdef GATEHOUSE_SECRET_SERVICE_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace gatehouse::detail {

#ifdef GATEHOUSE_SECRET_SERVICE_PROBE

namespace {

QString secretService()
{
    return QStringLiteral("org.freedesktop.secrets");
}

KeychainState stateFromError(const QDBusError& error)
{
    // ServiceUnknown: nothing owns the name and no .service file can start it; Spawn.*: a .service
    // file exists but the daemon did not start.
    const QString name = error.name();
    if (error.type() == QDBusError::ServiceUnknown ||
        name.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn")) ||
        name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return KeychainState::NoSecretService;
    return KeychainState::Unknown;
}

// Calls `method` and hands the reply (or error) to `handle` on `context`'s thread.
void call(QObject* context, const QDBusMessage& message, int timeoutMs,
          std::function<void(const QDBusMessage& reply)> handle)
{
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message, timeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, handle = std::move(handle)](QDBusPendingCallWatcher*) {
                         watcher->deleteLater();
                         handle(watcher->reply());
                     });
}

} // namespace

void probeKeychain(QObject* context, int timeoutMs, std::function<void(KeychainState)> done)
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(KeychainState::NoSessionBus); });
        return;
    }
    QDBusMessage readAlias = QDBusMessage::createMethodCall(
        secretService(), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    call(context, readAlias, timeoutMs,
         [context, timeoutMs, done = std::move(done)](const QDBusMessage& reply) {
             if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                 done(stateFromError(QDBusError(reply)));
                 return;
             }
             const QString path = reply.arguments().constFirst().value<QDBusObjectPath>().path();
             if (path.isEmpty() || path == QLatin1String("/")) {
                 done(KeychainState::NoDefaultKeyring);
                 return;
             }
             QDBusMessage getLocked = QDBusMessage::createMethodCall(
                 secretService(), path, QStringLiteral("org.freedesktop.DBus.Properties"),
                 QStringLiteral("Get"));
             getLocked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
             call(context, getLocked, timeoutMs, [done](const QDBusMessage& lockedReply) {
                 if (lockedReply.type() != QDBusMessage::ReplyMessage || lockedReply.arguments().isEmpty()) {
                     done(stateFromError(QDBusError(lockedReply)));
                     return;
                 }
                 const bool locked =
                     lockedReply.arguments().constFirst().value<QDBusVariant>().variant().toBool();
                 done(locked ? KeychainState::Locked : KeychainState::Unlocked);
             });
         });
}

#else

void probeKeychain(QObject* context, int, std::function<void(KeychainState)> done)
{
    // Keychain (macOS) and Credential Manager (Windows) report their states through QtKeychain.
    QTimer::singleShot(0, context, [done = std::move(done)] { done(KeychainState::Unknown); });
}

#endif

} // namespace gatehouse::detail
