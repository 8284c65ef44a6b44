#include "core/registry/GatewayRegistry.h"

#include "core/database/ConsoleDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace gatehouse {

Q_LOGGING_CATEGORY(lcRegistry, "gatehouse.registry")

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatewayRegistry)
};

const char* const columns =
    "id, name, kind, base_url, metrics_url, admin_url, api_key_secret, admin_token_secret, "
    "tls_ca_file, tls_pin_sha256, poll_interval_s, tags, created_at, updated_at, chat_options";

QString urlText(const QUrl& url)
{
    return url.isEmpty() ? QStringLiteral("") : QString::fromUtf8(url.toEncoded());
}

QUrl urlFromText(const QString& text)
{
    return text.isEmpty() ? QUrl() : QUrl::fromEncoded(text.toUtf8());
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString tagsText(const QStringList& tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromText(const QString& text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : array)
        tags << v.toString();
    return tags;
}

QString chatOptionsText(const ChatOptions& c)
{
    QJsonObject o;
    if (!c.tokenLimitField.isEmpty())
        o.insert(QStringLiteral("token_limit_field"), c.tokenLimitField);
    if (c.streamOptions)
        o.insert(QStringLiteral("stream_options"), *c.streamOptions);
    QJsonArray headers;
    for (const auto& [name, value] : c.extraHeaders)
        headers.append(QJsonArray{name, value});
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ChatOptions chatOptionsFromText(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    ChatOptions c;
    c.tokenLimitField = o.value(QStringLiteral("token_limit_field")).toString();
    if (o.value(QStringLiteral("stream_options")).isBool())
        c.streamOptions = o.value(QStringLiteral("stream_options")).toBool();
    for (const QJsonValue& h : o.value(QStringLiteral("headers")).toArray())
        c.extraHeaders.append({h.toArray().at(0).toString(), h.toArray().at(1).toString()});
    return c;
}

GatewayProfile profileFromRow(const QSqlQuery& q)
{
    GatewayProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    const QString kindId = q.value(2).toString();
    if (const auto kind = gatewayKindFromId(kindId)) {
        p.kind = *kind;
    } else {
        qCWarning(lcRegistry) << "gateway" << p.id << "has an unknown kind" << kindId
                              << "(written by a newer Gatehouse?); treating it as OpenAI-compatible";
        p.kind = GatewayKind::OpenAiCompatible;
    }
    p.baseUrl = urlFromText(q.value(3).toString());
    p.metricsUrl = urlFromText(q.value(4).toString());
    p.adminUrl = urlFromText(q.value(5).toString());
    p.apiKeySecret = q.value(6).toString();
    p.adminTokenSecret = q.value(7).toString();
    p.tls.caFile = q.value(8).toString();
    p.tls.pinSha256 = q.value(9).toString();
    p.pollIntervalSeconds = q.value(10).toInt();
    p.tags = tagsFromText(q.value(11).toString());
    p.created = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    p.updated = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    p.chat = chatOptionsFromText(q.value(14).toString());
    return p;
}

// Columns are NOT NULL; a null QString would bind as NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void bindFields(QSqlQuery& q, const GatewayProfile& p)
{
    q.bindValue(QStringLiteral(":name"), notNull(p.name));
    q.bindValue(QStringLiteral(":kind"), gatewayKindId(p.kind));
    q.bindValue(QStringLiteral(":base_url"), urlText(p.baseUrl));
    q.bindValue(QStringLiteral(":metrics_url"), urlText(p.metricsUrl));
    q.bindValue(QStringLiteral(":admin_url"), urlText(p.adminUrl));
    q.bindValue(QStringLiteral(":api_key_secret"), notNull(p.apiKeySecret));
    q.bindValue(QStringLiteral(":admin_token_secret"), notNull(p.adminTokenSecret));
    q.bindValue(QStringLiteral(":tls_ca_file"), notNull(p.tls.caFile));
    q.bindValue(QStringLiteral(":tls_pin_sha256"), notNull(p.tls.pinSha256));
    q.bindValue(QStringLiteral(":poll_interval_s"), p.pollIntervalSeconds);
    q.bindValue(QStringLiteral(":tags"), tagsText(p.tags));
    q.bindValue(QStringLiteral(":chat_options"), chatOptionsText(p.chat));
    q.bindValue(QStringLiteral(":updated_at"), timeText(p.updated));
}

bool isUniqueViolation(const QSqlError& error)
{
    // SQLITE_CONSTRAINT_UNIQUE (2067), or plain SQLITE_CONSTRAINT (19) from older drivers.
    return error.nativeErrorCode() == QLatin1String("2067") ||
           (error.nativeErrorCode() == QLatin1String("19") &&
            error.databaseText().contains(QLatin1String("UNIQUE")));
}

FieldError nameTakenError(const QString& name)
{
    const QString problem = Text::tr("a gateway named \"%1\" already exists; choose another name").arg(name);
    return {QStringLiteral("name"),
            profileFieldLabel(QStringLiteral("name")) + QStringLiteral(": ") + problem, problem};
}

QString notFound(qint64 id)
{
    return Text::
        tr("There is no gateway with id %1 any more: it may have been removed elsewhere. Reload the list.")
            .arg(id);
}

// "prod (copy 3)" → "prod"; names without such a suffix stay as they are.
QString withoutCopySuffix(const QString& name)
{
    const QString copy = QStringLiteral(" (copy");
    if (!name.endsWith(QLatin1Char(')')))
        return name;
    const qsizetype at = name.lastIndexOf(copy);
    if (at <= 0)
        return name;
    const QString number = name.mid(at + copy.size(), name.size() - at - copy.size() - 1);
    if (number.isEmpty())
        return name.left(at);
    bool isNumber = false;
    if (number.startsWith(QLatin1Char(' ')))
        number.mid(1).toInt(&isNumber);
    return isNumber ? name.left(at) : name;
}

} // namespace

QString RegistryResult::summary() const
{
    if (!message.isEmpty())
        return message;
    QStringList parts;
    for (const FieldError& e : errors)
        parts << e.message;
    return parts.join(QStringLiteral("; "));
}

GatewayRegistry::GatewayRegistry(ConsoleDatabase& db)
    : m_db(db)
{}

QList<GatewayProfile> GatewayRegistry::select(const QString& where, const QVariant& value) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM gateways").arg(QLatin1String(columns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!q.prepare(sql)) {
        qCWarning(lcRegistry) << "cannot read the gateway registry:" << q.lastError().text();
        return {};
    }
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcRegistry) << "cannot read the gateway registry:" << q.lastError().text();
        return {};
    }
    QList<GatewayProfile> profiles;
    while (q.next())
        profiles << profileFromRow(q);
    return profiles;
}

