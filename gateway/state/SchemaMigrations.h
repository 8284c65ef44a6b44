#pragma once

#include "gateway/state/SqliteDatabase.h"

#include <span>
#include <string_view>

namespace gatehouse::gateway::state {

// Forward-only schema migrations, one track per component ("access_keys", "rules", "cache"…),
// so that each store owns its own tables in a shared state database without numbering clashes.
// steps[i] takes the component from version i to i + 1; the version reached is kept in the
// table schema_versions. Each step runs in its own transaction. A database whose version of
// the component is newer than this build knows is refused with a StateError, never touched.
void migrate(SqliteDatabase& db, std::string_view component, std::span<const std::string_view> steps);

// The component's version in `db` (0 when it has none yet).
int schemaVersion(SqliteDatabase& db, std::string_view component);

} // namespace gatehouse::gateway::state
