#include "core/admin/AccessKeyFleetRevoke.h"

#include "core/admin/AccessKeysClient.h"

namespace gatehouse {

AccessKeyFleetRevoke::AccessKeyFleetRevoke(QString name, QString prefix, QList<FleetTarget> targets,
                                           QObject* parent)
    : AccessKeyFleetOperation(std::move(targets), parent)
    , m_name(std::move(name))
    , m_prefix(std::move(prefix))
{}

void AccessKeyFleetRevoke::prepare(int index, AccessKeysClient& client)
{
    connect(&client, &AccessKeysClient::listed, this, [this, index, &client](const QList<AccessKey>& keys) {
        for (const AccessKey& key : keys) {
            if (key.name == m_name && (m_prefix.isEmpty() || key.prefix == m_prefix)) {
                m_found.insert(index, key);
                client.revoke(key.id);
                return;
            }
        }
        succeed(index, AccessKey{}); // not there: nothing to revoke
    });
    connect(&client, &AccessKeysClient::revoked, this,
            [this, index](const QString&) { succeed(index, m_found.take(index)); });
}

void AccessKeyFleetRevoke::request(int, AccessKeysClient& client)
{
    client.list();
}

} // namespace gatehouse
