#pragma once

namespace gatehouse::gateway {

class Router;
class UpstreamPool;
namespace access {
class AccessKeyRegistry;
}

// GET /v1/models: the configured models in OpenAI's list shape. Models served only by the
// built-in demo provider say so: owned_by "gatehouse-demo". The caller is authenticated as for a
// chat completion: where keys are required, no key (or a disabled, expired or unknown one) gets the
// same 401 and learns no model name, and a key limited to some models is shown only those.
void addModelsRoute(Router& router, const UpstreamPool& pool, const access::AccessKeyRegistry& keys);

} // namespace gatehouse::gateway
