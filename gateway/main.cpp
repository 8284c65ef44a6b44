// gatehoused: parse the command line, load the config, run the gateway.

#include "core/buildinfo/BuildInfo.h"
#include "gateway/ConfigCheck.h"
#include "gateway/Gateway.h"
#include "gateway/GatewayOptions.h"
#include "gateway/config/GatewayConfig.h"
#include "gateway/config/PipedSecrets.h"

#include <exception>
#include <functional>
#include <iostream>
#include <string_view>
#include <vector>

using namespace gatehouse::gateway;

namespace {

constexpr int exitFailure = 1;
constexpr int exitUsage = 2;

GatewayConfig loadConfig(const GatewayOptions& options)
{
    GatewayConfig config = options.configFile ? loadGatewayConfig(*options.configFile) : GatewayConfig{};
    if (options.demo)
        config.routing = demoRouting();
    if (options.listen)
        config.server.listen = *options.listen;
    if (options.workers)
        config.server.workers = *options.workers;
    return config;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    GatewayOptions options;
    try {
        options = parseGatewayOptions(arguments);
    } catch (const OptionsError& e) {
        std::cerr << "gatehoused: " << e.what() << "\nTry 'gatehoused --help' for the options.\n";
        return exitUsage;
    }

    try {
        switch (options.action) {
        case GatewayOptions::Action::ShowHelp:
            std::cout << gatewayUsage();
            return 0;
        case GatewayOptions::Action::ShowVersion:
            std::cout << "gatehoused (" << gatehouse::buildinfo::productName() << ") "
                      << gatehouse::buildinfo::version() << '\n';
            return 0;
        case GatewayOptions::Action::CheckConfig:
            if (const auto problem = checkConfigFiles(loadGatewayConfig(*options.configFile))) {
                std::cerr << *problem << '\n';
                return exitFailure;
            }
            std::cout << *options.configFile << ": ok\n";
            return 0;
        case GatewayOptions::Action::Run:
            break;
        }
        if (options.secretsStdin)
            PipedSecrets::instance().read(std::cin);
        const GatewayConfig config = loadConfig(options);
        std::function<GatewayConfig()> reload;
        if (options.configFile) // the same file with the same command-line overrides
            reload = [&options] { return loadConfig(options); };
        return runGateway(config, std::cerr, reload);
    } catch (const ConfigError& e) {
        std::cerr << e.what() << '\n';
        return exitFailure;
    } catch (const std::exception& e) {
        std::cerr << "gatehoused: " << e.what() << '\n';
        return exitFailure;
    }
}
