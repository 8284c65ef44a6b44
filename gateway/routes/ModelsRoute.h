#pragma once

namespace gatehouse::gateway {

class Router;
class UpstreamPool;

// GET /v1/models: the configured models in OpenAI's list shape. Models served only by the
// built-in demo provider say so: owned_by "gatehouse-demo".
void addModelsRoute(Router& router, const UpstreamPool& pool);

} // namespace gatehouse::gateway
