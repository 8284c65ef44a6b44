#include "ui/dashboard/FleetTileFeed.h"

#include "core/metrics/FleetLatest.h"
#include "core/metrics/FleetSource.h"
#include "core/metrics/ProfileLoader.h"
#include "ui/dashboard/FleetModel.h"

#include <QDateTime>
#include <QTimer>

namespace gatehouse::ui {

using namespace gatehouse::metrics;

struct FleetTileFeed::Fleet
{
    GatewayProfile entry;
    std::unique_ptr<FleetSource> source;
    std::unique_ptr<FleetLatest> latest;
    qint64 askedAtMs = 0;
};

FleetTileFeed::FleetTileFeed(FleetModel& model, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_secrets(secrets)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(10'000);
    connect(m_timer, &QTimer::timeout, this, &FleetTileFeed::refresh);
}

FleetTileFeed::~FleetTileFeed() = default;

void FleetTileFeed::setFleets(const QList<GatewayProfile>& fleets)
{
    QList<qint64> ids;
    std::vector<std::unique_ptr<Fleet>> next;
    for (const GatewayProfile& entry : fleets) {
        ids << entry.id;
        std::unique_ptr<Fleet> fleet;
        for (auto& f : m_fleets) {
            if (f && f->entry.id == entry.id && f->entry == entry)
                fleet = std::move(f); // unchanged: keeps its reader
        }
        if (!fleet) {
            fleet = std::make_unique<Fleet>();
            fleet->entry = entry;
            if (std::optional<PrometheusEndpoint> endpoint = prometheusEndpointFor(entry)) {
                fleet->source = std::make_unique<FleetSource>(
                    *endpoint, loadProfiles(userProfileFolder()).profiles, m_secrets);
                fleet->latest = std::make_unique<FleetLatest>(*fleet->source);
                Fleet* f = fleet.get();
                connect(fleet->latest.get(), &FleetLatest::finished, this,
                        [this, f](const QList<FleetInstanceFigures>& instances, const QString& error) {
                            m_model.setFleetInstances(f->entry, instances, error, f->askedAtMs);
                            emit refreshed(f->entry.id);
                        });
            }
            next.push_back(std::move(fleet));
            read(*next.back());
            continue;
        }
        next.push_back(std::move(fleet));
    }
    m_fleets = std::move(next);
    m_model.keepFleets(ids);
}

void FleetTileFeed::setRunning(bool running)
{
    if (running && !m_timer->isActive()) {
        m_timer->start();
        refresh();
    } else if (!running) {
        m_timer->stop();
    }
}

void FleetTileFeed::setInterval(int intervalMs)
{
    m_timer->setInterval(intervalMs);
}

void FleetTileFeed::refresh()
{
    for (auto& fleet : m_fleets)
        read(*fleet);
}

void FleetTileFeed::read(Fleet& fleet)
{
    if (!fleet.latest) {
        m_model.setFleetInstances(fleet.entry, {}, tr("its address is not a Prometheus server's URL"),
                                  QDateTime::currentMSecsSinceEpoch());
        return;
    }
    if (fleet.latest->isReading())
        return; // the one on its way answers first
    fleet.askedAtMs = QDateTime::currentMSecsSinceEpoch();
    fleet.latest->read(fleet.askedAtMs);
}

} // namespace gatehouse::ui
