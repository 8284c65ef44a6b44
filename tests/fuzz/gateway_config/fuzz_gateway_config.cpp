// Fuzz target: gatehoused's TOML configuration (gateway/config), as `gatehoused --config` and
// `--check-config` read it: parseGatewayConfig must either return a config or throw ConfigError
// (one line naming FILE:LINE:COL); any other exception would end gatehoused with a crash instead
// of a message, so it escapes here and libFuzzer reports it. A config that parses is built into
// the upstream pool (model groups over upstreams), with demo upstreams standing in for every
// configured one so that no key file, CA file or network is touched.

#include "gateway/config/GatewayConfig.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/upstream/DemoUpstream.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace gw = gatehouse::gateway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view toml(reinterpret_cast<const char*>(data), size);
    gw::GatewayConfig config;
    try {
        config = gw::parseGatewayConfig(toml, "gatehoused.toml");
    } catch (const gw::ConfigError& e) {
        const std::string_view message = e.what();
        if (message.empty() || message.find('\n') != std::string_view::npos) {
            std::fprintf(stderr, "a config error is not one line: \"%s\"\n", e.what());
            std::abort();
        }
        return 0;
    }
    const unsigned workers = config.effectiveWorkers();
    if (workers == 0 || workers > gw::GatewayConfig::maxWorkers) {
        std::fprintf(stderr, "a config that parsed runs %u workers\n", workers);
        std::abort();
    }
    try {
        const gw::UpstreamPool pool(config.routing, [](const gw::UpstreamConfig& upstream) {
            return std::make_unique<gw::DemoUpstream>(upstream.demo);
        });
        for (const auto& model : pool.models())
            (void)pool.model(model.name);
    } catch (const gw::ConfigError&) {
    }
    return 0;
}
