#include "core/rules/PatternSet.h"

#include "core/rules/Utf8.h"

#include <algorithm>

namespace gatehouse::rules {

RE2::Options patternOptions()
{
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    return options;
}

PatternSet::PatternSet(std::int64_t memoryBudgetBytes)
    : m_memoryBudget(memoryBudgetBytes)
{
    RE2::Options options = patternOptions();
    options.set_max_mem(m_memoryBudget);
    options.set_never_capture(true); // the set only says which patterns hit
    m_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
}

bool PatternSet::add(const std::string& pattern, PatternEntry entry, std::string* error)
{
    const int index = m_set->Add(pattern, error);
    if (index < 0) {
        return false;
    }
    m_entries.push_back(std::move(entry));
    return true;
}

bool PatternSet::compile(std::string* error)
{
    if (m_entries.empty()) {
        return true;
    }
    m_compiled = m_set->Compile();
    if (!m_compiled && error) {
        *error = "the " + std::to_string(m_entries.size()) +
                 " patterns do not fit the rule set's memory budget of " +
                 std::to_string(m_memoryBudget / (1024 * 1024)) +
                 " MiB; raise memoryBudgetBytes or remove rules";
    }
    return m_compiled;
}

bool PatternSet::scan(std::string_view text, std::vector<int>& hits, std::string& error) const
{
    hits.clear();
    if (m_entries.empty()) {
        return true;
    }
    if (!m_compiled) {
        error = "the pattern set is not compiled";
        return false;
    }
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    const bool matched = m_set->Match(re2::StringPiece(text.data(), text.size()), &hits, &info);
    if (!matched && info.kind != RE2::Set::kNoError) {
        switch (info.kind) {
        case RE2::Set::kOutOfMemory:
            error = "RE2::Set ran out of memory";
            break;
        case RE2::Set::kInconsistent:
            error = "RE2::Set returned an inconsistent result";
            break;
        default:
            error = "RE2::Set is not compiled";
            break;
        }
        hits.clear();
        return false;
    }
    std::sort(hits.begin(), hits.end());
    return true;
}

void PatternSet::locate(int index, std::string_view text, std::vector<Span>& spans, bool firstOnly) const
{
    const PatternEntry& e = entry(index);
    const int groups = e.spanGroup + 1;
    std::vector<re2::StringPiece> found(static_cast<std::size_t>(groups));
    const re2::StringPiece whole(text.data(), text.size());
    std::size_t pos = 0;
    while (pos <= text.size()) {
        if (!e.regex->Match(whole, pos, text.size(), RE2::UNANCHORED, found.data(), groups)) {
            return;
        }
        const re2::StringPiece& all = found[0];
        const re2::StringPiece& span = found[static_cast<std::size_t>(e.spanGroup)];
        const auto offsetOf = [&](const re2::StringPiece& p) {
            return static_cast<std::size_t>(p.data() - text.data());
        };
        std::size_t next = offsetOf(all) + all.size();
        if (span.data() != nullptr) {
            const std::size_t begin = offsetOf(span);
            std::size_t end = begin + span.size();
            std::size_t accepted = span.size();
            if (e.accept != nullptr) {
                accepted = e.accept(std::string_view(span.data(), span.size()));
            }
            if (e.accept == nullptr || accepted > 0) {
                end = begin + accepted;
                if (end > begin) {
                    spans.push_back({begin, end});
                    if (firstOnly) {
                        return;
                    }
                }
                // The text after the match may be the boundary the next match needs.
                next = end;
            } else {
                // Rejected candidate: a valid one may start inside it, or it is skipped whole.
                next = e.retryInside ? begin + std::max<std::size_t>(1, utf8::charLength(text, begin))
                                     : begin + span.size();
            }
        }
        if (next <= pos) {
            next = pos + std::max<std::size_t>(1, utf8::charLength(text, pos));
        }
        pos = next;
    }
}

} // namespace gatehouse::rules
