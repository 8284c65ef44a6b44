#include "gateway/GatewayOptions.h"

#include "gateway/config/GatewayConfig.h"

#include <charconv>

namespace gatehouse::gateway {

namespace {

[[noreturn]] void fail(const std::string& message)
{
    throw OptionsError(message);
}

unsigned parseWorkers(std::string_view text)
{
    unsigned workers = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), workers);
    if (ec != std::errc() || end != text.data() + text.size() || workers < 1 ||
        workers > GatewayConfig::maxWorkers)
        fail("--workers: '" + std::string(text) + "' is not a number from 1 to " +
             std::to_string(GatewayConfig::maxWorkers));
    return workers;
}

} // namespace

GatewayOptions parseGatewayOptions(std::span<const std::string_view> arguments)
{
    GatewayOptions options;
    bool checkConfig = false;
    bool help = false;
    bool version = false;

    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string_view name = arguments[i];
        std::optional<std::string_view> inlineValue;
        if (name.starts_with("--")) {
            if (const auto equals = name.find('='); equals != std::string_view::npos) {
                inlineValue = name.substr(equals + 1);
                name = name.substr(0, equals);
            }
        }
        // The value of an option that takes one: "--name=value" or the next argument.
        const auto value = [&]() -> std::string_view {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= arguments.size())
                fail(std::string(name) + ": missing value");
            return arguments[++i];
        };
        const auto noValue = [&] {
            if (inlineValue)
                fail(std::string(name) + ": takes no value");
        };

        if (name == "--help" || name == "-h") {
            noValue();
            help = true;
        } else if (name == "--version") {
            noValue();
            version = true;
        } else if (name == "--listen") {
            const std::string_view text = value();
            try {
                options.listen = parseListenAddress(text);
            } catch (const ListenAddressError& e) {
                fail(std::string("--listen: ") + e.what());
            }
        } else if (name == "--config" || name == "--check-config") {
            if (options.configFile)
                fail(std::string(name) + ": only one config file can be given");
            const std::string_view file = value();
            if (file.empty())
                fail(std::string(name) + ": the file name is empty");
            options.configFile = std::string(file);
            checkConfig = checkConfig || name == "--check-config";
        } else if (name == "--demo") {
            noValue();
            options.demo = true;
        } else if (name == "--secrets-stdin") {
            noValue();
            options.secretsStdin = true;
        } else if (name == "--workers") {
            options.workers = parseWorkers(value());
        } else if (name.starts_with('-')) {
            fail("unknown option '" + std::string(arguments[i]) + "'");
        } else {
            fail("unexpected argument '" + std::string(name) + "'");
        }
    }

    if (options.demo && options.configFile && !help && !version)
        fail("--demo runs without a config file; drop --config, or add a kind = \"demo\" upstream to the "
             "file");

    // Help and version win over everything else, as users expect when they add them to a line.
    if (help)
        options.action = GatewayOptions::Action::ShowHelp;
    else if (version)
        options.action = GatewayOptions::Action::ShowVersion;
    else if (checkConfig)
        options.action = GatewayOptions::Action::CheckConfig;
    return options;
}

std::string gatewayUsage()
{
    return "Usage: gatehoused [OPTIONS]\n"
           "OpenAI-compatible gateway for LLM chat traffic.\n"
           "\n"
           "Options:\n"
           "  --config FILE        read settings from the TOML file FILE\n"
           "  --listen HOST:PORT   accept connections on HOST:PORT (overrides [server] listen);\n"
           "                       e.g. 127.0.0.1:8080, [::1]:8080, or port 0 for any free port\n"
           "  --workers N          run N worker threads (overrides [server] workers)\n"
           "  --demo               serve the built-in offline demo model \"gatehouse-demo\" with no config\n"
           "                       file: a first model to try, e.g. gatehoused --demo --listen "
           "127.0.0.1:8080\n"
           "  --secrets-stdin      read upstream keys as one JSON object {\"NAME\": \"KEY\", ...} from\n"
           "                       stdin (until end of input) before starting; upstreams name them\n"
           "                       with api_key_secret = \"NAME\". Keeps keys out of argv, the\n"
           "                       environment and files (the console's local gateway uses it)\n"
           "  --check-config FILE  check the config file FILE, print \"FILE: ok\" or the error, and exit\n"
           "  -h, --help           show this help and exit\n"
           "  --version            show the version and exit\n"
           "\n"
           "Without --listen or [server] listen, gatehoused listens on 127.0.0.1:8080.\n"
           "SIGTERM or SIGINT stops it: it stops accepting, finishes the responses in progress, and exits "
           "0.\n"
           "Exit status: 0 stopped cleanly, 1 cannot start (config, address), 2 bad command line.\n";
}

} // namespace gatehouse::gateway
