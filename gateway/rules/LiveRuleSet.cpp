#include "gateway/rules/LiveRuleSet.h"

#include "core/rules/RuleCompiler.h"
#include "core/rules/RuleSetJson.h"
#include "gateway/rules/RuleSetEtag.h"
#include "gateway/rules/RuleSetStore.h"
#include "gateway/state/SqliteDatabase.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

namespace gatehouse::gateway {

namespace {

// RFC 3339 UTC with milliseconds: 2026-05-04T10:11:12.345Z
std::string nowUtc()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char full[40];
    std::snprintf(full, sizeof full, "%s.%03dZ", text, static_cast<int>(millis));
    return full;
}

std::string unstampedJson(rules::Rule rule)
{
    rule.createdAt.clear();
    rule.updatedAt.clear();
    return rules::ruleToJson(rule);
}

// The gateway keeps createdAt/updatedAt itself: a rule keeps its creation time across changes
// and its update time while its definition stays the same, whatever the client sent.
void stamp(rules::RuleSet& next, const rules::RuleSet& current)
{
    std::map<std::string, const rules::Rule*, std::less<>> before;
    for (const rules::Rule& rule : current.rules)
        before.emplace(rule.id, &rule);
    const std::string now = nowUtc();
    for (rules::Rule& rule : next.rules) {
        const auto old = before.find(rule.id);
        if (old == before.end()) {
            rule.createdAt = now;
            rule.updatedAt = now;
            continue;
        }
        rule.createdAt = old->second->createdAt;
        rule.updatedAt = unstampedJson(rule) == unstampedJson(*old->second) ? old->second->updatedAt : now;
    }
}

} // namespace

LiveRuleSet::LiveRuleSet(const std::filesystem::path& database)
    : m_db(std::make_unique<state::SqliteDatabase>(database))
    , m_store(std::make_unique<RuleSetStore>(*m_db))
{
    rules::RuleSet stored = m_store->load().value_or(rules::RuleSet{});
    m_holder = std::make_unique<rules::RuleSetHolder>(stored.options.failMode);
    const std::vector<rules::RuleError> errors = m_holder->load(stored);
    publish(std::move(stored), errors.empty()
                                   ? std::string()
                                   : "the stored rule set does not compile (" + rules::describe(errors) +
                                         "); requests get its fail mode until the set is replaced");
}

LiveRuleSet::~LiveRuleSet()
{
    stop();
}

void LiveRuleSet::publish(rules::RuleSet ruleSet, std::string problem)
{
    auto published = std::make_shared<PublishedRuleSet>();
    published->json = rules::ruleSetToJson(ruleSet);
    published->etag = ruleSetEtag(ruleSet);
    published->ruleSet = std::move(ruleSet);
    published->problem = std::move(problem);
    m_published.store(std::move(published));
}

RuleSetChange LiveRuleSet::replace(rules::RuleSet ruleSet, const std::optional<std::string>& ifMatch)
{
    const std::lock_guard lock(m_changes);
    const auto current = published();
    if (ifMatch && !ifMatchAdmits(*ifMatch, current->etag))
        return {RuleSetChange::Outcome::EtagMismatch, {}, {}, false, current};
    return apply(std::move(ruleSet), *current);
}

RuleSetChange LiveRuleSet::putRule(rules::Rule rule, const std::optional<std::string>& ifMatch)
{
    const std::lock_guard lock(m_changes);
    const auto current = published();
    if (ifMatch && !ifMatchAdmits(*ifMatch, current->etag))
        return {RuleSetChange::Outcome::EtagMismatch, {}, {}, false, current};
    rules::RuleSet next = current->ruleSet;
    const auto existing = std::find_if(next.rules.begin(), next.rules.end(),
                                       [&](const rules::Rule& r) { return r.id == rule.id; });
    const bool created = existing == next.rules.end();
    if (created)
        next.rules.push_back(std::move(rule));
    else
        *existing = std::move(rule);
    RuleSetChange change = apply(std::move(next), *current);
    change.created = created && change.outcome == RuleSetChange::Outcome::Applied;
    return change;
}

RuleSetChange LiveRuleSet::deleteRule(const std::string& id, const std::optional<std::string>& ifMatch)
{
    const std::lock_guard lock(m_changes);
    const auto current = published();
    if (ifMatch && !ifMatchAdmits(*ifMatch, current->etag))
        return {RuleSetChange::Outcome::EtagMismatch, {}, {}, false, current};
    rules::RuleSet next = current->ruleSet;
    const auto removed = std::erase_if(next.rules, [&](const rules::Rule& rule) { return rule.id == id; });
    if (removed == 0)
        return {RuleSetChange::Outcome::NotFound, {}, "no rule has the id '" + id + "'", false, current};
    return apply(std::move(next), *current);
}

RuleSetChange LiveRuleSet::apply(rules::RuleSet next, const PublishedRuleSet& current)
{
    stamp(next, current.ruleSet);
    rules::CompileResult compiled = rules::RuleCompiler::compile(next);
    if (!compiled.ok())
        return {RuleSetChange::Outcome::Invalid, std::move(compiled.errors), {}, false, published()};
    try {
        m_store->save(next);
    } catch (const state::StateError& e) {
        return {RuleSetChange::Outcome::Failed, {}, e.what(), false, published()};
    }
    m_holder->install(std::move(compiled.ruleSet));
    publish(std::move(next), {});
    return {RuleSetChange::Outcome::Applied, {}, {}, false, published()};
}

void LiveRuleSet::post(std::function<void()> job)
{
    m_thread.post(std::move(job));
}

void LiveRuleSet::stop()
{
    m_thread.stop();
}

} // namespace gatehouse::gateway
