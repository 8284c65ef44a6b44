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
    QList<FieldError> errors; // validation problems, per field (a taken name is an error on "name")
    QString message; // one sentence for failures that are not about a field: what failed and what to do

    bool ok() const { return errors.isEmpty() && message.isEmpty(); }
    // The message, or else the field errors' messages joined by "; " (empty on success).
    QString summary() const;
};

// The gateway profiles the console manages, stored in the console database. A rejected change
// leaves what is stored untouched. Names are unique regardless of case ("Prod" and "prod" clash).
// Use from the thread that calls it; each thread gets its own database connection.
class GatewayRegistry
{
public:
    explicit GatewayRegistry(ConsoleDatabase& db);

    QList<GatewayProfile> list() const; // ordered by name, case-insensitively
    std::optional<GatewayProfile> find(qint64 id) const;
    std::optional<GatewayProfile> findByName(const QString& name) const; // case-insensitive
    // Whether another profile (not exceptId) already has this name, regardless of case.
    bool isNameTaken(const QString& name, qint64 exceptId = 0) const;

    RegistryResult add(GatewayProfile& profile);    // sets id, created, updated (UTC, ms)
    RegistryResult update(GatewayProfile& profile); // by id; keeps created, sets updated
    RegistryResult remove(qint64 id);
    // Stores a copy named "<name> (copy)", "<name> (copy 2)", … and returns it.
    RegistryResult duplicate(qint64 id, GatewayProfile* copy = nullptr);

private:
    QList<GatewayProfile> select(const QString& where, const QVariant& value) const;
    QString databaseFailure(const QString& what, const QString& why) const;

    ConsoleDatabase& m_db;
};

} // namespace gatehouse
