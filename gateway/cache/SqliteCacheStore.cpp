#include "gateway/cache/SqliteCacheStore.h"

#include "gateway/state/SchemaMigrations.h"

#include <array>
#include <functional>

namespace gatehouse::gateway {

namespace {

constexpr std::array<std::string_view, 1> migrations{
    R"(CREATE TABLE cache_entries (
           sequence INTEGER PRIMARY KEY AUTOINCREMENT,
           key TEXT NOT NULL UNIQUE,
           model TEXT NOT NULL,
           request TEXT NOT NULL,
           prompt TEXT NOT NULL,
           answer BLOB NOT NULL,
           bytes INTEGER NOT NULL,
           created_ms INTEGER NOT NULL,
           expires_ms INTEGER,
           pinned INTEGER NOT NULL DEFAULT 0,
           faq INTEGER NOT NULL DEFAULT 0,
           hits INTEGER NOT NULL DEFAULT 0,
           last_hit_ms INTEGER,
           used_ms INTEGER NOT NULL,
           prompt_tokens INTEGER,
           completion_tokens INTEGER,
           upstream_ms INTEGER NOT NULL DEFAULT 0);
       CREATE INDEX cache_entries_lru ON cache_entries(used_ms) WHERE pinned = 0;
       CREATE INDEX cache_entries_expiry ON cache_entries(expires_ms) WHERE pinned = 0 AND expires_ms IS NOT NULL;
       CREATE TABLE cache_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
       INSERT INTO cache_counters VALUES ('hits', 0), ('misses', 0), ('saved_tokens', 0), ('saved_ms', 0);)"};

constexpr const char* columns =
    "key, model, request, prompt, answer, created_ms, expires_ms, pinned, faq, hits, "
    "last_hit_ms, prompt_tokens, completion_tokens, upstream_ms, sequence";

CacheEntry readEntry(state::SqliteStatement& row)
{
    CacheEntry entry;
    entry.key = row.text(0);
    entry.model = row.text(1);
    entry.request = row.text(2);
    entry.prompt = row.text(3);
    entry.answer = row.text(4);
    entry.createdMs = row.integer(5);
    entry.expiresMs = row.optionalInteger(6);
    entry.pinned = row.integer(7) != 0;
    entry.faq = row.integer(8) != 0;
    entry.hits = static_cast<std::uint64_t>(row.integer(9));
    entry.lastHitMs = row.optionalInteger(10);
    if (const auto tokens = row.optionalInteger(11))
        entry.promptTokens = static_cast<std::uint64_t>(*tokens);
    if (const auto tokens = row.optionalInteger(12))
        entry.completionTokens = static_cast<std::uint64_t>(*tokens);
    entry.upstreamMs = row.integer(13);
    entry.sequence = row.integer(14);
    return entry;
}

// The filter as SQL; parameters ?1..?5, and ?6 for "now" (expired entries are not listed).
constexpr const char* filterSql =
    "(?1 = '' OR instr(lower(prompt), lower(?1)) > 0) AND (?2 IS NULL OR model = ?2) "
    "AND (?3 IS NULL OR pinned = ?3) AND (?4 IS NULL OR created_ms < ?4) AND (?5 IS NULL OR created_ms > ?5) "
    "AND (pinned = 1 OR expires_ms IS NULL OR expires_ms > ?6)";

void bindFilter(state::SqliteStatement& statement, const CacheFilter& filter, std::int64_t nowMs)
{
    statement.bind(1, std::string_view(filter.text));
    statement.bind(2, filter.model);
    if (filter.pinned)
        statement.bind(3, std::int64_t{*filter.pinned ? 1 : 0});
    else
        statement.bindNull(3);
    statement.bind(4, filter.createdBeforeMs);
    statement.bind(5, filter.createdAfterMs);
    statement.bind(6, nowMs);
}

template <typename Work> auto guarded(Work work)
{
    try {
        return work();
    } catch (const state::StateError& e) {
        throw CacheStoreError(std::string("the SQLite cache failed: ") + e.what());
    }
}

} // namespace

SqliteCacheStore::SqliteCacheStore(const std::filesystem::path& file)
{
    guarded([&] {
        m_db = std::make_unique<state::SqliteDatabase>(file);
        state::migrate(*m_db, "cache", migrations);
        recount();
        m_db->exec("PRAGMA wal_autocheckpoint=0"); // WalCheckpointer does it, off the lookup thread
        m_checkpointer = std::make_unique<WalCheckpointer>(file, std::chrono::milliseconds(500));
    });
}

void SqliteCacheStore::recount()
{
    auto statement = m_db->prepare("SELECT count(*), coalesce(sum(bytes), 0) FROM cache_entries");
    statement.step();
    m_entries = static_cast<std::uint64_t>(statement.integer(0));
    m_bytes = static_cast<std::uint64_t>(statement.integer(1));
}

