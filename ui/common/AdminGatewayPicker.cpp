#include "ui/common/AdminGatewayPicker.h"

#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QPointer>
#include <QTimer>

namespace gatehouse::ui {

AdminGatewayPicker::AdminGatewayPicker(GatewayRegistry& registry, SecretStore& secrets, QWidget* parent)
    : QComboBox(parent)
    , m_registry(registry)
    , m_secrets(secrets)
{
    setAccessibleName(tr("Gateway"));
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

QString AdminGatewayPicker::noGatewayText()
{
    return tr("No gateway with an admin API is registered. Add a Gatehouse gateway with its admin "
              "address and admin token on the Gateways page — the local gateway is one once it runs.");
}

bool AdminGatewayPicker::reload()
{
    const QString current = currentText();
    QStringList names;
    for (const GatewayProfile& p : m_registry.list()) {
        if (kindHasAdminApi(p.kind) && !p.adminUrl.isEmpty())
            names << p.name;
    }
    QStringList shown;
    for (int i = 0; i < count(); ++i)
        shown << itemText(i);
    if (shown == names)
        return false;
    const QSignalBlocker block(this);
    clear();
    addItems(names);
    const int again = int(names.indexOf(current));
    setCurrentIndex(again >= 0 ? again : (names.isEmpty() ? -1 : 0));
    return true;
}

void AdminGatewayPicker::readEndpoint(EndpointDone done)
{
    const QString name = currentText();
    const std::optional<GatewayProfile> profile = m_registry.findByName(name);
    QPointer<AdminGatewayPicker> self(this);
    if (!profile) {
        const QString problem =
            name.isEmpty() ? noGatewayText() : tr("The gateway \"%1\" is no longer registered.").arg(name);
        QTimer::singleShot(0, this, [done, problem] { done(std::nullopt, problem); });
        return;
    }
    if (profile->adminTokenSecret.isEmpty()) {
        QTimer::singleShot(0, this, [done, profile] { done(AdminEndpoint::fromProfile(*profile, {}), {}); });
        return;
    }
    m_secrets.read(
        profile->adminTokenSecret, [self, done, profile](const SecretError& e, const QByteArray& token) {
            if (!self)
                return;
            if (e) {
                done(std::nullopt, tr("The admin token \"%1\" of %2 could not be read: %3")
                                       .arg(profile->adminTokenSecret, profile->name, e.message));
                return;
            }
            done(AdminEndpoint::fromProfile(*profile, QByteArray(token.constData(), token.size())), {});
        });
}

} // namespace gatehouse::ui
