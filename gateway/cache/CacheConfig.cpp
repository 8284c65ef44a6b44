#include "gateway/cache/CacheConfig.h"

namespace gatehouse::gateway {

bool CacheConfig::enabledFor(std::string_view model) const
{
    if (!enabled)
        return false;
    const auto it = models.find(model);
    return it == models.end() || it->second.enabled.value_or(true);
}

std::chrono::seconds CacheConfig::ttlFor(std::string_view model) const
{
    const auto it = models.find(model);
    return it != models.end() && it->second.ttl ? *it->second.ttl : ttl;
}

} // namespace gatehouse::gateway
