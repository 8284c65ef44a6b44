#pragma once

#include "core/rules/CompiledRuleSet.h"
#include "core/rules/StreamFilter.h"
#include "gateway/http/ErrorBody.h"

#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// The output rules over one streamed answer, event by event. Each choice's delta.content runs
// through its own rules::StreamFilter (pinned to the set in force when the stream began), so a
// match split over several events is still found: text that might still be part of a match is
// held back (up to the set's maxMatchLength bytes) and released in later events, redacted where
// the rules say; the JSON of every event stays valid. Before a choice's finish_reason, at
// [DONE] and at the end, the held-back rest is flushed in an extra chunk shaped like the
// upstream's. Events left with nothing to say are dropped; all others keep their fields.
class StreamedAnswerFilter
{
public:
    explicit StreamedAnswerFilter(std::shared_ptr<const rules::CompiledRuleSet> rules);

    struct Output
    {
        std::vector<std::string> events; // whole SSE events to send, in order
        // Set when the rules blocked the answer (or the engine failed closed): send it as an
        // error event after `events` and end the stream; nothing more may be sent.
        std::optional<http::ApiError> stop;
    };

    // One whole SSE event from the upstream ("data: ...\n\n").
    Output onEvent(std::string_view event);
    // The upstream ended the stream without an error.
    Output onEnd();

    // Everything decided so far, over all choices.
    rules::Evaluation summary() const;

private:
    rules::StreamFilter& choice(std::int64_t index);
    // A chunk carrying only `text` for choice `index`, shaped like the upstream's chunks.
    std::string flushEvent(std::int64_t index, const std::string& text) const;
    // Flushes every choice; false (with output.stop set) when that blocked.
    bool flushAll(Output& output);
    bool blocked(const rules::StreamStep& step, Output& output);

    std::shared_ptr<const rules::CompiledRuleSet> m_rules;
    std::map<std::int64_t, rules::StreamFilter> m_choices;
    boost::json::object m_template; // the last chunk's fields other than choices and usage
    bool m_stopped = false;
};

} // namespace gatehouse::gateway
