#include "gateway/cache/StoredKeys.h"

#include <functional>

namespace gatehouse::gateway {

std::uint64_t StoredKeys::hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

void StoredKeys::add(std::string_view key)
{
    const std::uint64_t hash = hashOf(key);
    const std::lock_guard lock(m_mutex);
    ++m_counts[hash];
    ++m_size;
}

void StoredKeys::remove(std::string_view key)
{
    const std::uint64_t hash = hashOf(key);
    const std::lock_guard lock(m_mutex);
    const auto found = m_counts.find(hash);
    if (found == m_counts.end())
        return;
    if (--found->second == 0)
        m_counts.erase(found);
    --m_size;
}

void StoredKeys::clear()
{
    const std::lock_guard lock(m_mutex);
    m_counts.clear();
    m_size = 0;
}

bool StoredKeys::mayHold(std::string_view key) const
{
    const std::uint64_t hash = hashOf(key);
    const std::lock_guard lock(m_mutex);
    return m_counts.contains(hash);
}

std::size_t StoredKeys::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_size;
}

} // namespace gatehouse::gateway
