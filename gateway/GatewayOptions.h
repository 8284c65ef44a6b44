#pragma once

#include "gateway/server/ListenAddress.h"

#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// What gatehoused was asked to do on its command line. Values given here override the config
// file; anything not given keeps the file's value (or the built-in default).
struct GatewayOptions
{
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion,
        CheckConfig, // validate `configFile` and exit
    };

    Action action = Action::Run;
    std::optional<std::string> configFile; // --config FILE, or the FILE of --check-config
    std::optional<ListenAddress> listen;   // --listen HOST:PORT
    std::optional<unsigned> workers;       // --workers N
    bool demo = false;                     // --demo: serve the built-in demo model, no config file
    bool secretsStdin = false; // --secrets-stdin: read {"NAME": "secret", ...} from stdin at start
};

// A command line gatehoused cannot run with; what() names the offending argument.
class OptionsError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses the arguments after the program name. Accepts "--name value" and "--name=value".
GatewayOptions parseGatewayOptions(std::span<const std::string_view> arguments);

// The --help text, ending in a newline.
std::string gatewayUsage();

} // namespace gatehouse::gateway
