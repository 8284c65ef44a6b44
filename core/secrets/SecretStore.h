#pragma once

#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace gatehouse {

// The one door to the OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Every secret the console holds goes through it. Operations are
// asynchronous; callbacks run on the thread that owns the store, always later than the call (never
// from inside write/read/remove), one at a time and in the order they were asked for. There is no
// plaintext fallback: when no keychain is reachable every call fails with a SecretError that names
// cause and fix, and nothing is stored anywhere else. Every call has a deadline (timeout(), counted
// from the call) so an unlock prompt nobody answers cannot hang the caller.
// Names (never values) are recorded in the SecretCatalog so they can be listed: write records the
// name only after the keychain stored the value; remove forgets it only after the keychain deleted it.
// Callbacks of calls still pending when the store is destroyed are not called.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SecretError& error)>;
    // `value` is empty on error. Copy what you need; the store wipes its own copy afterwards.
    using ReadDone = std::function<void(const SecretError& error, const QByteArray& value)>;

    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    explicit SecretStore(SecretCatalog& catalog, QObject* parent = nullptr);
    ~SecretStore() override;

    // Keychain "service" under which entries are filed: "Gatehouse".
    static QString serviceName();

    // Deadline for each later call, from the moment it is made (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Creates or replaces. The value may hold any bytes (binary, UTF-8); it must not be empty.
    void write(const QString& name, const QByteArray& value, SecretKind kind, Done done);
    void read(const QString& name, ReadDone done);
    // Deletes from the keychain, then forgets the name. A name the catalog lists but the keychain no
    // longer holds is forgotten and reported as success; a name the catalog does not list fails with
    // NotFound (after clearing any orphaned keychain entry of that name).
    void remove(const QString& name, Done done);
    // The catalog's names, kinds and dates (never values); empty on a database error.
    QList<SecretInfo> list() const;

    // The user-facing sentences, exposed so that tests and the UI can compare against them.
    static QString noSessionBusMessage();
    static QString noSecretServiceMessage();
    static QString noDefaultKeyringMessage();
    static QString lockedMessage();
    static QString timeoutMessage(std::chrono::milliseconds timeout);
    static QString notFoundMessage(const QString& name);

private:
    class Operation;
    Operation* enqueue(std::function<void(Operation*)> start, std::function<void(const SecretError&)> fail);
    void startNext();
    void finish(Operation* operation, const std::function<void()>& notify);
    void fail(Operation* operation, const SecretError& error);
    void diagnose(Operation* operation, int keychainError, const QString& keychainMessage,
                  const QString& name);

    SecretCatalog& m_catalog;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QList<Operation*> m_queue; // front is running
    bool m_running = false;
};

// Overwrites a secret's bytes and empties the array. When the buffer is shared with other
// QByteArrays (implicit sharing) only this reference is dropped, so the other holders keep their value.
void wipe(QByteArray& secret);

} // namespace gatehouse
