#include "cli/SecretReading.h"

#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"

#include <QEventLoop>

namespace gatehouse::cli {

SecretError readSecretNow(ConsoleDatabase& db, const QString& name, QByteArray& value)
{
    SecretCatalog catalog(db);
    SecretStore store(catalog);
    SecretError result;
    QEventLoop loop;
    store.read(name, [&](const SecretError& error, const QByteArray& secret) {
        result = error;
        value = QByteArray(secret.constData(), secret.size()); // our own copy, for the caller to wipe
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretError writeSecretNow(ConsoleDatabase& db, const QString& name, const QByteArray& value, SecretKind kind)
{
    SecretCatalog catalog(db);
    SecretStore store(catalog);
    SecretError result;
    QEventLoop loop;
    store.write(name, value, kind, [&](const SecretError& error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace gatehouse::cli
