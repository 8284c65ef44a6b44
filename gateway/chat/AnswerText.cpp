#include "gateway/chat/AnswerText.h"

#include "gateway/chat/ScratchJson.h"

namespace gatehouse::gateway {

namespace {

// choices[0][field].content as a string, or empty.
std::string firstChoiceContent(std::string_view json, std::string_view field)
{
    const ScratchJson parsed(json);
    if (!parsed.object())
        return {};
    const auto* choices = parsed.object()->if_contains("choices");
    if (!choices || !choices->is_array() || choices->get_array().empty())
        return {};
    const auto* choice = choices->get_array().front().if_object();
    const auto* part = choice ? choice->if_contains(field) : nullptr;
    const auto* object = part ? part->if_object() : nullptr;
    const auto* content = object ? object->if_contains("content") : nullptr;
    return content && content->is_string() ? std::string(content->get_string()) : std::string();
}

} // namespace

std::string completionText(std::string_view completionJson)
{
    return firstChoiceContent(completionJson, "message");
}

std::string chunkText(std::string_view chunkJson)
{
    return firstChoiceContent(chunkJson, "delta");
}

bool chunkFinishes(std::string_view chunkJson)
{
    if (chunkJson.find("\"finish_reason\"") == std::string_view::npos)
        return false; // most chunks: no parse
    const ScratchJson parsed(chunkJson);
    const auto* choices = parsed.object() ? parsed.object()->if_contains("choices") : nullptr;
    if (!choices || !choices->is_array())
        return false;
    for (const auto& choice : choices->get_array()) {
        const auto* object = choice.if_object();
        const auto* reason = object ? object->if_contains("finish_reason") : nullptr;
        if (reason && reason->is_string() && !reason->get_string().empty())
            return true;
    }
    return false;
}

} // namespace gatehouse::gateway
