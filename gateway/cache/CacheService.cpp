#include "gateway/cache/CacheService.h"

#include "gateway/metrics/CacheMetrics.h"

#include <boost/asio/post.hpp>

namespace gatehouse::gateway {

namespace {

constexpr auto maintenanceInterval = std::chrono::seconds(1);
constexpr auto maxBackoff = std::chrono::milliseconds(5000);
constexpr std::uint64_t maxHotBytes = 64ull * 1024 * 1024;

} // namespace

CacheService::CacheService(CacheConfig config, std::string backendName, Connect connect,
                           metrics::CacheMetrics& metrics, std::ostream& log)
    : m_config(std::move(config))
    , m_backendName(std::move(backendName))
    , m_connect(std::move(connect))
    , m_metrics(metrics)
    , m_log(log)
    , m_work(m_context.get_executor())
    , m_maintenance(m_context)
    , m_retry(m_context)
{
    m_metrics.enabled = true;
    if (const std::uint64_t bytes = hotBytesFor(m_config)) {
        m_hot = std::make_unique<HotEntries>(bytes);
        m_keys = std::make_unique<StoredKeys>();
    }
}

std::uint64_t CacheService::hotBytesFor(const CacheConfig& config)
{
    if (config.backend == CacheConfig::Backend::Redis)
        return 0;
    return std::min(config.maxBytes, maxHotBytes);
}

void CacheService::adopt(std::unique_ptr<CacheStore> store)
{
    if (m_hot) {
        m_hot->clear();
        m_keysKnown = false;
        m_keys->clear();
        // A store that cannot list its keys (not this gatehoused's alone) has every miss asked.
        m_keysKnown = store->forEachKey([this](std::string_view key) { m_keys->add(key); });
        store->setChangeListener([this](std::string_view key, CacheStore::Change change) {
            m_hot->erase(key);
            if (change == CacheStore::Change::Added)
                m_keys->add(key);
            else if (change == CacheStore::Change::Removed)
                m_keys->remove(key);
        });
    }
    m_store = std::move(store);
}

CacheService::~CacheService()
{
    boost::asio::post(m_context, [this] {
        try {
            flush();
        } catch (const CacheStoreError&) {
        }
        m_maintenance.cancel();
        m_retry.cancel();
        m_work.reset();
    });
    if (m_thread.joinable())
        m_thread.join();
}

std::int64_t CacheService::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<std::string> CacheService::start()
{
    std::optional<std::string> problem;
    try {
        adopt(m_connect());
        m_up = true;
        m_metrics.backendUp = true;
    } catch (const CacheStoreError& e) {
        problem = e.what();
        {
            const std::lock_guard lock(m_problemMutex);
            m_problem = e.what();
        }
        m_retry.expires_after(m_backoff);
        m_retry.async_wait([this](boost::system::error_code ec) {
            if (!ec)
                reconnect();
        });
    }
    scheduleMaintenance();
    m_thread = std::thread([this] { m_context.run(); });
    if (m_up)
        boost::asio::post(m_context, [this] { guarded([this] { maintain(); }); });
    return problem;
}

std::string CacheService::problem() const
{
    const std::lock_guard lock(m_problemMutex);
    return m_problem;
}

template <typename Work> void CacheService::guarded(Work work)
{
    if (!m_store)
        return;
    try {
        work();
    } catch (const CacheStoreError& e) {
        fail(e.what());
    }
}

void CacheService::fail(const std::string& why)
{
    m_store.reset();
    {
        const std::lock_guard lock(m_problemMutex);
        m_problem = why;
    }
    m_up = false; // first: workers stop looking in memory
    m_metrics.backendUp = false;
    takeBatch();
    m_slices.reset();
    if (m_hot)
        m_hot->clear();
    m_keysKnown = false;
    if (m_keys)
        m_keys->clear();
    m_log << "gatehoused: cache backend " + m_backendName + " is down, requests bypass the cache: " + why
          << std::endl;
    m_backoff = std::chrono::milliseconds(200);
    m_retry.expires_after(m_backoff);
    m_retry.async_wait([this](boost::system::error_code ec) {
        if (!ec)
            reconnect();
    });
}

void CacheService::reconnect()
{
    try {
        adopt(m_connect());
    } catch (const CacheStoreError& e) {
        {
            const std::lock_guard lock(m_problemMutex);
            m_problem = e.what();
        }
        m_backoff = std::min(maxBackoff, m_backoff * 2);
        m_retry.expires_after(m_backoff);
        m_retry.async_wait([this](boost::system::error_code ec) {
            if (!ec)
                reconnect();
        });
        return;
    }
    {
        const std::lock_guard lock(m_problemMutex);
        m_problem.clear();
    }
    m_up = true;
    m_metrics.backendUp = true;
    m_log << "gatehoused: cache backend " + m_backendName + " is back, caching resumes" << std::endl;
    guarded([this] { maintain(); });
}

void CacheService::scheduleMaintenance()
{
    m_maintenance.expires_after(maintenanceInterval);
    m_maintenance.async_wait([this](boost::system::error_code ec) {
        if (ec)
            return;
        guarded([this] { startSlices(); });
        scheduleMaintenance();
    });
}

void CacheService::maintain()
{
    flush();
    m_store->removeExpired(nowMs());
    m_metrics.evictions += m_store->evict(m_config.maxBytes);
    const CacheTotals totals = m_store->totals();
    m_metrics.entries = static_cast<std::int64_t>(totals.entries);
    m_metrics.bytes = static_cast<std::int64_t>(totals.bytes);
}

HitBatch CacheService::takeBatch()
{
    const std::lock_guard lock(m_batchMutex);
    HitBatch batch = std::move(m_batch);
    m_batch = {};
    m_batchIndex.clear();
    return batch;
}

void CacheService::flush()
{
    while (m_slices)
        writeSlice();
    const HitBatch batch = takeBatch();
    if (!batch.empty())
        m_store->recordHits(batch);
}

void CacheService::startSlices()
{
    if (m_slices)
        return; // the last second's hits are still being written; these wait for the next round
    m_slices = std::make_unique<HitBatch>(takeBatch());
    m_sliceFrom = 0;
    writeSlice();
    if (m_slices)
        postNextSlice();
}

void CacheService::postNextSlice()
{
    // Posted only now, behind the lookups that arrived while the slice before was written.
    boost::asio::post(m_context, [this] {
        guarded([this] {
            if (!m_slices)
                return; // flush() wrote the rest meanwhile
            writeSlice();
            if (m_slices)
                postNextSlice();
        });
    });
}

void CacheService::writeSlice()
{
    const HitBatch& batch = *m_slices;
    HitBatch part;
    const std::size_t to = std::min(batch.hits.size(), m_sliceFrom + hitSlice);
    part.hits.assign(batch.hits.begin() + static_cast<std::ptrdiff_t>(m_sliceFrom),
                     batch.hits.begin() + static_cast<std::ptrdiff_t>(to));
    if (m_sliceFrom == 0) {
        part.misses = batch.misses;
        part.savedTokens = batch.savedTokens;
        part.savedMs = batch.savedMs;
    }
    const bool last = to == batch.hits.size();
    m_sliceFrom = to;
    if (last)
        m_slices.reset();
    if (!part.empty())
        m_store->recordHits(part);
    if (last) // expiry, eviction and gauges once the hits are written, as a task of their own
        boost::asio::post(m_context, [this] { guarded([this] { maintain(); }); });
}

void CacheService::noteHit(const CacheEntry& entry)
{
    const std::int64_t now = nowMs();
    const std::uint64_t tokens = entry.promptTokens.value_or(0) + entry.completionTokens.value_or(0);
    const auto savedMs = static_cast<std::uint64_t>(std::max<std::int64_t>(0, entry.upstreamMs));
    {
        const std::lock_guard lock(m_batchMutex);
        const auto [it, added] = m_batchIndex.try_emplace(entry.key, m_batch.hits.size());
        if (added)
            m_batch.hits.push_back({entry.key, 0, now});
        auto& hit = m_batch.hits[it->second];
        ++hit.count;
        hit.lastMs = now;
        m_batch.savedTokens += tokens;
        m_batch.savedMs += savedMs;
    }
    m_metrics.savedTokens += tokens;
    m_metrics.savedMicroseconds += savedMs * 1000;
}

std::shared_ptr<const CacheEntry> CacheService::findInMemory(const std::string& key)
{
    if (!m_hot || !up())
        return nullptr;
    auto entry = m_hot->find(key, nowMs());
    if (entry)
        noteHit(*entry);
    return entry;
}

bool CacheService::mayHold(std::string_view key, std::string_view faqKey) const
{
    if (!m_keys || !m_keysKnown.load(std::memory_order_acquire))
        return true;
    return m_keys->mayHold(key) || m_writing.mayHold(key) || (!faqKey.empty() && m_keys->mayHold(faqKey));
}

void CacheService::find(std::string key, std::string faqKey, Executor executor,
                        std::function<void(std::shared_ptr<const CacheEntry>, bool failed)> then)
{
    boost::asio::post(m_context, [this, key = std::move(key), faqKey = std::move(faqKey),
                                  executor = std::move(executor), then = std::move(then)]() mutable {
        std::shared_ptr<const CacheEntry> entry;
        bool failed = !m_store;
        guarded([&] {
            auto found = m_store->find(key, nowMs());
            if (!found && !faqKey.empty()) {
                found = m_store->find(faqKey, nowMs());
                if (found && !found->faq)
                    found.reset();
            }
            if (!found)
                return;
            entry = std::make_shared<const CacheEntry>(std::move(*found));
            noteHit(*entry);
            if (m_hot)
                m_hot->put(entry); // the next hit on it stays on the worker
        });
        failed = failed || !m_store;
        boost::asio::post(executor, [then = std::move(then), entry = std::move(entry), failed]() mutable {
            then(std::move(entry), failed);
        });
    });
}

void CacheService::countMiss()
{
    if (!up())
        return;
    const std::lock_guard lock(m_batchMutex);
    ++m_batch.misses;
}

void CacheService::countHit(const CacheEntry& entry)
{
    if (up())
        noteHit(entry);
}

void CacheService::store(CacheEntry entry)
{
    // Until the cache thread has written it, its key is not among m_keys: a lookup meanwhile (the
    // client may ask again as soon as it has the answer) must still ask the cache thread, and
    // find it there behind this write.
    if (m_keys)
        m_writing.add(entry.key);
    boost::asio::post(m_context, [this, entry = std::make_shared<const CacheEntry>(std::move(entry))] {
        guarded([&] {
            flush(); // recent hits first, so that eviction sees who was used last
            m_store->put(*entry);
            if (m_hot)
                m_hot->put(entry); // before eviction, which drops it again if it goes
            // The gauges follow at the next maintenance.
            m_metrics.evictions += m_store->evict(m_config.maxBytes);
        });
        if (m_keys)
            m_writing.remove(entry->key);
    });
}

void CacheService::run(std::function<void(CacheStore*)> job)
{
    boost::asio::post(m_context, [this, job = std::move(job)] {
        guarded([this] { flush(); });
        try {
            job(m_store.get());
        } catch (const CacheStoreError& e) {
            fail(e.what());
            job(nullptr);
        } catch (const std::exception& e) {
            m_log << std::string("gatehoused: a cache admin job failed: ") + e.what() << std::endl;
            job(nullptr);
        }
    });
}

} // namespace gatehouse::gateway
