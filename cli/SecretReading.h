#pragma once

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

} // namespace gatehouse::cli
