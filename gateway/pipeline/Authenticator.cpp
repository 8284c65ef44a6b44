#include "gateway/pipeline/Authenticator.h"

#include "gateway/access/AccessKeyRegistry.h"
#include "gateway/access/KeySecret.h"
#include "gateway/admin/Rfc3339.h"
#include "gateway/pipeline/ChatExchange.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace gatehouse::gateway {

namespace {

http::ApiError unauthorized(std::string message, std::string code)
{
    return {401, std::move(message), "invalid_request_error", std::nullopt, std::move(code)};
}

// Wipes the client's secret from memory once it has been checked, whichever way admit() returns.
struct CredentialWipe
{
    explicit CredentialWipe(std::string& text)
        : credential(text)
    {}
    std::string& credential;
    CredentialWipe(const CredentialWipe&) = delete;
    CredentialWipe& operator=(const CredentialWipe&) = delete;
    ~CredentialWipe()
    {
        if (!credential.empty())
            OPENSSL_cleanse(credential.data(), credential.size());
    }
};

} // namespace

std::string_view bearerToken(std::string_view authorization)
{
    constexpr std::string_view scheme = "bearer ";
    if (authorization.size() < scheme.size() ||
        !std::equal(scheme.begin(), scheme.end(), authorization.begin(),
                    [](char a, char b) { return a == (b | 0x20); }))
        return {};
    std::string_view token = authorization.substr(scheme.size());
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    while (!token.empty() && token.back() == ' ')
        token.remove_suffix(1);
    return token;
}

Authenticator::Authenticator(const access::AccessKeyRegistry& registry)
    : m_registry(registry)
{}

std::optional<http::ApiError> Authenticator::admit(ChatExchange& exchange) const
{
    const auto snapshot = m_registry.snapshot();
    exchange.caller = "anonymous";
    std::string presented;
    presented.swap(exchange.credential);
    const CredentialWipe wipe{presented};

    if (!access::claimsToBeAccessKey(presented)) {
        if (!snapshot->keysRequired)
            return std::nullopt;
        return unauthorized(
            presented.empty() ? "You didn't provide an API key. This gateway needs an access key: send it as "
                                "'Authorization: Bearer gk-…' (ask the gateway's admin for one)."
                              : "The API key is not a gatehouse access key; this gateway needs one (gk-…) in "
                                "'Authorization: Bearer gk-…' (ask the gateway's admin for one).",
            "invalid_api_key");
    }
    const auto key = snapshot->find(access::hashKey(presented));
    if (!key)
        return unauthorized("Incorrect API key provided: the access key is unknown or was revoked. Check the "
                            "key, or ask the gateway's admin for a new one.",
                            "invalid_api_key");
    if (!key->key.enabled)
        return unauthorized("The access key '" + key->key.name +
                                "' is disabled; ask the gateway's admin to enable it or to give you another.",
                            "disabled_api_key");
    const std::int64_t now = unixNow();
    if (key->key.expired(now))
        return unauthorized("The access key '" + key->key.name + "' expired at " +
                                formatRfc3339(*key->key.expiresAt) +
                                "; ask the gateway's admin for a new one.",
                            "expired_api_key");
    exchange.caller = key->key.name;
    exchange.accessKey = key;
    exchange.logContent = key->key.logContent;
    key->usage->markUsed(now);
    if (exchange.chat && !key->key.allowsModel(exchange.chat->model)) {
        std::string allowed;
        for (const auto& model : key->key.models)
            allowed += (allowed.empty() ? "" : ", ") + model;
        return http::ApiError{403,
                              "The access key '" + key->key.name + "' may not use the model '" +
                                  exchange.chat->model + "' (it may use: " + allowed + ").",
                              "invalid_request_error", "model", "model_not_allowed"};
    }
    return std::nullopt;
}

} // namespace gatehouse::gateway
