#include "core/rules/StreamFilter.h"

#include "core/rules/Redaction.h"
#include "core/rules/TokenEstimate.h"
#include "core/rules/Utf8.h"

#include <algorithm>

namespace gatehouse::rules {

StreamFilter::StreamFilter(std::shared_ptr<const CompiledRuleSet> rules)
    : m_rules(std::move(rules))
    , m_window(m_rules->options().maxMatchLength)
{}

StreamStep StreamFilter::push(std::string_view chunk)
{
    if (m_blocked || m_finished) {
        StreamStep step;
        step.blocked = m_blocked;
        return step;
    }
    m_pending.append(chunk);
    return advance(false);
}

StreamStep StreamFilter::finish()
{
    if (m_blocked || m_finished) {
        StreamStep step;
        step.blocked = m_blocked;
        return step;
    }
    StreamStep step = advance(true);
    m_finished = true;
    return step;
}

StreamStep StreamFilter::advance(bool final)
{
    StreamStep step;
    const std::size_t received = m_released + m_pending.size();
    const std::string buffer = m_context + m_pending;
    const std::size_t base = m_released - m_context.size();

    std::vector<Match> matches;
    std::string error;
    if (!m_rules->matchOutput(buffer, matches, error)) {
        if (m_rules->options().failMode == FailMode::Closed) {
            m_engineError = error;
            return block(std::move(step), "content filter engine error (" + error + "); failing closed");
        }
        m_engineError = error; // fail open: release as if nothing matched
        matches.clear();
    }
    for (Match& m : matches) {
        m.begin += base;
        m.end += base;
    }
    // Matches that ended in released text were decided in an earlier step.
    std::erase_if(matches, [&](const Match& m) { return m.end <= m_released; });

    std::size_t limit =
        final ? received : std::max(m_released, received > m_window ? received - m_window : 0);
    for (bool moved = true; moved;) {
        moved = false;
        for (const Match& m : matches) {
            // Hold back a match that may still grow, unless it is already longer than the window
            // promises (then holding it could grow the buffer without bound: it is cut below).
            if (m.begin < limit && m.end > limit && received - m.begin <= 2 * m_window) {
                limit = std::max(m_released, m.begin);
                moved = true;
            }
        }
    }
    limit = m_released + utf8::boundaryAtOrBefore(m_pending, limit - m_released);

    std::vector<RedactionSpan> spans;
    for (Match& m : matches) {
        if (m.begin >= limit) {
            continue;
        }
        m.end = std::min(m.end, limit);
        if (m.action == Action::Redact) {
            spans.push_back(
                {std::max(m.begin, m_released) - m_released, m.end - m_released, m.priority, m.label});
        }
        step.matches.push_back(m);
    }
    m_decided.insert(m_decided.end(), step.matches.begin(), step.matches.end());
    for (const Match& m : step.matches) {
        if (m.action == Action::Block) {
            return block(std::move(step), "blocked by rule \"" + m.ruleId + "\"");
        }
    }
    checkLimits(step);
    if (m_blocked) {
        return step;
    }

    const std::string_view released = std::string_view(m_pending).substr(0, limit - m_released);
    step.text = redact(released, std::move(spans));
    m_releasedCharacters += utf8::length(released);
    m_releasedTokens += estimateTokens(released);

    m_context.append(released);
    if (m_context.size() > m_window) {
        std::size_t cut = m_context.size() - m_window;
        while (cut < m_context.size() && utf8::isContinuation(static_cast<unsigned char>(m_context[cut]))) {
            ++cut;
        }
        m_context.erase(0, cut);
    }
    m_pending.erase(0, released.size());
    m_released = limit;
    return step;
}

void StreamFilter::checkLimits(StreamStep& step)
{
    const auto& limitRules = m_rules->outputLimitRules();
    if (limitRules.empty()) {
        return;
    }
    // Counted over everything received, so a limit trips before the excess is released.
    const std::uint64_t characters = m_releasedCharacters + utf8::length(m_pending);
    const std::uint64_t tokens = m_releasedTokens + estimateTokens(m_pending);
    for (std::size_t r : limitRules) {
        const CompiledRule& rule = m_rules->rules()[r];
        if (m_limitsHit.count(r) != 0) {
            continue;
        }
        std::string exceeded = CompiledRuleSet::limitExceeded(rule.limits, characters, tokens, 0);
        if (exceeded.empty()) {
            continue;
        }
        m_limitsHit.insert(r);
        Match m = m_rules->limitMatch(rule, 0, exceeded);
        m.begin = m.end = m_released + m_pending.size();
        m_decided.push_back(m);
        step.matches.push_back(m);
        if (rule.action == Action::Block) {
            step = block(std::move(step), "blocked by rule \"" + rule.id + "\": " + exceeded);
            return;
        }
    }
}

StreamStep StreamFilter::block(StreamStep step, std::string reason)
{
    m_blocked = true;
    m_blockReason = std::move(reason);
    step.text.clear();
    step.blocked = true;
    const Evaluation e = summary();
    step.publicMessage = e.publicMessage.empty() ? std::string(defaultOutputBlockMessage) : e.publicMessage;
    m_pending.clear();
    return step;
}

Evaluation StreamFilter::summary() const
{
    Evaluation e = m_rules->decide(m_decided, {}, true);
    if (!m_engineError.empty()) {
        m_rules->applyFailMode(e, m_engineError + " while scanning the streamed response", true);
    }
    return e;
}

} // namespace gatehouse::rules
