#include "gateway/routes/AdminKeysRoute.h"

#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/KeyJson.h"
#include "gateway/admin/Rfc3339.h"
#include "gateway/http/SendFromAnyThread.h"
#include "gateway/pipeline/AdminAuthenticator.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

#include <boost/json/serialize.hpp>

namespace gatehouse::gateway {

namespace {

using access::KeyRequestKind;
using Writer = std::shared_ptr<http::ResponseWriter>;

std::vector<std::string> modelNames(const UpstreamPool& pool)
{
    std::vector<std::string> names;
    for (const auto& model : pool.models())
        names.push_back(model.name);
    return names;
}

http::Response json(unsigned status, const boost::json::object& body)
{
    return http::Response::json(status, boost::json::serialize(body));
}

http::Response keyNotFound(std::string_view id)
{
    return http::ApiError{404,
                          "No access key has the id '" + std::string(id) +
                              "'; GET /admin/v1/keys lists the keys there are.",
                          "invalid_request_error", "id", "key_not_found"}
        .toResponse();
}

http::Response nameTaken(const access::KeyNameTaken& e)
{
    return http::ApiError{409, std::string(e.what()) + "; choose another name.", "invalid_request_error",
                          "name", "key_name_taken"}
        .toResponse();
}

http::Response notStored(const state::StateError& e)
{
    return http::ApiError{
        500, std::string("The state database refused the change, so nothing was changed: ") + e.what() + ".",
        "server_error", std::nullopt, "state_write_failed"}
        .toResponse();
}

http::Response create(access::AccessKeyRegistry& keys, const access::KeyChange& change)
{
    try {
        auto created = keys.create(change);
        boost::json::object answer{{"key", access::keyToJson(created.key)}};
        if (!created.secret.empty()) // an imported key's secret never came here
            answer["secret"] = std::move(created.secret);
        http::Response response = json(201, std::move(answer));
        response.setHeader("Location", "/admin/v1/keys/" + created.key.id);
        return response;
    } catch (const access::KeyNameTaken& e) {
        return nameTaken(e);
    } catch (const access::KeySecretTaken& e) {
        return http::ApiError{409, std::string(e.what()) + "; make a new secret for this key.",
                              "invalid_request_error", "secret_sha256", "key_secret_taken"}
            .toResponse();
    } catch (const state::StateError& e) {
        return notStored(e);
    }
}

http::Response update(access::AccessKeyRegistry& keys, const std::string& id, const access::KeyChange& change)
{
    try {
        const auto updated = keys.update(id, change);
        if (!updated)
            return keyNotFound(id);
        return json(200, {{"key", access::keyToJson(*updated)}});
    } catch (const access::KeyNameTaken& e) {
        return nameTaken(e);
    } catch (const state::StateError& e) {
        return notStored(e);
    }
}

http::Response revoke(access::AccessKeyRegistry& keys, const std::string& id)
{
    try {
        if (!keys.revoke(id))
            return keyNotFound(id);
    } catch (const state::StateError& e) {
        return notStored(e);
    }
    http::Response response;
    response.status = 204;
    return response;
}

} // namespace

void addAdminKeysRoutes(Router& router, access::AccessKeyRegistry& keys, const UpstreamPool& pool,
                        const AdminAuthenticator& authenticator)
{
    router.add("GET", "/admin/v1/keys", authenticator.guard([&keys](const http::Request&) {
        boost::json::array list;
        for (const auto& key : keys.list())
            list.push_back(access::keyToJson(key));
        return json(200, {{"keys", std::move(list)}});
    }));

    // The writes: the body is read on the worker, the change made on the registry's thread.
    router.addAsync("POST", "/admin/v1/keys",
                    authenticator.guardAsync([&keys, &pool](const http::Request& request, Writer writer) {
                        auto change = access::parseKeyChange(request.body, KeyRequestKind::Create,
                                                             modelNames(pool), unixNow());
                        if (auto* error = std::get_if<http::ApiError>(&change))
                            return writer->send(error->toResponse());
                        keys.post([&keys, writer = std::move(writer),
                                   change = std::get<access::KeyChange>(std::move(change))]() mutable {
                            http::sendFromAnyThread(std::move(writer), create(keys, change));
                        });
                    }));

    router.addAsync("PATCH", "/admin/v1/keys/{id}",
                    authenticator.guardAsync([&keys, &pool](const http::Request& request, Writer writer) {
                        std::string id(request.pathParameter("id"));
                        auto change = access::parseKeyChange(request.body, KeyRequestKind::Update,
                                                             modelNames(pool), unixNow());
                        if (auto* error = std::get_if<http::ApiError>(&change))
                            return writer->send(error->toResponse());
                        keys.post([&keys, writer = std::move(writer), id = std::move(id),
                                   change = std::get<access::KeyChange>(std::move(change))]() mutable {
                            http::sendFromAnyThread(std::move(writer), update(keys, id, change));
                        });
                    }));

    router.addAsync("DELETE", "/admin/v1/keys/{id}",
                    authenticator.guardAsync([&keys](const http::Request& request, Writer writer) {
                        keys.post([&keys, writer = std::move(writer),
                                   id = std::string(request.pathParameter("id"))]() mutable {
                            http::sendFromAnyThread(std::move(writer), revoke(keys, id));
                        });
                    }));
}

} // namespace gatehouse::gateway
