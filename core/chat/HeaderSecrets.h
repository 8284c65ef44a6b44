#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace gatehouse {

// Extra request headers may name keychain secrets, e.g. `x-portkey-api-key: {secret:portkey}`, so
// the secret itself never sits in the database. These find the names and put the values in.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;
QStringList headerSecretNames(const HeaderList& headers);
void expandHeaderSecrets(HeaderList& headers, const QHash<QString, QByteArray>& secrets);

} // namespace gatehouse
