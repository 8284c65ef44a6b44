#pragma once

#include "core/admin/AdminClient.h"
#include "core/admin/CacheEntry.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

#include <functional>

namespace gatehouse {

// What one cache call gave: `value` on success, otherwise `error` (one sentence) and the HTTP
// status (0 when the gateway was not reached).
template <typename T> struct CacheAnswer
{
    std::optional<T> value;
    QString error;
    int status = 0;

    explicit operator bool() const { return value.has_value(); }
};

struct CachePage
{
    QList<CacheEntry> entries;
    QString nextCursor; // empty: this was the last page
};

struct CacheBulkDeleteCount
{
    qint64 matched = 0;
    qint64 deleted = 0;
};

// An administrator's curated answer (POST /admin/v1/cache/faq): pinned, never expired or evicted.
struct CacheFaq
{
    QString model;
    QJsonArray messages; // [{"role":"user","content":"…"}, …] exactly as clients send them
    QString answer;
    QJsonObject parameters; // more request fields that are part of the cache key, e.g. temperature
};

// The cache calls of one gatehoused's admin API (/admin/v1/cache/…, docs/openapi.yaml) with typed
// results. Each call's `done` runs exactly once, on this object's thread, unless the client is
// destroyed first; several calls may be in flight at once.
class CacheClient : public QObject
{
    Q_OBJECT

public:
    explicit CacheClient(AdminEndpoint endpoint, QObject* parent = nullptr);

    const AdminEndpoint& endpoint() const { return m_client.endpoint(); }

    void list(const CacheFilter& filter, const QString& cursor, int limit,
              std::function<void(CacheAnswer<CachePage>)> done);
    void get(const QString& id, std::function<void(CacheAnswer<CacheEntry>)> done);
    void remove(const QString& id, std::function<void(CacheAnswer<bool>)> done);
    // Deletes every entry matching `filter` (which must not be empty); `dryRun` only counts them.
    void removeMatching(const CacheFilter& filter, bool dryRun,
                        std::function<void(CacheAnswer<CacheBulkDeleteCount>)> done);
    // Deletes every unpinned entry, or every entry with `includePinned`; gives the count deleted.
    void flush(bool includePinned, std::function<void(CacheAnswer<qint64>)> done);
    void setPinned(const QString& id, bool pinned, std::function<void(CacheAnswer<CacheEntry>)> done);
    // A new time to live from now, or none: never expires.
    void setTtl(const QString& id, std::optional<qint64> seconds,
                std::function<void(CacheAnswer<CacheEntry>)> done);
    void addFaq(const CacheFaq& faq, std::function<void(CacheAnswer<CacheEntry>)> done);
    void stats(std::function<void(CacheAnswer<CacheStats>)> done);
    // The models the gateway serves (GET /admin/v1/info), for the FAQ editor's model list.
    void servedModels(std::function<void(CacheAnswer<QStringList>)> done);

private:
    template <typename T>
    void call(AdminReply* reply, std::function<void(CacheAnswer<T>)> done,
              std::function<std::optional<T>(const QJsonObject&, QString*)> read);

    AdminClient m_client;
};

} // namespace gatehouse
