#pragma once

#include "core/admin/AccessKeyFleetOperation.h"

#include <QHash>

namespace gatehouse {

// Revokes one access key on several gatehoused: on each, the key of that name whose prefix is the
// same (the same secret, as AccessKeyFleetCreate put it there; a key of the same name with another
// secret is left alone) — or with an empty prefix, the key of that name whatever its secret. A gateway
// without it has nothing to revoke and counts as done, with an empty key id in its result.
class AccessKeyFleetRevoke : public AccessKeyFleetOperation
{
    Q_OBJECT
public:
    AccessKeyFleetRevoke(QString name, QString prefix, QList<FleetTarget> targets, QObject* parent = nullptr);

protected:
    void prepare(int index, AccessKeysClient& client) override;
    void request(int index, AccessKeysClient& client) override;

private:
    QString m_name;
    QString m_prefix;
    QHash<int, AccessKey> m_found; // by target index, between list and revoke
};

} // namespace gatehouse
