#include "core/history/HistoryKey.h"

#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::HistoryKey)
};

} // namespace

void openHistoryKey(SecretStore& secrets, QObject* context, HistoryKeyReady done, const QString& secretName)
{
    const QString name = secretName;
    QPointer<QObject> guard(context);
    QPointer<SecretStore> store(&secrets);
    secrets.read(name, [guard, store, name, done](const SecretError& error, const QByteArray& value) {
        if (!guard)
            return;
        if (!error) {
            if (value.size() != HistoryCipher::keyBytes) {
                done(std::nullopt, Text::tr("the keychain entry '%1' is not a history key (%2 bytes); "
                                            "remove it on the Keys page to start a new history")
                                       .arg(name)
                                       .arg(value.size()));
                return;
            }
            done(HistoryCipher(value), {});
            return;
        }
        if (error.code != SecretError::Code::NotFound || !store) {
            done(std::nullopt, error.message);
            return;
        }
        // First use: make a key and keep it in the keychain before anything is sealed with it.
        QByteArray key = HistoryCipher::newKey();
        store->write(name, key, SecretKind::Other, [guard, key, done](const SecretError& writeError) mutable {
            if (guard)
                done(writeError ? std::nullopt : std::optional<HistoryCipher>(HistoryCipher(key)),
                     writeError.message);
            wipe(key);
        });
    });
}

} // namespace gatehouse
