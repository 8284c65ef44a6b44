#include "gateway/access/KeyJson.h"

#include "gateway/admin/Rfc3339.h"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <cmath>

namespace gatehouse::gateway::access {

namespace {

constexpr std::size_t maxNameBytes = 64;
constexpr std::int64_t maxPerMinute = 1'000'000'000;

http::ApiError invalid(std::string message, std::string param, std::string code = "invalid_value")
{
    return {400, std::move(message), "invalid_request_error", std::move(param), std::move(code)};
}

boost::json::value optionalNumber(const std::optional<std::int64_t>& value)
{
    return value ? boost::json::value(*value) : boost::json::value(nullptr);
}

boost::json::value optionalTime(const std::optional<std::int64_t>& value)
{
    return value ? boost::json::value(formatRfc3339(*value)) : boost::json::value(nullptr);
}

// A per-minute limit: null (no limit) or a whole number from 1.
std::variant<std::optional<std::int64_t>, http::ApiError> readLimit(const boost::json::value& value,
                                                                    const std::string& field)
{
    if (value.is_null())
        return std::optional<std::int64_t>();
    std::optional<std::int64_t> number;
    if (const auto* i = value.if_int64())
        number = *i;
    else if (const auto* u = value.if_uint64(); u && *u <= static_cast<std::uint64_t>(maxPerMinute))
        number = static_cast<std::int64_t>(*u);
    else if (const auto* d = value.if_double();
             d && *d >= 1 && *d <= static_cast<double>(maxPerMinute) && *d == std::floor(*d))
        number = static_cast<std::int64_t>(*d); // in range first: casting 1e400 or NaN is undefined
    if (!number || *number < 1 || *number > maxPerMinute)
        return invalid("\"" + field + "\" must be a whole number from 1 to " + std::to_string(maxPerMinute) +
                           " per minute, or null for no limit.",
                       field);
    return number;
}

constexpr std::size_t maxPrefixChars = 16;

bool readHexHash(std::string_view text, KeyHash& hash)
{
    if (text.size() != hash.size() * 2)
        return false;
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < hash.size(); ++i) {
        const int high = nibble(text[2 * i]);
        const int low = nibble(text[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        hash[i] = static_cast<unsigned char>(high * 16 + low);
    }
    return true;
}

bool plainPrefix(std::string_view text)
{
    return !text.empty() && text.size() <= maxPrefixChars &&
           std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
           });
}

bool hasControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

std::string trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return std::string(text);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text.empty() ? "none" : text;
}

} // namespace

boost::json::object keyToJson(const AccessKey& key)
{
    boost::json::array models;
    for (const auto& model : key.models)
        models.emplace_back(model);
    return {
        {"id", key.id},
        {"name", key.name},
        {"prefix", key.prefix},
        {"models", std::move(models)},
        {"rpm", optionalNumber(key.rpm)},
        {"tpm", optionalNumber(key.tpm)},
        {"expires_at", optionalTime(key.expiresAt)},
        {"enabled", key.enabled},
        {"log_content", key.logContent},
        {"created_at", formatRfc3339(key.createdAt)},
        {"last_used_at", optionalTime(key.lastUsedAt)},
    };
}

