#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace gatehouse {

// How the admin API writes times and counts: an ISO 8601 string (UTC, milliseconds) or null; a
// JSON number or null. An absent or null field reads as an invalid time / nullopt.
inline QDateTime readAdminTime(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

inline std::optional<qint64> readAdminCount(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(static_cast<qint64>(value.toDouble())) : std::nullopt;
}

} // namespace gatehouse
