#pragma once

#include <optional>
#include <string>

namespace gatehouse::bench {

// The assistant's text of a streamed chat completion (an SSE body): the delta contents of every
// "data:" event in order, each event parsed as JSON, ending with data: [DONE]. nullopt, with
// `problem` set, when an event is not JSON, an error event came, or [DONE] is missing.
std::optional<std::string> streamedText(const std::string& body, std::string& problem);

// The assistant's text of a whole chat completion (choices[0].message.content); nullopt, with
// `problem` set, when the body is not such a JSON object.
std::optional<std::string> wholeText(const std::string& body, std::string& problem);

} // namespace gatehouse::bench
