#include "core/admin/CacheEntry.h"

#include "core/admin/AdminJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::CacheEntry)
};

QString trueOrFalse(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString CacheEntry::answerText() const
{
    const QJsonObject first = answer.value(QLatin1String("choices")).toArray().first().toObject();
    return first.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString();
}

std::optional<CacheEntry> CacheEntry::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& field) -> std::optional<CacheEntry> {
        if (error)
            *error = Text::tr("the cache entry has no valid \"%1\"").arg(field);
        return std::nullopt;
    };
    CacheEntry entry;
    entry.id = json.value(QLatin1String("id")).toString();
    if (entry.id.size() != 64)
        return fail(QStringLiteral("id"));
    if (!json.value(QLatin1String("model")).isString())
        return fail(QStringLiteral("model"));
    entry.model = json.value(QLatin1String("model")).toString();
    entry.prompt = json.value(QLatin1String("prompt")).toString();
    entry.createdAt = readAdminTime(json.value(QLatin1String("created_at")));
    if (!entry.createdAt.isValid())
        return fail(QStringLiteral("created_at"));
    entry.expiresAt = readAdminTime(json.value(QLatin1String("expires_at")));
    entry.lastHitAt = readAdminTime(json.value(QLatin1String("last_hit_at")));
    entry.hits = readAdminCount(json.value(QLatin1String("hits"))).value_or(0);
    entry.pinned = json.value(QLatin1String("pinned")).toBool();
    entry.faq = json.value(QLatin1String("faq")).toBool();
    entry.bytes = readAdminCount(json.value(QLatin1String("bytes"))).value_or(0);
    entry.promptTokens = readAdminCount(json.value(QLatin1String("prompt_tokens")));
    entry.completionTokens = readAdminCount(json.value(QLatin1String("completion_tokens")));
    entry.upstreamSeconds = json.value(QLatin1String("upstream_seconds")).toDouble();
    entry.request = json.value(QLatin1String("request")).toObject();
    entry.answer = json.value(QLatin1String("answer")).toObject();
    return entry;
}

std::optional<CacheStats> CacheStats::fromJson(const QJsonObject& json, QString* error)
{
    if (!json.value(QLatin1String("backend")).isString() ||
        !json.value(QLatin1String("entries")).isDouble()) {
        if (error)
            *error = Text::tr("the cache statistics have no valid \"backend\" and \"entries\"");
        return std::nullopt;
    }
    CacheStats stats;
    stats.backend = json.value(QLatin1String("backend")).toString();
    stats.location = json.value(QLatin1String("location")).toString();
    stats.entries = readAdminCount(json.value(QLatin1String("entries"))).value_or(0);
    stats.bytes = readAdminCount(json.value(QLatin1String("bytes"))).value_or(0);
    stats.maxBytes = readAdminCount(json.value(QLatin1String("max_bytes"))).value_or(0);
    stats.hits = readAdminCount(json.value(QLatin1String("hits"))).value_or(0);
    stats.misses = readAdminCount(json.value(QLatin1String("misses"))).value_or(0);
    stats.hitRatio = json.value(QLatin1String("hit_ratio")).toDouble();
    stats.savedTokens = readAdminCount(json.value(QLatin1String("saved_tokens"))).value_or(0);
    stats.savedSeconds = json.value(QLatin1String("saved_seconds")).toDouble();
    return stats;
}

bool CacheFilter::isEmpty() const
{
    return text.isEmpty() && model.isEmpty() && !pinned && !olderThanSeconds && !newerThanSeconds;
}

QStringList CacheFilter::queryItems() const
{
    QStringList items;
    const auto add = [&items](const char* name, const QString& value) {
        items << QString::fromLatin1(name) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (!text.isEmpty())
        add("q", text);
    if (!model.isEmpty())
        add("model", model);
    if (pinned)
        add("pinned", trueOrFalse(*pinned));
    if (olderThanSeconds)
        add("older_than", QString::number(*olderThanSeconds));
    if (newerThanSeconds)
        add("newer_than", QString::number(*newerThanSeconds));
    return items;
}

std::optional<qint64> parseCacheAge(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]{1,9})\\s*([smhd]?)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == QLatin1String("m")   ? 60
                         : unit == QLatin1String("h") ? 3600
                         : unit == QLatin1String("d") ? 86400
                                                      : 1;
    return n * scale;
}

} // namespace gatehouse
