#pragma once

#include "core/metrics/ScrapeReport.h"
#include "core/metrics/ScrapeTarget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace gatehouse {
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

// Scrapes every target's /metrics concurrently, each on its own interval and timeout; a target
// that is down is retried with jittered exponential backoff (ScrapeBackoff.h). Requests go through
// the target's TlsPolicy and carry its key from the keychain as a bearer token; responses may be
// gzip-compressed (QNetworkAccessManager asks for gzip and inflates on its own). Parsing and the
// signal math run on a worker thread (ScrapeProcessor); reported() arrives on the poller's thread.
namespace gatehouse::metrics {

class ScrapeProcessor;

struct TargetState
{
    bool known = false; // at least one scrape finished
    bool up = false;
    ScrapeFailure failure = ScrapeFailure::None;
    QString reason;
    int failures = 0; // consecutive
    qint64 lastScrapeMs = 0;
    qint64 nextScrapeMs = 0;
    QString profileId;
};

class Poller : public QObject
{
    Q_OBJECT
public:
    // `secrets` may be null: targets with a key are then reported down with a Credential failure.
    explicit Poller(SecretStore* secrets, QObject* parent = nullptr);
    ~Poller() override;

    // Replaces the targets by gateway id: new ones are scraped at once, changed ones restart,
    // missing ones stop (a scrape in flight is aborted and not reported).
    void setTargets(const QList<ScrapeTarget>& targets);
    QList<ScrapeTarget> targets() const;
    // Keeps the targets in step with the registry: every entry with a metrics URL, re-read now and
    // every `refreshMs` (entries added, edited or removed elsewhere, the local gateway's new port).
    void followRegistry(GatewayRegistry& registry, int refreshMs = 3000);
    void refreshFromRegistry();
    TargetState state(qint64 gatewayId) const;

    // Scrape now rather than at the next tick (e.g. when the dashboard opens).
    void scrapeNow(qint64 gatewayId);

signals:
    void reported(const gatehouse::metrics::ScrapeReport& report);
    void targetsChanged();

private:
    struct Target;
    void schedule(Target& target, int delayMs);
    void start(qint64 gatewayId);
    void fetch(Target& target);
    void finishFetch(qint64 gatewayId, quint64 generation);
    void deliver(const ScrapeReport& report, quint64 generation);

    SecretStore* m_secrets;
    GatewayRegistry* m_registry = nullptr;
    QTimer* m_registryTimer = nullptr;
    QNetworkAccessManager* m_network;
    QThread m_workerThread;
    ScrapeProcessor* m_processor; // lives on m_workerThread
    QHash<qint64, std::shared_ptr<Target>> m_targets;
    quint64 m_generation = 0;
};

} // namespace gatehouse::metrics