std::optional<CacheEntry> SqliteCacheStore::find(const std::string& key, std::int64_t nowMs)
{
    return guarded([&]() -> std::optional<CacheEntry> {
        if (!m_find)
            m_find.emplace(
                m_db->prepare(std::string("SELECT ") + columns + " FROM cache_entries WHERE key = ?1"));
        state::SqliteStatement& statement = *m_find;
        // Reset when done, found or not: a statement left on a row holds a read snapshot, which
        // would keep WAL checkpoints from finishing.
        struct ResetWhenDone
        {
            state::SqliteStatement& s;
            ~ResetWhenDone() { s.reset(); }
        } resetWhenDone{statement};
        statement.bind(1, std::string_view(key));
        if (!statement.step())
            return std::nullopt;
        CacheEntry entry = readEntry(statement);
        if (entry.expired(nowMs))
            return std::nullopt;
        return entry;
    });
}

void SqliteCacheStore::put(const CacheEntry& entry)
{
    guarded([&] {
        state::SqliteTransaction transaction(*m_db);
        // A rewrite keeps the entry's sequence, so that it keeps its place in a listing being paged.
        auto old = m_db->prepare("SELECT bytes, sequence FROM cache_entries WHERE key = ?1");
        old.bind(1, std::string_view(entry.key));
        std::optional<std::uint64_t> oldBytes;
        std::optional<std::int64_t> oldSequence;
        if (old.step()) {
            oldBytes = static_cast<std::uint64_t>(old.integer(0));
            oldSequence = old.integer(1);
        }
        auto remove = m_db->prepare("DELETE FROM cache_entries WHERE key = ?1");
        remove.bind(1, std::string_view(entry.key));
        remove.run();
        auto insert = m_db->prepare(
            "INSERT INTO cache_entries (key, model, request, prompt, answer, bytes, "
            "created_ms, expires_ms, pinned, "
            "faq, hits, last_hit_ms, used_ms, prompt_tokens, completion_tokens, upstream_ms, sequence) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, NULL, ?7, ?11, ?12, ?13, ?14)");
        insert.bind(1, std::string_view(entry.key))
            .bind(2, std::string_view(entry.model))
            .bind(3, std::string_view(entry.request))
            .bind(4, std::string_view(entry.prompt))
            .bindBlob(5, entry.answer)
            .bind(6, static_cast<std::int64_t>(entry.bytes()))
            .bind(7, entry.createdMs)
            .bind(8, entry.expiresMs)
            .bind(9, std::int64_t{entry.pinned ? 1 : 0})
            .bind(10, std::int64_t{entry.faq ? 1 : 0});
        const auto optional = [](std::optional<std::uint64_t> v) {
            return v ? std::optional<std::int64_t>(static_cast<std::int64_t>(*v)) : std::nullopt;
        };
        insert.bind(11, optional(entry.promptTokens))
            .bind(12, optional(entry.completionTokens))
            .bind(13, entry.upstreamMs);
        insert.bind(14, oldSequence);
        insert.run();
        transaction.commit();
        if (oldBytes) {
            m_bytes -= *oldBytes;
            --m_entries;
        }
        m_bytes += entry.bytes();
        ++m_entries;
        changed(entry.key, oldBytes ? Change::Changed : Change::Added);
    });
}

void SqliteCacheStore::recordHits(const HitBatch& batch)
{
    guarded([&] {
        state::SqliteTransaction transaction(*m_db);
        auto update = m_db->prepare(
            "UPDATE cache_entries SET hits = hits + ?2, last_hit_ms = max(coalesce(last_hit_ms, 0), ?3), "
            "used_ms = max(used_ms, ?3) WHERE key = ?1");
        for (const auto& hit : batch.hits) {
            update.bind(1, std::string_view(hit.key))
                .bind(2, static_cast<std::int64_t>(hit.count))
                .bind(3, hit.lastMs);
            update.run();
            update.reset();
        }
        auto counter = m_db->prepare("UPDATE cache_counters SET value = value + ?2 WHERE name = ?1");
        std::uint64_t hits = 0;
        for (const auto& hit : batch.hits)
            hits += hit.count;
        for (const auto& [name, value] :
             {std::pair{"hits", hits}, std::pair{"misses", batch.misses},
              std::pair{"saved_tokens", batch.savedTokens}, std::pair{"saved_ms", batch.savedMs}}) {
            counter.bind(1, std::string_view(name)).bind(2, static_cast<std::int64_t>(value));
            counter.run();
            counter.reset();
        }
        transaction.commit();
    });
}

std::uint64_t SqliteCacheStore::removeWhere(const std::string& where,
                                            const std::function<void(state::SqliteStatement&)>& bind)
{
    state::SqliteTransaction transaction(*m_db);
    auto statement = m_db->prepare("DELETE FROM cache_entries WHERE " + where + " RETURNING bytes, key");
    bind(statement);
    std::uint64_t bytes = 0;
    std::vector<std::string> keys;
    while (statement.step()) {
        bytes += static_cast<std::uint64_t>(statement.integer(0));
        keys.push_back(statement.text(1));
    }
    statement.reset();
    transaction.commit();
    const std::uint64_t count = keys.size();
    m_entries -= std::min(m_entries, count);
    m_bytes -= std::min(m_bytes, bytes);
    for (const auto& key : keys)
        changed(key, Change::Removed);
    return count;
}

