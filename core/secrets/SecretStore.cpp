#include "core/secrets/SecretStore.h"

#include "core/secrets/KeychainProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

// QtKeychain's "insecure fallback" stores secrets in plain text in QSettings when no keychain
// answers. This file is the only one that includes QtKeychain, and from here on naming the setter is
// a compile error, so the fallback stays off (its default) in every job we create.
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC poison setInsecureFallback
#endif

namespace gatehouse {

using detail::KeychainState;

namespace {

// Gives the free functions here the translation context of SecretStore's own tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::SecretStore)
};

// Zeroes a buffer in place even when it is shared: used on the bytes a QtKeychain job holds (the job
// shares them with us and frees them later without wiping).
void overwriteInPlace(QByteArray& bytes)
{
    if (bytes.isEmpty() || !bytes.data_ptr().isMutable())
        return;
    volatile char* p = const_cast<char*>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
}

QString withoutFinalPeriod(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

SecretError errorFromState(KeychainState state)
{
    switch (state) {
    case KeychainState::NoSessionBus:
        return {SecretError::Code::NoKeychain, SecretStore::noSessionBusMessage()};
    case KeychainState::NoSecretService:
        return {SecretError::Code::NoKeychain, SecretStore::noSecretServiceMessage()};
    case KeychainState::NoDefaultKeyring:
        return {SecretError::Code::NoKeychain, SecretStore::noDefaultKeyringMessage()};
    case KeychainState::Locked:
        return {SecretError::Code::Locked, SecretStore::lockedMessage()};
    case KeychainState::Unknown:
    case KeychainState::Unlocked:
        break;
    }
    return {};
}

SecretError errorFromKeychain(int code, const QString& keychainMessage, const QString& name)
{
    const QString why = withoutFinalPeriod(keychainMessage);
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretError::Code::NotFound, SecretStore::notFoundMessage(name)};
    case QKeychain::AccessDeniedByUser:
        return {SecretError::Code::AccessDenied,
                Text::tr("Access to the keychain was refused. Allow Gatehouse to use the keychain when it "
                         "asks, then try again.")};
    case QKeychain::AccessDenied:
        return {SecretError::Code::AccessDenied,
                Text::tr("The keychain refused access (%1). Unlock it and allow Gatehouse to use it, then "
                         "try again.")
                    .arg(why)};
    case QKeychain::NoBackendAvailable:
        return {SecretError::Code::NoKeychain,
                Text::tr("No keychain is available (%1). Install and unlock a keychain (gnome-keyring or "
                         "KWallet on Linux), then try again.")
                    .arg(why)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return {SecretError::Code::Other, Text::tr("The keychain failed: %1.").arg(why)};
}

template <typename JobType> JobType* newJob(const QString& name)
{
    // No parent and auto-delete: QtKeychain's libsecret callbacks hold a raw pointer to the job, so
    // a job must live until it finishes, even when we stopped waiting for it (timeout, store gone).
    auto* job = new JobType(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setKey(name);
    Q_ASSERT(!job->insecureFallback());
    return job;
}

} // namespace

// One call: its deadline runs from the moment it was made. `start` runs when the call reaches the
// front of the queue; `fail` tells the caller about an error (with an empty value for reads).
class SecretStore::Operation : public QObject
{
public:
    Operation(SecretStore* store, std::function<void(Operation*)> startWork,
              std::function<void(const SecretError&)> reportError)
        : QObject(store)
        , start(std::move(startWork))
        , report(std::move(reportError))
        , deadline(new QTimer(this))
    {
        deadline->setSingleShot(true);
    }

    std::function<void(Operation*)> start;
    std::function<void(const SecretError&)> report;
    QTimer* deadline;
    bool finished = false;
};

SecretStore::SecretStore(SecretCatalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName()
{
    return QStringLiteral("Gatehouse");
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout.count() > 0 ? timeout : defaultTimeout;
}

QString SecretStore::noSessionBusMessage()
{
    return tr("No keychain is available: there is no D-Bus session bus, so no Secret Service can "
              "answer. Start Gatehouse in a desktop session with gnome-keyring or KWallet running and "
              "unlocked, then try again.");
}

QString SecretStore::noSecretServiceMessage()
{
    return tr("No keychain is available: no Secret Service answers on the D-Bus session bus. Install "
              "and unlock gnome-keyring or KWallet, then try again.");
}

QString SecretStore::noDefaultKeyringMessage()
{
    return tr("No keychain is available: the Secret Service has no default keyring. Create one in "
              "your keyring manager (for example Seahorse) and unlock it, then try again.");
}

QString SecretStore::lockedMessage()
{
    return tr("The keychain is locked. Unlock it in your keyring manager (for example Seahorse) or "
              "accept its unlock prompt, then try again.");
}

QString SecretStore::timeoutMessage(std::chrono::milliseconds timeout)
{
    return tr("The keychain did not answer within %1 s; it may be waiting for you to unlock it.")
        .arg(QString::number(static_cast<double>(timeout.count()) / 1000.0, 'g', 3));
}

QString SecretStore::notFoundMessage(const QString& name)
{
    return tr("No secret named “%1” is stored in the keychain.").arg(name);
}

SecretStore::Operation* SecretStore::enqueue(std::function<void(Operation*)> start,
                                             std::function<void(const SecretError&)> report)
{
    auto* operation = new Operation(this, std::move(start), std::move(report));
    const std::chrono::milliseconds timeout = m_timeout;
    connect(operation->deadline, &QTimer::timeout, this, [this, operation, timeout] {
        fail(operation, {SecretError::Code::Timeout, timeoutMessage(timeout)});
    });
    operation->deadline->start(timeout);
    m_queue.append(operation);
    // Never start (or answer) from inside write/read/remove: callers get their callback later.
    QTimer::singleShot(0, this, &SecretStore::startNext);
    return operation;
}

void SecretStore::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_running = true;
    Operation* operation = m_queue.constFirst();
    operation->start(operation);
}

void SecretStore::finish(Operation* operation, const std::function<void()>& notify)
{
    if (operation->finished)
        return;
    operation->finished = true;
    operation->deadline->stop();
    if (!m_queue.isEmpty() && m_queue.constFirst() == operation)
        m_running = false;
    m_queue.removeOne(operation);
    operation->deleteLater();
    QTimer::singleShot(0, this, &SecretStore::startNext);
    notify(); // last: the caller may destroy the store
}

void SecretStore::fail(Operation* operation, const SecretError& error)
{
    finish(operation, [report = operation->report, error] { report(error); });
}

void SecretStore::diagnose(Operation* operation, int keychainError, const QString& keychainMessage,
                           const QString& name)
{
    QPointer<Operation> guard(operation);
    detail::probeKeychain(this, int(m_timeout.count()),
                          [this, guard, keychainError, keychainMessage, name](KeychainState state) {
                              if (!guard)
                                  return;
                              SecretError error = errorFromState(state);
                              if (!error)
                                  error = errorFromKeychain(keychainError, keychainMessage, name);
                              fail(guard, error);
                          });
}

void SecretStore::write(const QString& name, const QByteArray& value, SecretKind kind, Done done)
{
    if (!SecretCatalog::isValidName(name)) {
        const SecretError error{SecretError::Code::InvalidName, SecretCatalog::invalidNameMessage(name)};
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
        return;
    }
    if (value.isEmpty()) {
        const SecretError error{SecretError::Code::Other,
                                tr("The secret “%1” was not stored: its value is empty.").arg(name)};
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
        return;
    }
    // Our own copy (the caller keeps theirs), wiped together with the job's reference to it once the
    // job is done with it.
    QByteArray copy(value.constData(), value.size());
    enqueue(
        [this, name, kind, copy, done](Operation* operation) mutable {
            auto* job = newJob<QKeychain::WritePasswordJob>(name);
            job->setBinaryData(copy); // binary: QtKeychain stores it base64-encoded, so any bytes survive
            QPointer<Operation> guard(operation);
            // Context `this`, not the operation: after a timeout the catalog still follows the keychain.
            connect(job, &QKeychain::Job::finished, this,
                    [this, guard, name, kind, done](QKeychain::Job* finished) {
                        if (finished->error() != QKeychain::NoError) {
                            if (guard)
                                diagnose(guard, finished->error(), finished->errorString(), name);
                            return;
                        }
                        const bool existed = m_catalog.contains(name);
                        if (m_catalog.record(name, kind)) {
                            if (guard)
                                finish(guard, [done] { done({}); });
                            return;
                        }
                        const QString why = withoutFinalPeriod(m_catalog.errorString());
                        SecretError error{SecretError::Code::Database, {}};
                        if (existed) {
                            error.message =
                                tr("The secret “%1” was replaced in the keychain, but the console "
                                   "database could not record the change (%2).")
                                    .arg(name, why);
                        } else {
                            // Undo the keychain side so it holds nothing the catalog does not list.
                            newJob<QKeychain::DeletePasswordJob>(name)->start();
                            error.message = tr("The secret “%1” was not stored: the console database could "
                                               "not record its name (%2). Check that the data folder is "
                                               "writable, then try again.")
                                                .arg(name, why);
                        }
                        if (guard)
                            fail(guard, error);
                    });
            // No context object: runs even after the store is gone, as the job's last use of the value.
            connect(job, &QKeychain::Job::finished,
                    [copy](QKeychain::Job*) mutable { overwriteInPlace(copy); });
            wipe(copy);
            job->start();
        },
        [done](const SecretError& error) { done(error); });
}

void SecretStore::read(const QString& name, ReadDone done)
{
    if (!SecretCatalog::isValidName(name)) {
        const SecretError error{SecretError::Code::InvalidName, SecretCatalog::invalidNameMessage(name)};
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error, {}); });
        return;
    }
    enqueue(
        [this, name, done](Operation* operation) {
            auto* job = newJob<QKeychain::ReadPasswordJob>(name);
            QPointer<Operation> guard(operation);
            connect(job, &QKeychain::Job::finished, operation,
                    [this, guard, name, done](QKeychain::Job* finished) {
                        if (!guard)
                            return;
                        if (finished->error() == QKeychain::EntryNotFound) {
                            // A locked Secret Service answers "not found": ask it before saying so.
                            diagnose(guard, finished->error(), finished->errorString(), name);
                            return;
                        }
                        if (finished->error() != QKeychain::NoError) {
                            diagnose(guard, finished->error(), finished->errorString(), name);
                            return;
                        }
                        QByteArray shared = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                        QByteArray value(shared.constData(), shared.size());
                        finish(guard, [done, value]() mutable {
                            done({}, value);
                            wipe(value); // unless the caller kept a (shared) copy
                        });
                    });
            // No context object: wipes the job's copy of the value even when nobody waits for it any more.
            connect(job, &QKeychain::Job::finished, [](QKeychain::Job* finished) {
                QByteArray shared = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                overwriteInPlace(shared);
            });
            job->start();
        },
        [done](const SecretError& error) { done(error, {}); });
}

