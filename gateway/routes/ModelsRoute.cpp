#include "gateway/routes/ModelsRoute.h"

#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace gatehouse::gateway {

void addModelsRoute(Router& router, const UpstreamPool& pool)
{
    // "created": when this gateway started serving the model.
    const auto started =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    router.add("GET", "/v1/models", [&pool, started](const http::Request&) {
        boost::json::array data;
        for (const auto& model : pool.models()) {
            data.push_back(boost::json::object{
                {"id", model.name},
                {"object", "model"},
                {"created", started},
                {"owned_by", model.demo ? "gatehouse-demo" : "gatehouse"},
            });
        }
        const boost::json::value body = {{"object", "list"}, {"data", std::move(data)}};
        return http::Response::json(200, boost::json::serialize(body));
    });
}

} // namespace gatehouse::gateway
