#include "gateway/routes/HealthRoute.h"

#include "gateway/server/Router.h"

namespace gatehouse::gateway {

void addHealthRoute(Router& router)
{
    router.add("GET", "/healthz", [](const http::Request&) {
        http::Response response = http::Response::json(200, R"({"status":"ok"})");
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
}

} // namespace gatehouse::gateway
