#include "core/secrets/SecretCatalog.h"

#include "core/database/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::SecretCatalog)
};

constexpr qsizetype maxNameLength = 128;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString secretKindId(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ProviderKey:
        return QStringLiteral("provider-key");
    case SecretKind::AdminToken:
        return QStringLiteral("admin-token");
    case SecretKind::AccessKey:
        return QStringLiteral("access-key");
    case SecretKind::Other:
        break;
    }
    return QStringLiteral("other");
}

bool isSecretKindId(const QString& id)
{
    for (SecretKind kind :
         {SecretKind::ProviderKey, SecretKind::AdminToken, SecretKind::AccessKey, SecretKind::Other}) {
        if (secretKindId(kind) == id)
            return true;
    }
    return false;
}

SecretKind secretKindFromId(const QString& id)
{
    for (SecretKind kind : {SecretKind::ProviderKey, SecretKind::AdminToken, SecretKind::AccessKey}) {
        if (secretKindId(kind) == id)
            return kind;
    }
    return SecretKind::Other;
}

QString secretKindDisplayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ProviderKey:
        return QCoreApplication::translate("SecretKind", "Provider API key");
    case SecretKind::AdminToken:
        return QCoreApplication::translate("SecretKind", "Gateway admin token");
    case SecretKind::AccessKey:
        return QCoreApplication::translate("SecretKind", "Gateway access key");
    case SecretKind::Other:
        break;
    }
    return QCoreApplication::translate("SecretKind", "Other");
}

SecretCatalog::SecretCatalog(ConsoleDatabase& db)
    : m_db(db)
{}

bool SecretCatalog::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > maxNameLength || !isAsciiLetterOrDigit(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAsciiLetterOrDigit(c) && c != u'.' && c != u'_' && c != u'-' && c != u':' && c != u'/')
            return false;
    }
    return true;
}

QString SecretCatalog::invalidNameMessage(const QString& name)
{
    // Shown as typed only when it is short and printable, so a pasted value does not end up in a log.
    const bool showable = name.size() <= maxNameLength &&
                          std::all_of(name.begin(), name.end(), [](QChar c) { return c.isPrint(); });
    if (showable)
        return Text::tr("“%1” is not a valid secret name: use 1–128 ASCII letters, digits and . _ - : /, "
                        "starting with a letter or digit.")
            .arg(name);
    return Text::tr("The name is not a valid secret name: use 1–128 ASCII letters, digits and . _ - : /, "
                    "starting with a letter or digit.");
}

QList<SecretInfo> SecretCatalog::list() const
{
    m_error.clear();
    QList<SecretInfo> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT name, kind, created_at, updated_at FROM secret_names ORDER BY name"))) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), secretKindFromId(q.value(1).toString()),
                       fromStored(q.value(2).toString()), fromStored(q.value(3).toString())});
    return result;
}

std::optional<SecretInfo> SecretCatalog::find(const QString& name) const
{
    m_error.clear();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, kind, created_at, updated_at FROM secret_names WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return SecretInfo{q.value(0).toString(), secretKindFromId(q.value(1).toString()),
                      fromStored(q.value(2).toString()), fromStored(q.value(3).toString())};
}

bool SecretCatalog::contains(const QString& name) const
{
    return find(name).has_value();
}

bool SecretCatalog::record(const QString& name, SecretKind kind)
{
    m_error.clear();
    if (!isValidName(name)) {
        m_error = invalidNameMessage(name);
        return false;
    }
    const QString stamp = now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO secret_names (name, kind, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, updated_at = excluded.updated_at"));
    q.addBindValue(name);
    q.addBindValue(secretKindId(kind));
    q.addBindValue(stamp);
    q.addBindValue(stamp);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SecretCatalog::forget(const QString& name)
{
    m_error.clear();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM secret_names WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace gatehouse
