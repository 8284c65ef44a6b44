#include "gateway/routes/ModelsRoute.h"

#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/pipeline/Authenticator.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace gatehouse::gateway {

void addModelsRoute(Router& router, const UpstreamPool& pool, const access::AccessKeyRegistry& keys)
{
    // "created": when this gateway started serving the model.
    const auto started =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    router.add("GET", "/v1/models", [&pool, &keys, started](const http::Request& request) {
        ChatExchange caller; // no chat: the authenticate stage checks the key, not a model
        caller.credential = std::string(bearerToken(request.header("authorization")));
        if (const auto refusal = Authenticator(keys).admit(caller))
            return refusal->toResponse();
        boost::json::array data;
        for (const auto& model : pool.models()) {
            if (caller.accessKey && !caller.accessKey->key.allowsModel(model.name))
                continue;
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