std::variant<KeyChange, http::ApiError> parseKeyChange(std::string_view body, KeyRequestKind kind,
                                                       const std::vector<std::string>& knownModels,
                                                       std::int64_t now)
{
    boost::system::error_code ec;
    const boost::json::value parsed = boost::json::parse(body, ec);
    if (ec)
        return http::ApiError{400,
                              "The request body is not valid JSON (" + ec.message() +
                                  "); send an object such as {\"name\": \"web-app\"}.",
                              "invalid_request_error", std::nullopt, "invalid_json"};
    if (!parsed.is_object())
        return http::ApiError{400, "The request body must be a JSON object such as {\"name\": \"web-app\"}.",
                              "invalid_request_error", std::nullopt, "invalid_type"};

    KeyChange change;
    std::optional<KeyHash> importedHash; // create only, both or neither
    std::optional<std::string> importedPrefix;
    for (const auto& [field, value] : parsed.get_object()) {
        const std::string name(field);
        if (name == "name") {
            if (!value.is_string())
                return invalid("\"name\" must be a string.", name);
            std::string text = trimmed(value.get_string());
            if (text.empty())
                return invalid("\"name\" must not be empty; name the application that will use the key.",
                               name);
            if (text.size() > maxNameBytes)
                return invalid("\"name\" must be at most " + std::to_string(maxNameBytes) + " bytes long.",
                               name);
            if (hasControlCharacter(text))
                return invalid("\"name\" must not contain control characters such as line breaks.", name);
            change.name = std::move(text);
        } else if (name == "models") {
            if (!value.is_array())
                return invalid("\"models\" must be an array of model names ([] allows every model).", name);
            std::vector<std::string> models;
            const auto& array = value.get_array();
            for (std::size_t i = 0; i < array.size(); ++i) {
                const std::string where = "models[" + std::to_string(i) + "]";
                if (!array[i].is_string())
                    return invalid("\"" + where + "\" must be a model name (a string).", where);
                std::string model(array[i].get_string());
                if (std::find(knownModels.begin(), knownModels.end(), model) == knownModels.end())
                    return invalid("\"" + where + "\": this gateway serves no model '" + model +
                                       "' (it serves: " + joined(knownModels) + ").",
                                   where);
                if (std::find(models.begin(), models.end(), model) == models.end())
                    models.push_back(std::move(model));
            }
            change.models = std::move(models);
        } else if (name == "rpm" || name == "tpm") {
            auto limit = readLimit(value, name);
            if (auto* error = std::get_if<http::ApiError>(&limit))
                return *error;
            (name == "rpm" ? change.rpm : change.tpm) = std::get<std::optional<std::int64_t>>(limit);
        } else if (name == "expires_at") {
            if (value.is_null()) {
                change.expiresAt = std::optional<std::int64_t>();
                continue;
            }
            const auto when = value.is_string() ? parseRfc3339(value.get_string()) : std::nullopt;
            if (!when)
                return invalid(
                    "\"expires_at\" must be an RFC 3339 time such as \"2027-01-31T18:00:00Z\", or null "
                    "for a key that never expires.",
                    name);
            if (kind == KeyRequestKind::Create && *when <= now)
                return invalid("\"expires_at\" lies in the past (" + std::string(value.get_string()) +
                                   "); a new key must expire in the future.",
                               name);
            change.expiresAt = when;
        } else if (name == "enabled" || name == "log_content") {
            if (!value.is_bool())
                return invalid("\"" + name + "\" must be true or false.", name);
            (name == "enabled" ? change.enabled : change.logContent) = value.get_bool();
        } else if (kind == KeyRequestKind::Create && name == "secret_sha256") {
            KeyHash hash{};
            if (!value.is_string() || !readHexHash(value.get_string(), hash))
                return invalid("\"secret_sha256\" must be the key's SHA-256 as 64 hex digits.", name);
            importedHash = hash;
        } else if (kind == KeyRequestKind::Create && name == "prefix") {
            if (!value.is_string() || !plainPrefix(value.get_string()))
                return invalid("\"prefix\" must be 1 to " + std::to_string(maxPrefixChars) +
                                   " letters, digits, '-' or '_' (the start of the key after \"gk-\").",
                               name);
            importedPrefix = std::string(value.get_string());
        } else if (name == "id" || name == "prefix" || name == "created_at" || name == "last_used_at" ||
                   name == "secret" || name == "secret_sha256") {
            return invalid("\"" + name + "\" is set by the gateway and cannot be changed.", name,
                           "read_only_parameter");
        } else {
            return invalid("Unknown field \"" + name +
                               "\" (known: name, models, rpm, tpm, expires_at, enabled, log_content" +
                               (kind == KeyRequestKind::Create ? ", secret_sha256, prefix" : "") + ").",
                           name, "unknown_parameter");
        }
    }
    if (importedHash && !importedPrefix)
        return invalid("A key given by \"secret_sha256\" needs its \"prefix\" too (the characters after "
                       "\"gk-\" that listings show).",
                       "prefix", "missing_required_parameter");
    if (importedPrefix && !importedHash)
        return invalid("\"prefix\" is set by the gateway unless the key is given by \"secret_sha256\".",
                       "prefix", "read_only_parameter");
    if (importedHash)
        change.imported = KeyChange::Imported{*importedHash, std::move(*importedPrefix)};
    if (kind == KeyRequestKind::Create && !change.name)
        return invalid("You must give the key a \"name\" (the application that will use it).", "name",
                       "missing_required_parameter");
    return change;
}

} // namespace gatehouse::gateway::access
