#pragma once

#include "core/admin/AdminEndpoint.h"

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

    // Re-reads the registry, keeping the current pick where it is still there; true when the list
    // changed (currentIndexChanged is not emitted).
    bool reload();
    bool hasGateways() const { return count() > 0; }
    static QString noGatewayText();

    // The picked gateway's endpoint, or a sentence on why there is none (not registered any more,
    // token unreadable). `done` runs once, later, unless this picker is destroyed first.
    using EndpointDone = std::function<void(std::optional<AdminEndpoint>, const QString& problem)>;
    void readEndpoint(EndpointDone done);

private:
    GatewayRegistry& m_registry;
    SecretStore& m_secrets;
};

} // namespace gatehouse::ui
