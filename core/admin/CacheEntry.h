#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// One cached answer of a gatehoused as its admin API lists it (GET /admin/v1/cache/entries);
// `request` and `answer` are only filled by a get of the one entry. See docs/cache.md.
struct CacheEntry
{
    QString id; // SHA-256 of the canonical request, 64 hex digits
    QString model;
    QString prompt; // the messages' text, one line per message (cut in lists)
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
    QDateTime lastHitAt; // invalid: never hit
    qint64 hits = 0;
    bool pinned = false; // never expired or evicted
    bool faq = false;    // written by an administrator
    qint64 bytes = 0;
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    double upstreamSeconds = 0; // what the upstream took; each hit saves it
    QJsonObject request;        // the canonical request (get only)
    QJsonObject answer;         // the stored chat.completion (get only)

    // The text of the stored answer's first choice ("" when there is none or it is not loaded).
    QString answerText() const;

    static std::optional<CacheEntry> fromJson(const QJsonObject& json, QString* error = nullptr);
};

// A cache's totals (GET /admin/v1/cache/stats; shared by every gatehoused on one Redis).
struct CacheStats
{
    QString backend;  // "sqlite" or "redis"
    QString location; // the store's identity, equal on every gatehoused sharing it ("" from older ones)
    qint64 entries = 0;
    qint64 bytes = 0;
    qint64 maxBytes = 0;
    qint64 hits = 0;
    qint64 misses = 0;
    double hitRatio = 0;
    qint64 savedTokens = 0;
    double savedSeconds = 0;

    static std::optional<CacheStats> fromJson(const QJsonObject& json, QString* error = nullptr);
};

// Which entries a list or bulk delete is about; every unset field matches everything.
struct CacheFilter
{
    QString text;  // in the prompt, ASCII case-insensitive
    QString model; // exact
    std::optional<bool> pinned;
    std::optional<qint64> olderThanSeconds; // created at least this long ago
    std::optional<qint64> newerThanSeconds; // created at most this long ago

    bool isEmpty() const;
    // Percent-encoded "name=value" items: q, model, pinned, older_than, newer_than.
    QStringList queryItems() const;
};

// An age or time to live as people write it: "90" (seconds), "30s", "15m", "2h", "7d"; spaces
// between number and unit allowed. Nullopt when it is none of these.
std::optional<qint64> parseCacheAge(const QString& text);

} // namespace gatehouse
