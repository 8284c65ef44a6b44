#pragma once

#include "gateway/http/HttpMessage.h"

#include <memory>

namespace gatehouse::gateway::http {

class ResponseWriter;

// Sends `response` on the thread that serves the writer's connection — for handlers whose work
// ran on another thread (the cache's, the rule set's, the state database's).
void sendFromAnyThread(std::shared_ptr<ResponseWriter> writer, Response response);

} // namespace gatehouse::gateway::http
