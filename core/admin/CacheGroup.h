#pragma once

#include "core/admin/CacheEntry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gatehouse {

// What one gateway of a group said about its cache: its figures, or why there are none.
struct CacheGroupMember
{
    QString gateway;
    std::optional<CacheStats> stats;
    QString error;
};

// One store behind one or more gateways (several gatehoused on one Redis are one SharedCache).
struct SharedCache
{
    QStringList gateways; // in the order given; the first is the one to browse it through
    CacheStats stats;
};

struct CacheGroupSummary
{
    QList<SharedCache> caches;
    QStringList unreachable; // "NAME: why"
    CacheStats totals;       // summed over distinct stores, so a shared one counts once
};

// Groups the members by store (backend and location; a member without a location is its own) and
// adds up the distinct stores.
CacheGroupSummary summarizeCacheGroup(const QList<CacheGroupMember>& members);

} // namespace gatehouse
