#pragma once

#include "gateway/cache/CacheConfig.h"
#include "gateway/cache/CacheStore.h"
#include "gateway/cache/HotEntries.h"
#include "gateway/cache/StoredKeys.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <unordered_map>

namespace gatehouse::gateway {

namespace metrics {
struct CacheMetrics;
}

// Runs the cache backend on a thread of its own, so that a worker never waits on SQLite or
// Redis: workers post a job and get the answer back on their own executor. With SQLite, which
// only this gatehoused writes, the most recently used entries are also held in memory
// (HotEntries, up to hotBytesFor(config)), and a hit on one is answered on the worker without
// the trip; so is a miss on a key in no row of the store (StoredKeys). The thread also writes the hits
// gathered (by it and by the workers) once a second, removes expired entries, evicts to max_bytes, updates
// the gauges, and — when the backend fails (Redis gone, disk error) — reports it down, which makes requests
// bypass the cache, and reconnects with backoff until it answers again.
class CacheService
{
public:
    using Executor = boost::asio::any_io_executor;
    // Opens the backend; throws CacheStoreError.
    using Connect = std::function<std::unique_ptr<CacheStore>()>;

    CacheService(CacheConfig config, std::string backendName, Connect connect, metrics::CacheMetrics& metrics,
                 std::ostream& log);
    ~CacheService();
    CacheService(const CacheService&) = delete;
    CacheService& operator=(const CacheService&) = delete;

    // Connects once and starts the thread; the error when the first connection failed (the
    // service keeps trying in the background).
    std::optional<std::string> start();

    const CacheConfig& config() const { return m_config; }
    metrics::CacheMetrics& metrics() const { return m_metrics; }
    const std::string& backendName() const { return m_backendName; }
    // Which store this is, the same for every gatehoused sharing it: "HOST:PORT/DB PREFIX" for
    // Redis, "HOSTNAME:PATH" for SQLite (no secrets). Set once before start().
    const std::string& location() const { return m_location; }
    void setLocation(std::string location) { m_location = std::move(location); }
    bool up() const { return m_up.load(std::memory_order_acquire); }
    // Why the backend is down (empty while up).
    std::string problem() const;

    // The entry under `key` if it is held in memory and the backend is up, on the calling thread
    // (null: ask find()). A hit is counted.
    std::shared_ptr<const CacheEntry> findInMemory(const std::string& key);
    // False when neither `key` nor `faqKey` is in the store, which is then known without
    // find(): only for SQLite while up (true otherwise, and for Redis). On the calling thread.
    bool mayHold(std::string_view key, std::string_view faqKey) const;
    // Looks `key` up, then `faqKey` (when not empty) among FAQ entries; `then(entry, failed)` runs
    // on `executor`. A hit is counted.
    void find(std::string key, std::string faqKey, Executor executor,
              std::function<void(std::shared_ptr<const CacheEntry>, bool failed)> then);
    void countMiss();
    // Counts a hit answered without a lookup (a single-flight follower served the leader's answer).
    void countHit(const CacheEntry& entry);
    // How many bytes of entries a cache with `config` holds in memory: 0 for Redis (shared with
    // other gatehoused, which change it behind this one's back), else max_bytes up to 64 MiB.
    static std::uint64_t hotBytesFor(const CacheConfig& config);
    void store(CacheEntry entry);
    // Runs `job` on the cache thread after pending hits are written; the store is null while the
    // backend is down. For the admin API; the job answers on its caller's executor itself.
    void run(std::function<void(CacheStore*)> job);

    static std::int64_t nowMs();

private:
    void noteHit(const CacheEntry& entry);
    HitBatch takeBatch();
    void adopt(std::unique_ptr<CacheStore> store);
    void flush(); // every hit noted so far, now
    // The scheduled flush: the hits noted so far, hitSlice rows per transaction, each slice a task
    // of its own posted when the one before is done, so that lookups arriving meanwhile run
    // between slices instead of behind all of them; then maintain().
    void startSlices();
    void postNextSlice();
    void writeSlice();
    void maintain();
    // What one slice may hold up a lookup: ~32 random rows, a millisecond or so, not 128.
    static constexpr std::size_t hitSlice = 32;
    void scheduleMaintenance();
    void reconnect();
    void fail(const std::string& why);
    template <typename Work> void guarded(Work work);

    CacheConfig m_config;
    std::string m_backendName;
    std::string m_location;
    Connect m_connect;
    metrics::CacheMetrics& m_metrics;
    std::ostream& m_log;

    boost::asio::io_context m_context{1};
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_work;
    boost::asio::steady_timer m_maintenance;
    boost::asio::steady_timer m_retry;
    std::thread m_thread;

    // Only touched on the cache thread.
    std::unique_ptr<CacheStore> m_store;
    std::chrono::milliseconds m_backoff{200};
    std::unique_ptr<HitBatch> m_slices; // being written by startSlices(), from m_sliceFrom on
    std::size_t m_sliceFrom = 0;

    // Hits and misses since the last flush, noted by the workers and the cache thread.
    std::mutex m_batchMutex;
    HitBatch m_batch;
    std::unordered_map<std::string, std::size_t> m_batchIndex;

    std::unique_ptr<HotEntries> m_hot;    // null: the backend is shared (Redis)
    std::unique_ptr<StoredKeys> m_keys;   // null like m_hot
    std::atomic<bool> m_keysKnown{false}; // m_keys holds every key of the store now
    StoredKeys m_writing;                 // keys posted by store() and not yet written

    std::atomic<bool> m_up{false};
    mutable std::mutex m_problemMutex;
    std::string m_problem;
};

} // namespace gatehouse::gateway
