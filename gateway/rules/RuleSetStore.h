#pragma once

#include "core/rules/Rule.h"

#include <optional>

namespace gatehouse::gateway::state {
class SqliteDatabase;
}

namespace gatehouse::gateway {

// The rule set in the state database (migration track "rules"): the set's options in one row and
// each rule as its JSON form (docs/admin-api.md) in order. A save replaces everything in one
// transaction, so a crash leaves either the old set or the new one, never a mix.
class RuleSetStore
{
public:
    // Creates or upgrades the tables; throws state::StateError.
    explicit RuleSetStore(state::SqliteDatabase& db);

    // nullopt until a set was saved. Throws StateError when a stored rule cannot be read back.
    std::optional<rules::RuleSet> load();
    // Throws StateError; nothing is changed then.
    void save(const rules::RuleSet& ruleSet);

private:
    state::SqliteDatabase& m_db;
};

} // namespace gatehouse::gateway