void SecretStore::remove(const QString& name, Done done)
{
    if (!SecretCatalog::isValidName(name)) {
        const SecretError error{SecretError::Code::InvalidName, SecretCatalog::invalidNameMessage(name)};
        QTimer::singleShot(0, this, [done = std::move(done), error] { done(error); });
        return;
    }
    enqueue(
        [this, name, done](Operation* operation) {
            QPointer<Operation> guard(operation);
            // A locked Secret Service reports a delete as done without deleting: ask first.
            detail::probeKeychain(
                this, int(m_timeout.count()), [this, guard, name, done](KeychainState state) {
                    if (!guard)
                        return;
                    if (state == KeychainState::Locked) {
                        fail(guard, errorFromState(state));
                        return;
                    }
                    auto* job = newJob<QKeychain::DeletePasswordJob>(name);
                    connect(job, &QKeychain::Job::finished, this,
                            [this, guard, name, done](QKeychain::Job* finished) {
                                if (finished->error() != QKeychain::NoError &&
                                    finished->error() != QKeychain::EntryNotFound) {
                                    if (guard)
                                        diagnose(guard, finished->error(), finished->errorString(), name);
                                    return;
                                }
                                const bool listed = m_catalog.contains(name);
                                if (!m_catalog.forget(name)) {
                                    if (guard)
                                        fail(guard,
                                             {SecretError::Code::Database,
                                              tr("The secret “%1” was deleted from the keychain, but the "
                                                 "console database still lists it (%2); delete it again "
                                                 "once the data folder is writable.")
                                                  .arg(name, withoutFinalPeriod(m_catalog.errorString()))});
                                    return;
                                }
                                if (!guard)
                                    return;
                                if (!listed)
                                    fail(guard, {SecretError::Code::NotFound, notFoundMessage(name)});
                                else
                                    finish(guard, [done] { done({}); });
                            });
                    job->start();
                });
        },
        [done](const SecretError& error) { done(error); });
}

QList<SecretInfo> SecretStore::list() const
{
    return m_catalog.list();
}

void wipe(QByteArray& secret)
{
    if (secret.isDetached())
        overwriteInPlace(secret);
    secret.clear();
}

} // namespace gatehouse
