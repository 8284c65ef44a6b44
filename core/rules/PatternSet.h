#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Every pattern of a rule set (regexes, keyword lists, PII candidates) in one RE2::Set, matched in
// one linear pass; only the patterns the set reports are run again, one by one, to find where
// they matched. RE2 never backtracks, so no rule can make a scan slow.
namespace gatehouse::rules {

struct PatternEntry
{
    std::size_t rule = 0;             // index into CompiledRuleSet::rules()
    std::shared_ptr<const RE2> regex; // the same pattern on its own, to find offsets
    int spanGroup = 0;                // capture group that is the match (0: all of it)
    std::string_view label;           // overrides the rule's label (PII detectors' defaults)
    // PII only: length of the accepted part of a candidate, 0 to reject it.
    std::size_t (*accept)(std::string_view candidate) = nullptr;
    bool retryInside = true; // after a rejected candidate (see PiiDetectorSpec)
};

struct Span
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

class PatternSet
{
public:
    explicit PatternSet(std::int64_t memoryBudgetBytes);

    // Before compile(). False (with RE2's reason) if RE2::Set refuses the pattern.
    bool add(const std::string& pattern, PatternEntry entry, std::string* error);

    // False when the patterns do not fit the memory budget. A set that failed to compile is
    // never matched (RE2 2022 crashes if it is).
    bool compile(std::string* error);

    bool empty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }
    const PatternEntry& entry(int index) const { return m_entries[static_cast<std::size_t>(index)]; }

    // Indices of the patterns that match somewhere in text, sorted. False with a reason when RE2
    // could not tell (out of memory, inconsistent result): that is not "no match".
    bool scan(std::string_view text, std::vector<int>& hits, std::string& error) const;

    // Where pattern `index` matches in text: leftmost-first, non-overlapping, validated. With
    // firstOnly, stops after the first match (a second pass over the whole text costs about as
    // much as the set's own pass).
    void locate(int index, std::string_view text, std::vector<Span>& spans, bool firstOnly = false) const;

private:
    std::int64_t m_memoryBudget;
    std::unique_ptr<RE2::Set> m_set;
    std::vector<PatternEntry> m_entries;
    bool m_compiled = false;
};

// The options every rule pattern is compiled with, alone or in the set: UTF-8, RE2 syntax,
// case-sensitive unless the pattern says (?i), no logging (errors are returned instead).
RE2::Options patternOptions();

} // namespace gatehouse::rules
