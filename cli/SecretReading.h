#pragma once

#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretError.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {
class ConsoleDatabase;
}

namespace gatehouse::cli {

// Reads one secret from the keychain and waits for it (a command has nothing else to do
// meanwhile). The caller wipes `value` when done.
SecretError readSecretNow(ConsoleDatabase& db, const QString& name, QByteArray& value);
// Stores one secret in the keychain and waits for it.
SecretError writeSecretNow(ConsoleDatabase& db, const QString& name, const QByteArray& value,
                           SecretKind kind);

} // namespace gatehouse::cli
