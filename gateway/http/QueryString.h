#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gatehouse::gateway::http {

// The parameters of a request target's query string ("/path?a=1&b=x%20y"), percent-decoded, with
// '+' read as a space as HTML forms send it. A malformed escape is kept as written.
class QueryString
{
public:
    explicit QueryString(std::string_view target);

    // The first value of `name`, or nullopt when it is absent.
    std::optional<std::string> value(std::string_view name) const;
    const std::vector<std::pair<std::string, std::string>>& parameters() const { return m_parameters; }

private:
    std::vector<std::pair<std::string, std::string>> m_parameters;
};

std::string percentDecode(std::string_view text, bool plusIsSpace);

} // namespace gatehouse::gateway::http
