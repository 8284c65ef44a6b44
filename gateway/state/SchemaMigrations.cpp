#include "gateway/state/SchemaMigrations.h"

#include <string>

namespace gatehouse::gateway::state {

namespace {

void ensureVersionTable(SqliteDatabase& db)
{
    db.exec("CREATE TABLE IF NOT EXISTS schema_versions ("
            " component TEXT PRIMARY KEY NOT NULL,"
            " version INTEGER NOT NULL) WITHOUT ROWID");
}

} // namespace

int schemaVersion(SqliteDatabase& db, std::string_view component)
{
    ensureVersionTable(db);
    auto query = db.prepare("SELECT version FROM schema_versions WHERE component = ?1");
    query.bind(1, component);
    return query.step() ? static_cast<int>(query.integer(0)) : 0;
}

void migrate(SqliteDatabase& db, std::string_view component, std::span<const std::string_view> steps)
{
    const int known = static_cast<int>(steps.size());
    int version = schemaVersion(db, component);
    if (version > known)
        throw StateError(db.name() + ": the " + std::string(component) + " tables are at schema version " +
                         std::to_string(version) + ", newer than this gatehoused knows (" +
                         std::to_string(known) + "); run a newer gatehoused or restore a backup");
    for (; version < known; ++version) {
        SqliteTransaction transaction(db);
        db.exec(steps[static_cast<std::size_t>(version)]);
        auto record = db.prepare("INSERT INTO schema_versions (component, version) VALUES (?1, ?2)"
                                 " ON CONFLICT (component) DO UPDATE SET version = excluded.version");
        record.bind(1, component).bind(2, std::int64_t{version + 1}).run();
        transaction.commit();
    }
}

} // namespace gatehouse::gateway::state
