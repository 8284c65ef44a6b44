#pragma once

#include "core/registry/GatewayProfile.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

class QTimer;

namespace gatehouse {
class SecretStore;
}
namespace gatehouse::metrics {
class FleetLatest;
class FleetSource;
} // namespace gatehouse::metrics

namespace gatehouse::ui {

class FleetModel;

// Keeps the overview's fleet tiles fresh: for every registry entry of kind Prometheus server, the
// latest figures of each instance it scrapes (metrics::FleetLatest) go into the FleetModel, at
// once when the fleets change and then every `intervalMs` while running. One read per fleet is
// on its way at a time; a server that does not answer shows its tiles down with the reason.
class FleetTileFeed : public QObject
{
    Q_OBJECT
public:
    FleetTileFeed(FleetModel& model, SecretStore* secrets, QObject* parent = nullptr);
    ~FleetTileFeed() override;

    void setFleets(const QList<GatewayProfile>& fleets);
    void setRunning(bool running); // e.g. while the overview is on screen
    void setInterval(int intervalMs);
    void refresh(); // every fleet, now

signals:
    void refreshed(qint64 fleetEntryId); // its tiles were updated

private:
    struct Fleet;
    void read(Fleet& fleet);

    FleetModel& m_model;
    SecretStore* m_secrets;
    QTimer* m_timer;
    std::vector<std::unique_ptr<Fleet>> m_fleets;
};

} // namespace gatehouse::ui