std::uint64_t SqliteCacheStore::evict(std::uint64_t maxBytes)
{
    return guarded([&] {
        std::uint64_t evicted = 0;
        while (m_bytes > maxBytes) {
            // The oldest unpinned entries that together free enough, in one statement.
            auto oldest = m_db->prepare("SELECT sequence, bytes FROM cache_entries WHERE pinned = 0 ORDER BY "
                                        "used_ms, sequence LIMIT 256");
            std::vector<std::int64_t> victims;
            std::uint64_t freed = 0;
            while (oldest.step() && m_bytes - freed > maxBytes) {
                victims.push_back(oldest.integer(0));
                freed += static_cast<std::uint64_t>(oldest.integer(1));
            }
            if (victims.empty())
                break; // only pinned entries left: they stay, over the limit
            for (const auto sequence : victims)
                evicted +=
                    removeWhere("sequence = ?1", [&](state::SqliteStatement& s) { s.bind(1, sequence); });
        }
        return evicted;
    });
}

std::uint64_t SqliteCacheStore::removeExpired(std::int64_t nowMs)
{
    return guarded([&] {
        return removeWhere("pinned = 0 AND expires_ms IS NOT NULL AND expires_ms <= ?1",
                           [&](state::SqliteStatement& s) { s.bind(1, nowMs); });
    });
}

CachePage SqliteCacheStore::list(const CacheFilter& filter, std::optional<std::int64_t> cursor,
                                 std::size_t limit, std::int64_t nowMs)
{
    return guarded([&] {
        auto statement =
            m_db->prepare(std::string("SELECT ") + columns + " FROM cache_entries WHERE " + filterSql +
                          " AND (?7 IS NULL OR sequence < ?7) ORDER BY sequence DESC LIMIT ?8");
        bindFilter(statement, filter, nowMs);
        statement.bind(7, cursor).bind(8, static_cast<std::int64_t>(limit + 1));
        CachePage page;
        while (statement.step())
            page.entries.push_back(readEntry(statement));
        if (page.entries.size() > limit) {
            page.entries.pop_back();
            page.nextCursor = page.entries.back().sequence;
        }
        return page;
    });
}

std::uint64_t SqliteCacheStore::removeMatching(const CacheFilter& filter, bool dryRun, std::int64_t nowMs)
{
    return guarded([&]() -> std::uint64_t {
        if (dryRun) {
            auto count = m_db->prepare(std::string("SELECT count(*) FROM cache_entries WHERE ") + filterSql);
            bindFilter(count, filter, nowMs);
            count.step();
            return static_cast<std::uint64_t>(count.integer(0));
        }
        return removeWhere(filterSql, [&](state::SqliteStatement& s) { bindFilter(s, filter, nowMs); });
    });
}

bool SqliteCacheStore::remove(const std::string& key)
{
    return guarded([&] {
        return removeWhere("key = ?1", [&](state::SqliteStatement& s) { s.bind(1, std::string_view(key)); }) >
               0;
    });
}

bool SqliteCacheStore::setPinned(const std::string& key, bool pinned)
{
    return guarded([&] {
        auto statement = m_db->prepare("UPDATE cache_entries SET pinned = ?2 WHERE key = ?1");
        statement.bind(1, std::string_view(key)).bind(2, std::int64_t{pinned ? 1 : 0});
        statement.run();
        const bool found = m_db->changes() > 0;
        if (found)
            changed(key, Change::Changed);
        return found;
    });
}

bool SqliteCacheStore::setExpiry(const std::string& key, std::optional<std::int64_t> expiresMs)
{
    return guarded([&] {
        auto statement = m_db->prepare("UPDATE cache_entries SET expires_ms = ?2 WHERE key = ?1");
        statement.bind(1, std::string_view(key)).bind(2, expiresMs);
        statement.run();
        const bool found = m_db->changes() > 0;
        if (found)
            changed(key, Change::Changed);
        return found;
    });
}

bool SqliteCacheStore::forEachKey(const std::function<void(std::string_view key)>& each)
{
    guarded([&] {
        auto statement = m_db->prepare("SELECT key FROM cache_entries");
        while (statement.step())
            each(statement.text(0));
    });
    return true;
}

CacheTotals SqliteCacheStore::totals()
{
    return guarded([&] {
        CacheTotals totals;
        totals.entries = m_entries;
        totals.bytes = m_bytes;
        auto counters = m_db->prepare("SELECT name, value FROM cache_counters");
        while (counters.step()) {
            const std::string name = counters.text(0);
            const auto value = static_cast<std::uint64_t>(counters.integer(1));
            if (name == "hits")
                totals.hits = value;
            else if (name == "misses")
                totals.misses = value;
            else if (name == "saved_tokens")
                totals.savedTokens = value;
            else if (name == "saved_ms")
                totals.savedMs = value;
        }
        return totals;
    });
}

} // namespace gatehouse::gateway
