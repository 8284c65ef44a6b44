#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

class ConsoleDatabase;

enum class SecretKind
{
    ProviderKey,
    AdminToken,
    AccessKey,
    Other
};

QString secretKindId(SecretKind kind);          // "provider-key", "admin-token", "access-key", "other"
SecretKind secretKindFromId(const QString& id); // unknown → Other
bool isSecretKindId(const QString& id);         // one of the four ids above
QString secretKindDisplayName(SecretKind kind); // translated

struct SecretInfo
{
    QString name;
    SecretKind kind = SecretKind::Other;
    QDateTime created; // UTC
    QDateTime updated; // UTC
};

// Names, kinds and dates of the secrets in the keychain (never values), in the console database,
// because keychains cannot list their entries portably. Only SecretStore writes it, after the
// keychain side succeeded; everyone else reads.
class SecretCatalog
{
public:
    explicit SecretCatalog(ConsoleDatabase& db);

    // ASCII letters, digits and . _ - : / ; 1–128 characters; must start with a letter or digit.
    static bool isValidName(const QString& name);
    // The sentence that explains why `name` was refused (for SecretError::Code::InvalidName).
    static QString invalidNameMessage(const QString& name);

    QList<SecretInfo> list() const; // sorted by name
    std::optional<SecretInfo> find(const QString& name) const;
    bool contains(const QString& name) const;

    // Inserts the name, or updates kind and `updated` of an existing one. False on a database error.
    bool record(const QString& name, SecretKind kind);
    // Removes the name; true also when it was not there. False on a database error.
    bool forget(const QString& name);

    // Why the last list/find/contains/record/forget failed ("" after a success).
    QString errorString() const { return m_error; }

private:
    ConsoleDatabase& m_db;
    mutable QString m_error;
};

} // namespace gatehouse
