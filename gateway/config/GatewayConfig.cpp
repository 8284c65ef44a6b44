#include "gateway/config/GatewayConfig.h"

#include <toml++/toml.h>

#include <cerrno>
#include <fstream>
#include <sstream>
#include <thread>

namespace gatehouse::gateway {

namespace {

std::string position(const std::string& sourceName, const toml::source_region& where)
{
    return sourceName + ":" + std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column);
}

std::string_view typeName(const toml::node& node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a floating-point number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
        return "a date or time";
    case toml::node_type::none:
        break;
    }
    return "nothing";
}

// Reads one table's keys, rejecting the ones it does not know with their position.
class TableReader
{
public:
    TableReader(const std::string& sourceName, std::string path, const toml::table& table)
        : m_sourceName(sourceName)
        , m_path(std::move(path))
        , m_table(table)
    {}

    [[noreturn]] void fail(const toml::source_region& where, const std::string& message) const
    {
        throw ConfigError(position(m_sourceName, where) + ": " + message);
    }

    std::string keyPath(std::string_view key) const { return m_path + "." + std::string(key); }

    // Calls `read(key, node)` for every key; `known` lists the keys this table may hold.
    template <typename Read> void forEach(std::initializer_list<std::string_view> known, Read read) const
    {
        for (const auto& [key, node] : m_table) {
            bool isKnown = false;
            for (const auto name : known)
                isKnown = isKnown || key.str() == name;
            if (!isKnown) {
                std::string knownList;
                for (const auto name : known)
                    knownList += (knownList.empty() ? "" : ", ") + std::string(name);
                fail(key.source(), "unknown key '" + keyPath(key.str()) + "' (known keys in [" + m_path +
                                       "]: " + knownList + ")");
            }
            read(key.str(), node);
        }
    }

private:
    const std::string& m_sourceName;
    std::string m_path;
    const toml::table& m_table;
};

GatewayConfig::Server parseServer(const std::string& sourceName, const toml::node& node)
{
    GatewayConfig::Server server;
    const toml::table* table = node.as_table();
    if (!table)
        throw ConfigError(position(sourceName, node.source()) +
                          ": 'server' must be a table ([server]), not " + std::string(typeName(node)));

    const TableReader reader(sourceName, "server", *table);
    reader.forEach({"listen", "workers"}, [&](std::string_view key, const toml::node& value) {
        if (key == "listen") {
            const auto* text = value.as_string();
            if (!text)
                reader.fail(value.source(), "server.listen must be a string like \"127.0.0.1:8080\", not " +
                                                std::string(typeName(value)));
            try {
                server.listen = parseListenAddress(text->get());
            } catch (const ListenAddressError& e) {
                reader.fail(value.source(), std::string("server.listen: ") + e.what());
            }
        } else if (key == "workers") {
            const auto* number = value.as_integer();
            if (!number)
                reader.fail(value.source(),
                            "server.workers must be an integer, not " + std::string(typeName(value)));
            const std::int64_t workers = number->get();
            if (workers < 0 || workers > GatewayConfig::maxWorkers)
                reader.fail(value.source(), "server.workers must be from 0 (one per CPU core) to " +
                                                std::to_string(GatewayConfig::maxWorkers) + ", not " +
                                                std::to_string(workers));
            server.workers = static_cast<unsigned>(workers);
        }
    });
    return server;
}

} // namespace

unsigned GatewayConfig::effectiveWorkers() const
{
    if (server.workers > 0)
        return server.workers;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : std::min(cores, maxWorkers);
}

GatewayConfig parseGatewayConfig(std::string_view tomlText, const std::string& sourceName)
{
    toml::table root;
    try {
        root = toml::parse(tomlText, sourceName);
    } catch (const toml::parse_error& e) {
        throw ConfigError(position(sourceName, e.source()) + ": " + std::string(e.description()));
    }

    GatewayConfig config;
    for (const auto& [key, node] : root) {
        if (key.str() == "server") {
            config.server = parseServer(sourceName, node);
        } else {
            const std::string what = node.is_table() ? "unknown table [" + std::string(key.str()) + "]"
                                                     : "unknown key '" + std::string(key.str()) + "'";
            throw ConfigError(position(sourceName, key.source()) + ": " + what + " (known tables: [server])");
        }
    }
    return config;
}

GatewayConfig loadGatewayConfig(const std::filesystem::path& file)
{
    const std::string name = file.string();
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw ConfigError(name + ": cannot read the config file: it is a directory");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ConfigError(name + ": cannot read the config file: " +
                          std::error_code(errno, std::generic_category()).message());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw ConfigError(name + ": cannot read the config file: read error");
    return parseGatewayConfig(text.str(), name);
}

} // namespace gatehouse::gateway
