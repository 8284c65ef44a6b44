#pragma once

#include "core/admin/AccessKeyFleetOperation.h"
#include "core/admin/AccessKeySecret.h"

namespace gatehouse {

// Creates one access key on several gatehoused, so that a client's key works on whichever of a
// fleet answers. The secret is made here (AccessKeySecret) and only its SHA-256 is sent; each
// gateway counts the key's rpm/tpm on its own. A gateway that refuses (a key of that name exists)
// holds no key; a retry sends the same secret.
class AccessKeyFleetCreate : public AccessKeyFleetOperation
{
    Q_OBJECT
public:
    AccessKeyFleetCreate(AccessKeyChanges key, QList<FleetTarget> targets, QObject* parent = nullptr);

    // The secret every gateway that succeeded now accepts: show it once, store it or drop it.
    const QByteArray& secret() const { return m_secret.value(); }

protected:
    void prepare(int index, AccessKeysClient& client) override;
    void request(int index, AccessKeysClient& client) override;

private:
    AccessKeyChanges m_key;
    AccessKeySecret m_secret;
};

} // namespace gatehouse
