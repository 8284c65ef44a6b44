#pragma once

#include <istream>
#include <map>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// Upstream keys handed to gatehoused through a pipe (--secrets-stdin) rather than argv, the
// environment or a file: one JSON object {"NAME": "KEY", ...} read from stdin until end of input,
// before the config is loaded. [[upstreams]] refer to them with api_key_secret = "NAME". The
// console's local gateway uses this to pass provider keys from the keychain. Set once at start,
// read-only afterwards (a SIGHUP reload finds the same secrets), never logged.
class PipedSecrets
{
public:
    static PipedSecrets& instance();

    // Reads and replaces the secrets; throws ConfigError naming what is wrong with the input
    // (never echoing a value). At most 1 MiB is read.
    void read(std::istream& in);
    // Parses `json` (the same format); for tests and read().
    void parse(std::string_view json);

    const std::string* find(const std::string& name) const;
    std::size_t size() const { return m_secrets.size(); }

private:
    std::map<std::string, std::string, std::less<>> m_secrets;
};

} // namespace gatehouse::gateway
