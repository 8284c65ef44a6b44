#pragma once

#include "core/registry/GatewayProfile.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the poller needs to know to scrape one registry entry's /metrics.
namespace gatehouse::metrics {

struct ScrapeTarget
{
    qint64 gatewayId = 0;
    QString name;
    QUrl url;
    int intervalMs = 15000;
    int timeoutMs = 10000; // the whole scrape, connect to last byte
    TlsOptions tls;
    QString credentialSecret; // SecretStore name of the bearer key; empty: none
    QStringList tags;

    bool operator==(const ScrapeTarget&) const = default;
};

// The entry's target, or nothing when it has no metrics URL or is a Prometheus server (read
// through its query API, not scraped). The timeout is 80% of the interval, between 1 and 10 s
// (Prometheus's default scrape_timeout is 10 s and may not exceed the interval).
std::optional<ScrapeTarget> scrapeTargetFor(const GatewayProfile& profile);

} // namespace gatehouse::metrics
