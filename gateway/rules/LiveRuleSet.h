#pragma once

#include "core/rules/Rule.h"
#include "core/rules/RuleError.h"
#include "core/rules/RuleSetHolder.h"
#include "gateway/state/StateWriteThread.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gatehouse::gateway {

namespace state {
class SqliteDatabase;
}
class RuleSetStore;

// The rule set as the admin API shows it: what is stored, its JSON form and ETag.
struct PublishedRuleSet
{
    rules::RuleSet ruleSet;
    std::string json; // the rules_json export form
    std::string etag;
    // Empty while the set is in force; otherwise why it is not (it failed to compile when
    // gatehoused started), and requests get the set's fail mode until it is replaced.
    std::string problem;
};

// The outcome of one change to the rule set. Nothing is stored or swapped in unless Applied.
struct RuleSetChange
{
    enum class Outcome
    {
        Applied,
        Invalid,      // errors says which rule, field and position
        EtagMismatch, // If-Match named another revision
        NotFound,     // no rule with that id
        Failed,       // the state database refused the write; message says why
    };
    Outcome outcome = Outcome::Applied;
    std::vector<rules::RuleError> errors;
    std::string message;
    bool created = false;                              // a rule PUT created a new rule
    std::shared_ptr<const PublishedRuleSet> published; // the set in force after the call
};

// gatehoused's content-filter rules: the compiled set in force (RuleSetHolder, read by the filter
// stages without locks), its stored form in the state database, and the changes the admin API
// makes. A change is checked and compiled completely before anything is stored, and stored
// before it is swapped in, so an invalid set or a failed write leaves the running set untouched;
// requests already running finish on the set they started with. Changes take a mutex among
// themselves, and run on this object's own thread (post()) so that compiling a large set never
// stalls a worker's connections.
class LiveRuleSet
{
public:
    // Opens `database` (creating the tables) and puts the stored set in force, or an empty set
    // when none was stored. Throws state::StateError when the database cannot be used.
    explicit LiveRuleSet(const std::filesystem::path& database);
    ~LiveRuleSet();
    LiveRuleSet(const LiveRuleSet&) = delete;
    LiveRuleSet& operator=(const LiveRuleSet&) = delete;

    rules::RuleSetHolder& holder() { return *m_holder; }
    const rules::RuleSetHolder& holder() const { return *m_holder; }
    std::shared_ptr<const PublishedRuleSet> published() const { return m_published.load(); }

    // `ifMatch`: the If-Match header's value, if the client sent one.
    RuleSetChange replace(rules::RuleSet ruleSet, const std::optional<std::string>& ifMatch);
    RuleSetChange putRule(rules::Rule rule, const std::optional<std::string>& ifMatch);
    RuleSetChange deleteRule(const std::string& id, const std::optional<std::string>& ifMatch);

    // Runs `job` on the rule set's own thread, one job at a time.
    void post(std::function<void()> job);
    // Waits for posted jobs and stops the thread; later posts are dropped.
    void stop();

private:
    RuleSetChange apply(rules::RuleSet next, const PublishedRuleSet& current);
    void publish(rules::RuleSet ruleSet, std::string problem);

    std::unique_ptr<state::SqliteDatabase> m_db;
    std::unique_ptr<RuleSetStore> m_store;
    std::unique_ptr<rules::RuleSetHolder> m_holder;
    std::atomic<std::shared_ptr<const PublishedRuleSet>> m_published;
    std::mutex m_changes;
    state::StateWriteThread m_thread;
};

} // namespace gatehouse::gateway
