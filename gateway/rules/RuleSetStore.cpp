#include "gateway/rules/RuleSetStore.h"

#include "core/rules/RuleSetJson.h"
#include "gateway/state/SchemaMigrations.h"
#include "gateway/state/SqliteDatabase.h"

#include <array>

namespace gatehouse::gateway {

namespace {

constexpr std::array<std::string_view, 1> migrations = {
    "CREATE TABLE rule_set ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " fail_mode TEXT NOT NULL,"
    " memory_budget_bytes INTEGER NOT NULL,"
    " max_match_length INTEGER NOT NULL,"
    " saved_at TEXT NOT NULL);"
    "CREATE TABLE rules ("
    " position INTEGER PRIMARY KEY,"
    " rule_id TEXT NOT NULL UNIQUE,"
    " definition TEXT NOT NULL);",
};

} // namespace

RuleSetStore::RuleSetStore(state::SqliteDatabase& db)
    : m_db(db)
{
    state::migrate(m_db, "rules", migrations);
}

std::optional<rules::RuleSet> RuleSetStore::load()
{
    auto options = m_db.prepare("SELECT fail_mode, memory_budget_bytes, max_match_length FROM rule_set");
    if (!options.step())
        return std::nullopt;
    rules::RuleSet set;
    const std::string failMode = options.text(0);
    if (const auto mode = rules::parseFailMode(failMode))
        set.options.failMode = *mode;
    else
        throw state::StateError(m_db.name() + ": the stored rule set has an unknown fail mode '" + failMode +
                                "'; replace the rule set through the admin API");
    set.options.memoryBudgetBytes = options.integer(1);
    set.options.maxMatchLength = static_cast<std::size_t>(options.integer(2));

    auto rows = m_db.prepare("SELECT rule_id, definition FROM rules ORDER BY position");
    while (rows.step()) {
        rules::RuleImport rule = rules::ruleFromJson(rows.text(1));
        if (!rule.rule)
            throw state::StateError(m_db.name() + ": the stored rule '" + rows.text(0) +
                                    "' cannot be read (" + rules::describe(rule.errors) +
                                    "); replace the rule set through the admin API");
        set.rules.push_back(std::move(*rule.rule));
    }
    return set;
}

void RuleSetStore::save(const rules::RuleSet& set)
{
    state::SqliteTransaction transaction(m_db);
    m_db.prepare("INSERT INTO rule_set (id, fail_mode, memory_budget_bytes, max_match_length, saved_at)"
                 " VALUES (1, ?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                 " ON CONFLICT (id) DO UPDATE SET fail_mode = excluded.fail_mode,"
                 " memory_budget_bytes = excluded.memory_budget_bytes,"
                 " max_match_length = excluded.max_match_length, saved_at = excluded.saved_at")
        .bind(1, rules::failModeName(set.options.failMode))
        .bind(2, std::int64_t{set.options.memoryBudgetBytes})
        .bind(3, static_cast<std::int64_t>(set.options.maxMatchLength))
        .run();
    m_db.exec("DELETE FROM rules");
    auto insert = m_db.prepare("INSERT INTO rules (position, rule_id, definition) VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < set.rules.size(); ++i) {
        insert.reset();
        const std::string definition = rules::ruleToJson(set.rules[i]);
        insert.bind(1, static_cast<std::int64_t>(i))
            .bind(2, std::string_view(set.rules[i].id))
            .bind(3, std::string_view(definition));
        insert.run();
    }
    transaction.commit();
}

} // namespace gatehouse::gateway
