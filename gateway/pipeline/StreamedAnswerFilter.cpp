#include "gateway/pipeline/StreamedAnswerFilter.h"

#include "gateway/chat/SseEventSplitter.h"
#include "gateway/pipeline/FilterVerdicts.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace json = boost::json;

namespace {

std::string event(const json::value& data)
{
    return "data: " + json::serialize(data) + "\n\n";
}

// A chunk that only carried text which is now held back: nothing else in it for the client.
bool saysNothing(const json::object& chunk)
{
    const json::value* usage = chunk.if_contains("usage");
    if (usage && !usage->is_null())
        return false;
    const json::array& choices = chunk.at("choices").get_array();
    if (choices.empty())
        return false;
    for (const json::value& c : choices) {
        const json::object* choice = c.if_object();
        if (!choice)
            return false;
        const json::value* finish = choice->if_contains("finish_reason");
        if (finish && !finish->is_null())
            return false;
        const json::value* logprobs = choice->if_contains("logprobs");
        if (logprobs && !logprobs->is_null())
            return false;
        const json::object* delta = choice->contains("delta") ? choice->at("delta").if_object() : nullptr;
        if (!delta || delta->size() != 1 || !delta->contains("content") ||
            !delta->at("content").is_string() || !delta->at("content").get_string().empty())
            return false;
    }
    return true;
}

} // namespace

StreamedAnswerFilter::StreamedAnswerFilter(std::shared_ptr<const rules::CompiledRuleSet> rules)
    : m_rules(std::move(rules))
{}

rules::StreamFilter& StreamedAnswerFilter::choice(std::int64_t index)
{
    auto it = m_choices.find(index);
    if (it == m_choices.end())
        it = m_choices.try_emplace(index, m_rules).first;
    return it->second;
}

bool StreamedAnswerFilter::blocked(const rules::StreamStep& step, Output& output)
{
    if (!step.blocked)
        return false;
    m_stopped = true;
    output.stop = filterRefusal(summary(), FilterStage::Output);
    return true;
}

StreamedAnswerFilter::Output StreamedAnswerFilter::onEvent(std::string_view raw)
{
    Output output;
    if (m_stopped)
        return output;
    const std::string data = SseEventSplitter::dataOf(raw);
    if (data == "[DONE]") {
        if (flushAll(output))
            output.events.emplace_back(raw);
        return output;
    }
    boost::system::error_code ec;
    json::value parsed = json::parse(data, ec);
    json::object* chunk = ec ? nullptr : parsed.if_object();
    json::array* choices = chunk && chunk->contains("choices") ? chunk->at("choices").if_array() : nullptr;
    if (!choices) {
        // Not a chunk with choices (a comment, an error event, a usage-only event in another
        // shape): no answer text in it to check.
        output.events.emplace_back(raw);
        return output;
    }
    m_template = *chunk;
    m_template.erase("choices");
    m_template.erase("usage");

    bool hadText = false;
    std::vector<std::string> before; // flushed rests of choices that finish in this event
    for (std::size_t position = 0; position < choices->size(); ++position) {
        json::object* c = (*choices)[position].if_object();
        if (!c)
            continue;
        const json::value* indexValue = c->if_contains("index");
        const std::int64_t index = indexValue && indexValue->is_int64() ? indexValue->get_int64()
                                                                        : static_cast<std::int64_t>(position);
        json::object* delta = c->contains("delta") ? c->at("delta").if_object() : nullptr;
        json::value* content = delta ? delta->if_contains("content") : nullptr;
        std::string text;
        const bool hasText = content && content->is_string();
        if (hasText) {
            hadText = hadText || !content->get_string().empty();
            rules::StreamStep step = choice(index).push(std::string_view(content->get_string()));
            if (blocked(step, output))
                return output;
            text = std::move(step.text);
        }
        const json::value* finish = c->if_contains("finish_reason");
        if (finish && !finish->is_null()) {
            rules::StreamStep rest = choice(index).finish();
            if (blocked(rest, output))
                return output;
            if (hasText)
                text += rest.text;
            else if (!rest.text.empty())
                before.push_back(flushEvent(index, rest.text));
        }
        if (hasText)
            *content = text;
    }
    output.events = std::move(before);
    if (!(hadText && saysNothing(*chunk)))
        output.events.push_back(event(parsed));
    return output;
}

StreamedAnswerFilter::Output StreamedAnswerFilter::onEnd()
{
    Output output;
    if (!m_stopped)
        flushAll(output);
    return output;
}

bool StreamedAnswerFilter::flushAll(Output& output)
{
    for (auto& [index, filter] : m_choices) {
        rules::StreamStep rest = filter.finish();
        if (blocked(rest, output))
            return false;
        if (!rest.text.empty())
            output.events.push_back(flushEvent(index, rest.text));
    }
    return true;
}

std::string StreamedAnswerFilter::flushEvent(std::int64_t index, const std::string& text) const
{
    json::object chunk = m_template;
    if (!chunk.contains("object"))
        chunk["object"] = "chat.completion.chunk";
    chunk["choices"] = json::array{json::object{
        {"index", index}, {"delta", json::object{{"content", text}}}, {"finish_reason", nullptr}}};
    return event(chunk);
}

rules::Evaluation StreamedAnswerFilter::summary() const
{
    std::vector<rules::Evaluation> evaluations;
    for (const auto& [index, filter] : m_choices)
        evaluations.push_back(filter.summary());
    if (evaluations.empty())
        return {};
    return mergeEvaluations(std::move(evaluations));
}

} // namespace gatehouse::gateway
