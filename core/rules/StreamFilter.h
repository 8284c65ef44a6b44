#pragma once

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/Evaluation.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::rules {

struct StreamStep
{
    std::string text;     // safe to send now, redacted where the rules say so
    bool blocked = false; // stop the stream and send publicMessage instead of anything more
    std::string publicMessage;
    std::vector<Match> matches; // decided in this step; offsets are into the whole stream
};

// Filters a streamed response with the output rules of one rule set (pinned for the stream's
// life, so a swap mid-stream does not change the rules under it).
//
// A match may be split across chunks, so the filter holds back the last maxMatchLength bytes
// (RuleSetOptions) and only releases text that no future chunk can change: text that lies
// before the held-back window and is not part of a match still running into it. Matches up to
// maxMatchLength bytes long are found whole wherever the chunks split them; redaction replaces
// them even when they began in an earlier chunk; a block stops the stream before any byte of the
// blocked match is released. Released text always ends on a UTF-8 character boundary.
class StreamFilter
{
public:
    explicit StreamFilter(std::shared_ptr<const CompiledRuleSet> rules);

    StreamStep push(std::string_view chunk);
    // The stream ended: release what was held back (after the last checks).
    StreamStep finish();

    bool blocked() const { return m_blocked; }
    std::size_t heldBack() const { return m_pending.size(); }
    // Everything decided so far, as one evaluation (no redacted text: that went out in steps).
    Evaluation summary() const;

private:
    StreamStep advance(bool final);
    StreamStep block(StreamStep step, std::string reason);
    void checkLimits(StreamStep& step);

    std::shared_ptr<const CompiledRuleSet> m_rules;
    std::size_t m_window;
    std::string m_context;      // the last bytes already released, unredacted: context for matching
    std::string m_pending;      // received, not yet released
    std::size_t m_released = 0; // stream offset where m_pending starts
    std::uint64_t m_releasedCharacters = 0;
    std::uint64_t m_releasedTokens = 0;
    std::vector<Match> m_decided;
    std::set<std::size_t> m_limitsHit; // rule indices, so a flag is reported once
    bool m_blocked = false;
    bool m_finished = false;
    std::string m_engineError;
    std::string m_blockReason;
};

} // namespace gatehouse::rules
