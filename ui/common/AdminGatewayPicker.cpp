#include "ui/common/AdminGatewayPicker.h"

#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QMap>
#include <QPointer>
#include <QSignalBlocker>
#include <QTimer>

#include <memory>

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
    QStringList tags;
    QMap<QString, int> tagged;
    for (const GatewayProfile& p : m_registry.list()) {
        if (!kindHasAdminApi(p.kind) || p.adminUrl.isEmpty())
            continue;
        names << p.name;
        for (const QString& tag : p.tags)
            tagged[tag] += 1;
    }
    QStringList texts = names;
    if (m_offersTagGroups) {
        for (auto it = tagged.cbegin(); it != tagged.cend(); ++it) {
            if (it.value() >= 2) {
                tags << it.key();
                texts << tr("Tag \"%1\" (%2 gateways)").arg(it.key()).arg(it.value());
            }
        }
    }
    QStringList shown;
    for (int i = 0; i < count(); ++i)
        shown << itemText(i);
    if (shown == texts)
        return false;
    const QSignalBlocker block(this);
    clear();
    addItems(names);
    if (!tags.isEmpty())
        insertSeparator(count());
    for (int i = 0; i < tags.size(); ++i)
        addItem(texts.at(names.size() + i), tags.at(i));
    const int again = findText(current);
    setCurrentIndex(again >= 0 ? again : (names.isEmpty() ? -1 : 0));
    return true;
}

QString AdminGatewayPicker::currentTag() const
{
    return currentData().toString();
}

QStringList AdminGatewayPicker::gatewaysTagged(const QString& tag) const
{
    QStringList names;
    for (const GatewayProfile& p : m_registry.list()) {
        if (kindHasAdminApi(p.kind) && !p.adminUrl.isEmpty() && p.tags.contains(tag))
            names << p.name;
    }
    return names;
}

void AdminGatewayPicker::fillTagBox(QComboBox& box, const QString& gateway) const
{
    const QString current = box.currentText();
    const QSignalBlocker block(&box);
    box.clear();
    box.addItems(tags());
    int at = box.findText(current);
    if (at < 0) {
        const std::optional<GatewayProfile> own = m_registry.findByName(gateway);
        for (int i = 0; own && at < 0 && i < box.count(); ++i) {
            if (own->tags.contains(box.itemText(i)))
                at = i;
        }
    }
    box.setCurrentIndex(at >= 0 ? at : 0);
}

QStringList AdminGatewayPicker::tags() const
{
    QStringList all;
    for (const GatewayProfile& p : m_registry.list()) {
        if (!kindHasAdminApi(p.kind) || p.adminUrl.isEmpty())
            continue;
        for (const QString& tag : p.tags) {
            if (!all.contains(tag))
                all << tag;
        }
    }
    all.sort(Qt::CaseInsensitive);
    return all;
}

void AdminGatewayPicker::readTargetsOf(const QStringList& gateways, TargetsDone done)
{
    auto targets = std::make_shared<QList<FleetTarget>>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<AdminGatewayPicker> self(this);
    // The callback holds `next` only weakly, so the chain frees itself when it ends.
    *next = [self, gateways, targets, done, weak = std::weak_ptr<std::function<void()>>(next)] {
        if (!self)
            return;
        if (targets->size() == gateways.size()) {
            done(*targets);
            return;
        }
        const QString name = gateways.at(targets->size());
        auto again = weak.lock();
        self->readEndpointOf(
            name, [targets, name, again](std::optional<AdminEndpoint> endpoint, const QString& problem) {
                targets->append({name, std::move(endpoint), problem, {}});
                (*again)();
            });
    };
    QTimer::singleShot(0, this, [next] { (*next)(); });
}

void AdminGatewayPicker::readEndpoint(EndpointDone done)
{
    readEndpointOf(currentTag().isEmpty() ? currentText() : QString(), std::move(done));
}

void AdminGatewayPicker::readEndpointOf(const QString& name, EndpointDone done)
{
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
