#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What one scrape of one target gave: up with its canonical signals and raw samples, or down
// with the reason. The poller emits one per scrape; the history stores it, the dashboard shows it.
namespace gatehouse::metrics {

enum class ScrapeFailure
{
    None,
    Dns,        // the host name does not resolve
    Refused,    // nothing listens there
    Timeout,    // no complete answer within the target's timeout
    Tls,        // handshake or certificate refused
    Http,       // an answer other than 200 (401/403 included: the key is wrong or missing)
    Parse,      // the exposition does not parse (line and column in the reason)
    Credential, // the key could not be read from the keychain
    Network,    // anything else below HTTP (reset, unreachable)
};

struct SeriesValue
{
    QString series; // "request_rate", "error_rate_by_code/503", or a raw series "name{labels}"
    double value = 0;
};

struct ScrapeReport
{
    qint64 gatewayId = 0;
    qint64 timeMs = 0; // when the scrape started, ms since the epoch
    int durationMs = 0;
    bool up = false;
    ScrapeFailure failure = ScrapeFailure::None;
    QString reason;    // one sentence when down
    QString profileId; // detected profile, "raw" when none fits
    qint64 bytes = 0;
    QList<SeriesValue> signalValues; // canonical signals that could be computed (rates need two scrapes)
    QList<SeriesValue> rawSamples;   // every sample of the scrape, for history
};

QString scrapeFailureName(ScrapeFailure failure); // "DNS", "refused", "timeout", ...

} // namespace gatehouse::metrics

Q_DECLARE_METATYPE(gatehouse::metrics::ScrapeReport)
