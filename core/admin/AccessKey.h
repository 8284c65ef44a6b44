#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// A client access key of a gatehoused, as its admin API lists it (never the secret: that is
// shown once, when the key is created). See docs/admin-api.md.
struct AccessKey
{
    QString id;
    QString name;
    QString prefix;            // the first characters after "gk-", to recognise a key
    QStringList models;        // allowed models; empty: all
    std::optional<qint64> rpm; // requests per minute; none: unlimited
    std::optional<qint64> tpm; // tokens per minute; none: unlimited
    QDateTime expiresAt;       // invalid: never expires
    bool enabled = true;
    bool logContent = false; // prompt and answer text may go to the access log
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used

    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // Reads one key object; nullopt with `error` set when a required field is missing or mistyped.
    static std::optional<AccessKey> fromJson(const QJsonObject& json, QString* error = nullptr);
};

// What to set when creating or changing a key: only the fields that are set are sent.
struct AccessKeyChanges
{
    std::optional<QString> name;
    std::optional<QStringList> models;
    std::optional<std::optional<qint64>> rpm; // set to nullopt inside: remove the limit
    std::optional<std::optional<qint64>> tpm;
    std::optional<QDateTime> expiresAt; // an invalid QDateTime: never expires
    std::optional<bool> enabled;
    std::optional<bool> logContent;

    QJsonObject toJson() const;
};

} // namespace gatehouse
