#include "core/metrics/ProfileDetector.h"

#include <set>

namespace gatehouse::metrics {

int profileScore(const MetricProfile& profile, const promtext::Scrape& scrape)
{
    std::set<std::string> present;
    bool prefixSeen = false;
    for (const promtext::Family& f : scrape.families) {
        present.insert(foldFamilyName(f.name));
        for (const std::string& prefix : profile.prefixes)
            prefixSeen = prefixSeen || f.name.starts_with(prefix);
    }
    int score = prefixSeen ? 1 : 0;
    for (const std::string& name : profile.detect)
        score += present.count(foldFamilyName(name)) ? 1 : 0;
    return score;
}

Detection detectProfile(std::span<const MetricProfile> profiles, const promtext::Scrape& scrape)
{
    Detection best;
    for (const MetricProfile& p : profiles) {
        const int score = profileScore(p, scrape);
        if (score == 0)
            continue;
        if (!best.profile || score > best.score ||
            (score == best.score && p.priority > best.profile->priority)) {
            best.profile = &p;
            best.score = score;
        }
    }
    return best;
}

} // namespace gatehouse::metrics
