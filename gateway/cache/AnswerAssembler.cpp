#include "gateway/cache/AnswerAssembler.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cmath>

namespace gatehouse::gateway {

namespace {

constexpr double maxToolCalls = 128;

void append(boost::json::object& into, std::string_view key, const boost::json::value& piece)
{
    if (!piece.is_string())
        return;
    auto& target = into[key];
    if (!target.is_string())
        target = "";
    target.get_string().append(piece.get_string());
}

} // namespace

bool AnswerAssembler::feed(std::string_view data)
{
    if (m_broken)
        return false;
    if (data == "[DONE]") {
        m_done = true;
        return true;
    }
    boost::system::error_code ec;
    boost::json::value parsed = boost::json::parse(data, ec);
    if (ec || !parsed.is_object() || parsed.get_object().contains("error")) {
        m_broken = true;
        return false;
    }
    auto& chunk = parsed.get_object();
    for (const char* field : {"id", "created", "model", "system_fingerprint"}) {
        if (const auto* value = chunk.if_contains(field); value && !m_head.contains(field))
            m_head[field] = *value;
    }
    if (const auto* usage = chunk.if_contains("usage"); usage && usage->is_object())
        m_usage = usage->get_object();
    const auto* choices = chunk.if_contains("choices");
    if (!choices || !choices->is_array())
        return true;
    for (const auto& choiceValue : choices->get_array()) {
        const auto* choice = choiceValue.if_object();
        const auto* index = choice ? choice->if_contains("index") : nullptr;
        if (!choice || (index && !(index->is_number() && index->to_number<double>() == 0))) {
            m_broken = true;
            return false;
        }
        if (const auto* reason = choice->if_contains("finish_reason"); reason && reason->is_string())
            m_finishReason = std::string(reason->get_string());
        const auto* delta = choice->if_contains("delta");
        if (!delta || !delta->is_object())
            continue;
        const auto& d = delta->get_object();
        if (const auto* role = d.if_contains("role"); role && role->is_string())
            m_role = std::string(role->get_string());
        if (const auto* content = d.if_contains("content"); content && content->is_string())
            m_content += content->get_string();
        if (const auto* refusal = d.if_contains("refusal"); refusal && refusal->is_string())
            m_refusal = m_refusal.value_or("") + std::string(refusal->get_string());
        if (const auto* calls = d.if_contains("tool_calls"); calls && calls->is_array()) {
            for (const auto& callValue : calls->get_array()) {
                const auto* call = callValue.if_object();
                const auto* callIndex = call ? call->if_contains("index") : nullptr;
                // OpenAI allows 128 tools a request; an index beyond that (or 1e300, or -1) is a
                // broken stream, not a reason to grow the answer without bound.
                const double position =
                    callIndex && callIndex->is_number() ? callIndex->to_number<double>() : -1;
                if (!(position >= 0 && position < maxToolCalls && position == std::floor(position))) {
                    m_broken = true;
                    return false;
                }
                const auto i = static_cast<std::size_t>(position);
                while (m_toolCalls.size() <= i)
                    m_toolCalls.push_back(boost::json::object{{"function", boost::json::object{}}});
                auto& target = m_toolCalls[i].get_object();
                for (const char* field : {"id", "type"}) {
                    if (const auto* value = call->if_contains(field); value && value->is_string())
                        target[field] = *value;
                }
                if (const auto* function = call->if_contains("function"); function && function->is_object()) {
                    auto& targetFunction = target["function"].get_object();
                    if (const auto* name = function->get_object().if_contains("name"))
                        append(targetFunction, "name", *name);
                    if (const auto* arguments = function->get_object().if_contains("arguments"))
                        append(targetFunction, "arguments", *arguments);
                }
            }
        }
    }
    return true;
}

std::optional<std::string> AnswerAssembler::completion() const
{
    if (m_broken || !m_done || !m_finishReason)
        return std::nullopt;
    boost::json::object message{{"role", m_role}, {"content", m_content}};
    if (m_toolCalls.empty() == false) {
        message["tool_calls"] = m_toolCalls;
        if (m_content.empty())
            message["content"] = nullptr;
    }
    message["refusal"] = m_refusal ? boost::json::value(*m_refusal) : boost::json::value(nullptr);
    boost::json::object completion;
    completion["id"] = m_head.contains("id") ? m_head.at("id") : boost::json::value("chatcmpl-cached");
    completion["object"] = "chat.completion";
    completion["created"] = m_head.contains("created") ? m_head.at("created") : boost::json::value(0);
    completion["model"] = m_head.contains("model") ? m_head.at("model") : boost::json::value("");
    if (m_head.contains("system_fingerprint"))
        completion["system_fingerprint"] = m_head.at("system_fingerprint");
    completion["choices"] = boost::json::array{boost::json::object{{"index", 0},
                                                                   {"message", std::move(message)},
                                                                   {"logprobs", nullptr},
                                                                   {"finish_reason", *m_finishReason}}};
    if (m_usage)
        completion["usage"] = *m_usage;
    return boost::json::serialize(completion);
}

} // namespace gatehouse::gateway
