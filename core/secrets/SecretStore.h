#pragma once

#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretError.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace gatehouse {

// The one door to the OS keychain (QtKeychain: Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Every secret the console holds goes through it. Operations are
// asynchronous; callbacks run on the thread that owns the store. There is no plaintext fallback:
// when no keychain is reachable every call fails with a SecretError that names cause and fix.
// Names (never values) are recorded in the SecretCatalog so they can be listed.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SecretError& error)>;
    using ReadDone = std::function<void(const SecretError& error, const QByteArray& value)>;

    explicit SecretStore(SecretCatalog& catalog, QObject* parent = nullptr);

    // Keychain "service" under which entries are filed; "Gatehouse" unless tests change it.
    static QString serviceName();

    void write(const QString& name, const QByteArray& value, SecretKind kind, Done done);
    void read(const QString& name, ReadDone done);
    void remove(const QString& name, Done done);
    QList<SecretInfo> list() const;

private:
    SecretCatalog& m_catalog;
};

// Overwrites a secret's bytes before the buffer is freed.
void wipe(QByteArray& secret);

} // namespace gatehouse
