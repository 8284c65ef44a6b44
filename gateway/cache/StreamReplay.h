#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gatehouse::gateway {

// A stored chat.completion replayed as the SSE events an OpenAI server would send for it: a
// role event, the content in word-sized pieces (a word and the spaces after it), tool calls
// with their arguments in short pieces, the finish event, the usage event when the client asked
// for it (stream_options.include_usage) and the answer has usage, and [DONE]. Each element is one
// whole event ("data: {...}\n\n"). An unparsable completion gives no events.
std::vector<std::string> replayAsEvents(std::string_view completionJson, bool includeUsage);

} // namespace gatehouse::gateway
