#pragma once

#include "gateway/access/AccessKey.h"
#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/http/ErrorBody.h"

#include <boost/json/object.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

// Access keys in the admin API's JSON (docs/openapi.yaml, schemas Key, KeyCreate, KeyUpdate).
namespace gatehouse::gateway::access {

// {"id","name","prefix","models","rpm","tpm","expires_at","enabled","log_content","created_at",
// "last_used_at"} — never the secret or its hash.
boost::json::object keyToJson(const AccessKey& key);

enum class KeyRequestKind
{
    Create, // POST: "name" required, expires_at must lie ahead
    Update, // PATCH: any subset
};

// Reads a POST or PATCH body. Errors are 400s naming the field in `param` ("models[1]");
// `knownModels` are the models this gateway serves (a key may only name those).
std::variant<KeyChange, http::ApiError> parseKeyChange(std::string_view body, KeyRequestKind kind,
                                                       const std::vector<std::string>& knownModels,
                                                       std::int64_t now);

} // namespace gatehouse::gateway::access
