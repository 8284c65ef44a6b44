#pragma once

#include "core/admin/AdminEndpoint.h"
#include "core/admin/FleetOperation.h"

#include <QComboBox>

#include <functional>
#include <optional>

namespace gatehouse {
class GatewayRegistry;
class SecretStore;
} // namespace gatehouse

namespace gatehouse::ui {

// The "Gateway:" picker of the pages that drive a gateway's admin API (access keys, cache): the
// registry's entries of a kind with an admin API and an admin address; it hands out the picked
// one's endpoint with its admin token read from the keychain.
class AdminGatewayPicker : public QComboBox
{
    Q_OBJECT
public:
    AdminGatewayPicker(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent = nullptr);

    // Also offers "every gateway tagged T" for each tag at least two of them carry.
    void setOffersTagGroups(bool offers) { m_offersTagGroups = offers; }
    // Re-reads the registry, keeping the current pick where it is still there; true when the list
    // changed (currentIndexChanged is not emitted).
    bool reload();
    QString currentTag() const;                           // the picked tag group, "" when a gateway is picked
    QStringList gatewaysTagged(const QString& tag) const; // in registry order
    QStringList tags() const; // every tag of the admin-capable entries, sorted, even on one gateway
    // Refills `box` with tags(), keeping its choice if still there, else choosing the first tag of
    // `gateway` (a group it belongs to), else the first. Emits no signals of `box`.
    void fillTagBox(QComboBox& box, const QString& gateway) const;
    bool hasGateways() const { return count() > 0; }
    static QString noGatewayText();

    // The picked gateway's endpoint, or a sentence on why there is none (not registered any more,
    // token unreadable). `done` runs once, later, unless this picker is destroyed first.
    using EndpointDone = std::function<void(std::optional<AdminEndpoint>, const QString& problem)>;
    void readEndpoint(EndpointDone done);
    void readEndpointOf(const QString& gateway, EndpointDone done);
    // Every gateway's endpoint, one keychain read after the other, as fleet targets (a gateway
    // whose token cannot be read carries the reason). `done` runs once, later.
    using TargetsDone = std::function<void(QList<FleetTarget>)>;
    void readTargetsOf(const QStringList& gateways, TargetsDone done);

private:
    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
    bool m_offersTagGroups = false;
};

} // namespace gatehouse::ui
