#pragma once

#include "gateway/cache/CacheEntry.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>

namespace gatehouse::gateway {

// A cache entry as the admin API shows it (docs/openapi.yaml, CacheEntrySummary and CacheEntry):
// times as RFC 3339 UTC strings, the prompt cut to 200 characters in the summary; the detail adds
// the whole prompt, the canonical request and the stored answer as JSON.
boost::json::object entrySummaryJson(const CacheEntry& entry);
boost::json::object entryDetailJson(const CacheEntry& entry);

} // namespace gatehouse::gateway
