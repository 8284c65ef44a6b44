#include "core/admin/AccessKeyFleetOperation.h"

#include "core/admin/AccessKeysClient.h"

namespace gatehouse {

AccessKeyFleetOperation::AccessKeyFleetOperation(QList<FleetTarget> targets, QObject* parent)
    : FleetOperation(targets, parent)
    , m_results(resultsFor<AccessKeyFleetResult>(targets))
{}

AccessKeyFleetOperation::~AccessKeyFleetOperation() = default;

void AccessKeyFleetOperation::send(int index)
{
    auto& client = m_clients[index];
    if (!client) {
        client = std::make_unique<AccessKeysClient>(*target(index).endpoint);
        connect(client.get(), &AccessKeysClient::failed, this,
                [this, index](const QString&, const QString& message) { fail(index, message); });
        prepare(index, *client);
    }
    request(index, *client);
}

void AccessKeyFleetOperation::succeed(int index, const AccessKey& key)
{
    m_results[index].key = key;
    FleetOperation::succeed(index);
}

} // namespace gatehouse
