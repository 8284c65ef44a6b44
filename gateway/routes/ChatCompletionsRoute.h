#pragma once

namespace gatehouse::gateway {

class Router;
class UpstreamPool;
struct ChatPipeline;

// POST /v1/chat/completions: checks the body, runs the pipeline's stages and relays the
// answer from the model's upstreams (ChatRelay), streamed or not. `pool` and `pipeline` must
// outlive the router.
void addChatCompletionsRoute(Router& router, UpstreamPool& pool, const ChatPipeline& pipeline);

} // namespace gatehouse::gateway
