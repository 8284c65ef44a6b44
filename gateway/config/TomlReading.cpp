#include "gateway/config/TomlReading.h"

namespace gatehouse::gateway::config {

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

std::string TableReader::string(std::string_view key, const toml::node& value) const
{
    const auto* text = value.as_string();
    if (!text)
        fail(value.source(), keyPath(key) + " must be a string, not " + std::string(typeName(value)));
    return text->get();
}

std::int64_t TableReader::integer(std::string_view key, const toml::node& value, std::int64_t min,
                                  std::int64_t max) const
{
    const auto* number = value.as_integer();
    if (!number)
        fail(value.source(), keyPath(key) + " must be an integer, not " + std::string(typeName(value)));
    const std::int64_t result = number->get();
    if (result < min || result > max)
        fail(value.source(), keyPath(key) + " must be from " + std::to_string(min) + " to " +
                                 std::to_string(max) + ", not " + std::to_string(result));
    return result;
}

double TableReader::number(std::string_view key, const toml::node& value, double min, double max) const
{
    double result = 0;
    if (const auto* real = value.as_floating_point())
        result = real->get();
    else if (const auto* whole = value.as_integer())
        result = static_cast<double>(whole->get());
    else
        fail(value.source(), keyPath(key) + " must be a number, not " + std::string(typeName(value)));
    if (!(result >= min && result <= max))
        fail(value.source(), keyPath(key) + " must be from " + std::to_string(min) + " to " +
                                 std::to_string(max) + ", not " + std::to_string(result));
    return result;
}

bool TableReader::boolean(std::string_view key, const toml::node& value) const
{
    const auto* flag = value.as_boolean();
    if (!flag)
        fail(value.source(), keyPath(key) + " must be true or false, not " + std::string(typeName(value)));
    return flag->get();
}

std::chrono::milliseconds TableReader::milliseconds(std::string_view key, const toml::node& value) const
{
    constexpr std::int64_t day = std::int64_t{24} * 3600 * 1000;
    return std::chrono::milliseconds(integer(key, value, 1, day));
}

const toml::table& requireTable(const std::string& sourceName, const toml::node& node,
                                const std::string& what)
{
    const toml::table* table = node.as_table();
    if (!table)
        throw ConfigError(position(sourceName, node.source()) + ": " + what + " must be a table, not " +
                          std::string(typeName(node)));
    return *table;
}

} // namespace gatehouse::gateway::config
