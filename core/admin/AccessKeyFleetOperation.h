#pragma once

#include "core/admin/AccessKey.h"
#include "core/admin/FleetOperation.h"

#include <QList>

#include <map>
#include <memory>

namespace gatehouse {

class AccessKeysClient;

// What one gateway answered: the key it holds (created) or held (revoked), or why not.
struct AccessKeyFleetResult : FleetOutcome
{
    AccessKey key; // empty id on a revoke: the gateway had no such key, nothing to do
};

// One access-key change made on the gateways of a fleet behind one address (FleetOperation).
// Subclasses say what is sent, over one AccessKeysClient per gateway.
class AccessKeyFleetOperation : public FleetOperation
{
    Q_OBJECT
public:
    ~AccessKeyFleetOperation() override;

    const QList<AccessKeyFleetResult>& results() const { return m_results; }

protected:
    AccessKeyFleetOperation(QList<FleetTarget> targets, QObject* parent);

    // Once per reachable gateway, before its first request(): connect the client's answers, ending in
    // succeed() or fail() (the client's failed() already ends in fail()).
    virtual void prepare(int index, AccessKeysClient& client) = 0;
    // The call to make on that gateway; again on a retry.
    virtual void request(int index, AccessKeysClient& client) = 0;
    void succeed(int index, const AccessKey& key);

    FleetOutcome& outcomeOf(int index) override { return m_results[index]; }
    const FleetOutcome& outcomeOf(int index) const override { return m_results.at(index); }
    void send(int index) override;

private:
    QList<AccessKeyFleetResult> m_results;
    std::map<int, std::unique_ptr<AccessKeysClient>> m_clients; // by target, once sent to
};

} // namespace gatehouse
