#include "core/admin/AccessKeyFleetCreate.h"

#include "core/admin/AccessKeysClient.h"

namespace gatehouse {

AccessKeyFleetCreate::AccessKeyFleetCreate(AccessKeyChanges key, QList<FleetTarget> targets, QObject* parent)
    : AccessKeyFleetOperation(std::move(targets), parent)
    , m_key(std::move(key))
    , m_secret(AccessKeySecret::generate())
{}

void AccessKeyFleetCreate::prepare(int index, AccessKeysClient& client)
{
    connect(&client, &AccessKeysClient::created, this,
            [this, index](const AccessKey& key, const QByteArray&) { succeed(index, key); });
}

void AccessKeyFleetCreate::request(int, AccessKeysClient& client)
{
    client.create(m_key, &m_secret);
}

} // namespace gatehouse
