#pragma once

#include "core/metrics/MetricProfile.h"
#include "core/promtext/Scrape.h"

#include <span>

// Picks the profile that fits a scrape: the one with the most of its identifying families present
// (one point more when a family carries one of its prefixes); ties go to the higher priority.
namespace gatehouse::metrics {

struct Detection
{
    const MetricProfile* profile = nullptr; // nullptr: "raw", chart the series as they are
    int score = 0;

    QString id() const { return profile ? profile->id : QStringLiteral("raw"); }
};

Detection detectProfile(std::span<const MetricProfile> profiles, const promtext::Scrape& scrape);
int profileScore(const MetricProfile& profile, const promtext::Scrape& scrape);

} // namespace gatehouse::metrics
