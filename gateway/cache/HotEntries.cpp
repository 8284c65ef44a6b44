#include "gateway/cache/HotEntries.h"

namespace gatehouse::gateway {

namespace {

// The list and map nodes, the shared_ptr's control block and the strings' headers, roughly.
constexpr std::uint64_t bookkeepingBytes = 256;

} // namespace

HotEntries::HotEntries(std::uint64_t maxBytes)
    : m_maxBytes(maxBytes)
{}

std::uint64_t HotEntries::cost(const CacheEntry& entry)
{
    return entry.bytes() + bookkeepingBytes;
}

std::shared_ptr<const CacheEntry> HotEntries::find(std::string_view key, std::int64_t nowMs)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_index.find(key);
    if (found == m_index.end())
        return nullptr;
    const Order::iterator it = found->second;
    if ((*it)->expired(nowMs)) {
        eraseLocked(it);
        return nullptr;
    }
    m_order.splice(m_order.begin(), m_order, it);
    return *it;
}

void HotEntries::put(std::shared_ptr<const CacheEntry> entry)
{
    const std::uint64_t bytes = cost(*entry);
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_index.find(entry->key); found != m_index.end())
        eraseLocked(found->second);
    if (bytes > m_maxBytes)
        return;
    m_order.push_front(std::move(entry));
    m_index.emplace(std::string_view(m_order.front()->key), m_order.begin());
    m_bytes += bytes;
    while (m_bytes > m_maxBytes)
        eraseLocked(std::prev(m_order.end()));
}

void HotEntries::erase(std::string_view key)
{
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_index.find(key); found != m_index.end())
        eraseLocked(found->second);
}

void HotEntries::clear()
{
    const std::lock_guard lock(m_mutex);
    m_index.clear();
    m_order.clear();
    m_bytes = 0;
}

void HotEntries::eraseLocked(Order::iterator it)
{
    m_bytes -= cost(**it);
    m_index.erase(std::string_view((*it)->key));
    m_order.erase(it);
}

std::uint64_t HotEntries::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

std::size_t HotEntries::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_index.size();
}

} // namespace gatehouse::gateway