QList<GatewayProfile> GatewayRegistry::list() const
{
    QList<GatewayProfile> profiles = select({}, {});
    std::sort(profiles.begin(), profiles.end(), [](const GatewayProfile& a, const GatewayProfile& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return profiles;
}

std::optional<GatewayProfile> GatewayRegistry::find(qint64 id) const
{
    const QList<GatewayProfile> found = select(QStringLiteral("id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<GatewayProfile> GatewayRegistry::findByName(const QString& name) const
{
    // SQLite's NOCASE folds ASCII only; compare here so "Ärger" and "ärger" are one name too.
    const QList<GatewayProfile> all = list();
    for (const GatewayProfile& p : all) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool GatewayRegistry::isNameTaken(const QString& name, qint64 exceptId) const
{
    const std::optional<GatewayProfile> other = findByName(name);
    return other && other->id != exceptId;
}

QString GatewayRegistry::databaseFailure(const QString& what, const QString& why) const
{
    return Text::tr("Cannot %1: the console database reported \"%2\". Check the free disk space and the "
                    "permissions of %3.")
        .arg(what, why, QDir::toNativeSeparators(m_db.path()));
}

RegistryResult GatewayRegistry::add(GatewayProfile& profile)
{
    RegistryResult result;
    result.errors = validateProfile(profile);
    if (result.errors.isEmpty() && isNameTaken(profile.name))
        result.errors << nameTakenError(profile.name);
    if (!result.ok())
        return result;

    GatewayProfile stored = profile;
    stored.created = QDateTime::currentDateTimeUtc();
    stored.updated = stored.created;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO gateways (name, kind, base_url, metrics_url, admin_url, api_key_secret, "
                       "admin_token_secret, tls_ca_file, tls_pin_sha256, poll_interval_s, tags, created_at, "
                       "updated_at, chat_options) VALUES (:name, :kind, :base_url, :metrics_url, :admin_url, "
                       ":api_key_secret, :admin_token_secret, :tls_ca_file, :tls_pin_sha256, "
                       ":poll_interval_s, :tags, :created_at, :updated_at, :chat_options)"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":created_at"), timeText(stored.created));
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            result.errors << nameTakenError(profile.name); // added elsewhere since we looked
        else
            result.message = databaseFailure(Text::tr("add the gateway \"%1\"").arg(profile.name),
                                             q.lastError().databaseText());
        return result;
    }
    stored.id = q.lastInsertId().toLongLong();
    profile = stored;
    return result;
}

RegistryResult GatewayRegistry::update(GatewayProfile& profile)
{
    RegistryResult result;
    const std::optional<GatewayProfile> current = find(profile.id);
    if (!current) {
        result.message = notFound(profile.id);
        return result;
    }
    result.errors = validateProfile(profile);
    if (result.errors.isEmpty() && isNameTaken(profile.name, profile.id))
        result.errors << nameTakenError(profile.name);
    if (!result.ok())
        return result;

    GatewayProfile stored = profile;
    stored.created = current->created;
    stored.updated = std::max(QDateTime::currentDateTimeUtc(), current->created);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE gateways SET name = :name, kind = :kind, base_url = :base_url, "
        "metrics_url = :metrics_url, admin_url = :admin_url, api_key_secret = :api_key_secret, "
        "admin_token_secret = :admin_token_secret, tls_ca_file = :tls_ca_file, "
        "tls_pin_sha256 = :tls_pin_sha256, poll_interval_s = :poll_interval_s, tags = :tags, "
        "chat_options = :chat_options, updated_at = :updated_at WHERE id = :id"));
    bindFields(q, stored);
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            result.errors << nameTakenError(profile.name);
        else
            result.message = databaseFailure(Text::tr("save the gateway \"%1\"").arg(profile.name),
                                             q.lastError().databaseText());
        return result;
    }
    if (q.numRowsAffected() == 0) {
        result.message = notFound(profile.id);
        return result;
    }
    profile = stored;
    return result;
}

RegistryResult GatewayRegistry::remove(qint64 id)
{
    RegistryResult result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM gateways WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        result.message =
            databaseFailure(Text::tr("remove the gateway with id %1").arg(id), q.lastError().databaseText());
    else if (q.numRowsAffected() == 0)
        result.message = notFound(id);
    return result;
}

RegistryResult GatewayRegistry::duplicate(qint64 id, GatewayProfile* copy)
{
    const std::optional<GatewayProfile> source = find(id);
    if (!source) {
        RegistryResult result;
        result.message = notFound(id);
        return result;
    }
    QSet<QString> taken;
    for (const GatewayProfile& p : list())
        taken.insert(p.name.toCaseFolded());
    const QString base = withoutCopySuffix(source->name);
    QString name;
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? Text::tr(" (copy)") : Text::tr(" (copy %1)").arg(n);
        name = base.left(maxProfileNameLength - suffix.size()) + suffix;
        if (!taken.contains(name.toCaseFolded()))
            break;
    }
    GatewayProfile profile = *source;
    profile.id = 0;
    profile.name = name;
    RegistryResult result = add(profile);
    if (result.ok() && copy)
        *copy = profile;
    return result;
}

} // namespace gatehouse
