#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace gatehouse {

class ConsoleDatabase;

enum class SecretKind { ProviderKey, AdminToken, AccessKey, Other };

QString secretKindId(SecretKind kind);            // "provider-key", "admin-token", "access-key", "other"
SecretKind secretKindFromId(const QString& id);   // unknown → Other
QString secretKindDisplayName(SecretKind kind);   // translated

struct SecretInfo
{
    QString name;
    SecretKind kind = SecretKind::Other;
    QDateTime created;
    QDateTime updated;
};

// Names, kinds and dates of the secrets in the keychain (never values), in the console database,
// because keychains cannot list their entries portably.
class SecretCatalog
{
public:
    explicit SecretCatalog(ConsoleDatabase& db);

    // Letters, digits and . _ - : / ; 1–128 characters; must start with a letter or digit.
    static bool isValidName(const QString& name);

    QList<SecretInfo> list() const;
    bool contains(const QString& name) const;
    bool record(const QString& name, SecretKind kind);
    bool forget(const QString& name);

private:
    ConsoleDatabase& m_db;
};

} // namespace gatehouse
