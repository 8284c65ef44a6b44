#pragma once

#include "core/metrics/MetricProfile.h"
#include "core/metrics/ScrapeReport.h"
#include "core/promtext/Scrape.h"

#include <QByteArray>
#include <QObject>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

// The poller's worker: parses each scrape body, detects the target's profile, computes the
// canonical signals over the target's recent scrapes and lists the raw samples. Lives on the
// poller's worker thread so parsing never runs on the UI thread.
namespace gatehouse::metrics {

class ScrapeProcessor : public QObject
{
    Q_OBJECT
public:
    // Profiles as loadProfiles() gives them (built-in plus the user's own folder).
    explicit ScrapeProcessor(std::vector<MetricProfile> profiles, QObject* parent = nullptr);
    ~ScrapeProcessor() override;

    // Signals are computed over the scrapes of the last `windowMs` (at least two scrapes).
    ScrapeReport process(qint64 gatewayId, qint64 timeMs, int durationMs, const QByteArray& body,
                         const QByteArray& contentType, int windowMs);
    // Forget a target's scrapes (removed from the registry, or down: rates must not span a gap).
    void forget(qint64 gatewayId);

private:
    struct Kept
    {
        qint64 timeMs = 0;
        QByteArray body; // the Scrape's views point into it
        promtext::Scrape scrape;
    };

    std::vector<MetricProfile> m_profiles;
    std::unordered_map<qint64, std::deque<std::unique_ptr<Kept>>> m_recent;
};

} // namespace gatehouse::metrics
