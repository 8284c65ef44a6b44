#include "gateway/config/RoutingConfig.h"

namespace gatehouse::gateway {

const UpstreamConfig* RoutingConfig::upstream(const std::string& name) const
{
    for (const auto& candidate : upstreams) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

RoutingConfig demoRouting()
{
    RoutingConfig routing;
    UpstreamConfig demo;
    demo.name = "demo";
    demo.kind = UpstreamConfig::Kind::Demo;
    demo.where = "--demo";
    routing.upstreams.push_back(demo);
    ModelConfig model;
    model.name = "gatehouse-demo";
    model.members.push_back({demo.name, 0, model.name, "--demo"});
    routing.models.push_back(model);
    return routing;
}

} // namespace gatehouse::gateway
