#include "core/admin/CacheGroup.h"

namespace gatehouse {

CacheGroupSummary summarizeCacheGroup(const QList<CacheGroupMember>& members)
{
    CacheGroupSummary summary;
    QStringList keys; // parallel to summary.caches
    for (const CacheGroupMember& m : members) {
        if (!m.stats) {
            summary.unreachable << m.gateway + QStringLiteral(": ") + m.error;
            continue;
        }
        const QString key = m.stats->location.isEmpty()
                                ? QStringLiteral("gateway\n") + m.gateway
                                : m.stats->backend + QLatin1Char('\n') + m.stats->location;
        const qsizetype at = keys.indexOf(key);
        if (at >= 0) {
            summary.caches[at].gateways << m.gateway;
            continue;
        }
        keys << key;
        summary.caches << SharedCache{{m.gateway}, *m.stats};
    }
    CacheStats& t = summary.totals;
    QStringList backends;
    for (const SharedCache& c : summary.caches) {
        t.entries += c.stats.entries;
        t.bytes += c.stats.bytes;
        t.maxBytes += c.stats.maxBytes;
        t.hits += c.stats.hits;
        t.misses += c.stats.misses;
        t.savedTokens += c.stats.savedTokens;
        t.savedSeconds += c.stats.savedSeconds;
        if (!backends.contains(c.stats.backend))
            backends << c.stats.backend;
    }
    t.backend = backends.join(QStringLiteral(", "));
    const qint64 lookups = t.hits + t.misses;
    t.hitRatio = lookups > 0 ? double(t.hits) / double(lookups) : 0.0;
    return summary;
}

} // namespace gatehouse
