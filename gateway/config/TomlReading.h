#pragma once

#include "gateway/config/GatewayConfig.h"

#include <toml++/toml.h>

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

// Helpers for reading gatehoused's TOML config with errors that name FILE:LINE:COLUMN and key.
namespace gatehouse::gateway::config {

std::string position(const std::string& sourceName, const toml::source_region& where);
std::string_view typeName(const toml::node& node);

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
    const std::string& path() const { return m_path; }
    std::string where() const { return position(m_sourceName, m_table.source()); }
    const std::string& sourceName() const { return m_sourceName; }

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

    // Typed values; each fails naming the key and what it must be.
    std::string string(std::string_view key, const toml::node& value) const;
    std::int64_t integer(std::string_view key, const toml::node& value, std::int64_t min,
                         std::int64_t max) const;
    double number(std::string_view key, const toml::node& value, double min, double max) const;
    bool boolean(std::string_view key, const toml::node& value) const;
    // An integer number of milliseconds (keys end in "_ms"), from 1 ms to one day.
    std::chrono::milliseconds milliseconds(std::string_view key, const toml::node& value) const;

private:
    const std::string& m_sourceName;
    std::string m_path;
    const toml::table& m_table;
};

// The table `node` must be; fails naming `what` (e.g. "[server]") otherwise.
const toml::table& requireTable(const std::string& sourceName, const toml::node& node,
                                const std::string& what);

} // namespace gatehouse::gateway::config
