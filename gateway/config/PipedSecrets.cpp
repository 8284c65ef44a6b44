#include "gateway/config/PipedSecrets.h"

#include "gateway/config/GatewayConfig.h"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <openssl/crypto.h>

namespace gatehouse::gateway {

namespace {

constexpr std::size_t maxInputBytes = 1024 * 1024;

} // namespace

PipedSecrets& PipedSecrets::instance()
{
    static PipedSecrets secrets;
    return secrets;
}

void PipedSecrets::read(std::istream& in)
{
    std::string text;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > maxInputBytes)
            throw ConfigError("--secrets-stdin: the input is larger than 1 MiB");
    }
    parse(text);
    OPENSSL_cleanse(text.data(), text.size()); // the parsed copy is the only one kept
}

void PipedSecrets::parse(std::string_view json)
{
    boost::system::error_code ec;
    const boost::json::value value = boost::json::parse(json, ec);
    if (ec) // the parser's message names no content, only the kind of syntax error
        throw ConfigError("--secrets-stdin: the input is not a JSON object of names and keys: " +
                          ec.message());
    const boost::json::object* object = value.if_object();
    if (!object)
        throw ConfigError("--secrets-stdin: the input must be one JSON object {\"NAME\": \"KEY\", ...}");
    std::map<std::string, std::string, std::less<>> secrets;
    for (const auto& [name, secret] : *object) {
        const boost::json::string* text = secret.if_string();
        if (name.empty())
            throw ConfigError("--secrets-stdin: a secret has an empty name");
        if (!text || text->empty())
            throw ConfigError("--secrets-stdin: the secret '" + std::string(name) +
                              "' must be a non-empty string");
        secrets.emplace(std::string(name), std::string(*text));
    }
    m_secrets = std::move(secrets);
}

const std::string* PipedSecrets::find(const std::string& name) const
{
    const auto it = m_secrets.find(name);
    return it == m_secrets.end() ? nullptr : &it->second;
}

} // namespace gatehouse::gateway
