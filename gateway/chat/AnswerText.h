#pragma once

#include <string>
#include <string_view>

namespace gatehouse::gateway {

// The text an answer carries, for the access log of keys with log_content: the message content
// of a whole chat completion, or the delta content of one stream chunk (JSON text). Empty when
// there is none or the JSON is not a chat completion.
std::string completionText(std::string_view completionJson);
std::string chunkText(std::string_view chunkJson);

// True when a stream chunk (JSON text) ends its choice: a choice with a finish_reason.
bool chunkFinishes(std::string_view chunkJson);

} // namespace gatehouse::gateway
