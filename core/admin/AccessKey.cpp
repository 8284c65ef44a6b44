#include "core/admin/AccessKey.h"

#include "core/admin/AdminJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AccessKey)
};

QJsonValue writeLimit(const std::optional<qint64>& limit)
{
    return limit ? QJsonValue(static_cast<double>(*limit)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool AccessKey::isExpired(const QDateTime& now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

std::optional<AccessKey> AccessKey::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& field) -> std::optional<AccessKey> {
        if (error)
            *error = Text::tr("the access key object has no valid \"%1\"").arg(field);
        return std::nullopt;
    };
    AccessKey key;
    if (!json.value(QLatin1String("id")).isString())
        return fail(QStringLiteral("id"));
    if (!json.value(QLatin1String("name")).isString())
        return fail(QStringLiteral("name"));
    key.id = json.value(QLatin1String("id")).toString();
    key.name = json.value(QLatin1String("name")).toString();
    key.prefix = json.value(QLatin1String("prefix")).toString();
    for (const QJsonValue& model : json.value(QLatin1String("models")).toArray())
        key.models << model.toString();
    key.rpm = readAdminCount(json.value(QLatin1String("rpm")));
    key.tpm = readAdminCount(json.value(QLatin1String("tpm")));
    key.expiresAt = readAdminTime(json.value(QLatin1String("expires_at")));
    key.enabled = json.value(QLatin1String("enabled")).toBool(true);
    key.logContent = json.value(QLatin1String("log_content")).toBool(false);
    key.createdAt = readAdminTime(json.value(QLatin1String("created_at")));
    key.lastUsedAt = readAdminTime(json.value(QLatin1String("last_used_at")));
    return key;
}

QJsonObject AccessKeyChanges::toJson() const
{
    QJsonObject json;
    if (name)
        json.insert(QLatin1String("name"), *name);
    if (models)
        json.insert(QLatin1String("models"), QJsonArray::fromStringList(*models));
    if (rpm)
        json.insert(QLatin1String("rpm"), writeLimit(*rpm));
    if (tpm)
        json.insert(QLatin1String("tpm"), writeLimit(*tpm));
    if (expiresAt)
        json.insert(QLatin1String("expires_at"), expiresAt->isValid()
                                                     ? QJsonValue(expiresAt->toUTC().toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null));
    if (enabled)
        json.insert(QLatin1String("enabled"), *enabled);
    if (logContent)
        json.insert(QLatin1String("log_content"), *logContent);
    return json;
}

} // namespace gatehouse
