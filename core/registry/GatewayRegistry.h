#pragma once

#include "core/registry/GatewayProfile.h"
#include "core/registry/ProfileValidation.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

class ConsoleDatabase;

// The outcome of a change to the registry: empty errors and message on success.
struct RegistryResult
{
    QList<FieldError> errors;  // validation problems, per field
    QString message;           // one sentence: what failed and what to do

    bool ok() const { return errors.isEmpty() && message.isEmpty(); }
};

// The gateway profiles the console manages, stored in the console database. A rejected change
// leaves what is stored untouched.
class GatewayRegistry
{
public:
    explicit GatewayRegistry(ConsoleDatabase& db);

    QList<GatewayProfile> list() const;  // ordered by name
    std::optional<GatewayProfile> find(qint64 id) const;
    std::optional<GatewayProfile> findByName(const QString& name) const;

    RegistryResult add(GatewayProfile& profile);  // sets id, created, updated
    RegistryResult update(GatewayProfile& profile);  // by id; sets updated
    RegistryResult remove(qint64 id);
    // Stores a copy named "<name> (copy)", "<name> (copy 2)", … and returns it.
    RegistryResult duplicate(qint64 id, GatewayProfile* copy = nullptr);

private:
    ConsoleDatabase& m_db;
};

} // namespace gatehouse
