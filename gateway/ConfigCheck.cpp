#include "gateway/ConfigCheck.h"

#include "gateway/server/ListenerTls.h"
#include "gateway/upstream/HttpUpstream.h"

namespace gatehouse::gateway {

std::optional<std::string> checkConfigFiles(const GatewayConfig& config)
{
    if (config.server.tls()) {
        try {
            ListenerTls(config.server.tlsCert, config.server.tlsKey);
        } catch (const TlsSetupError& e) {
            return config.server.tlsWhere + ": " + e.what();
        }
    }
    for (const UpstreamConfig& upstream : config.routing.upstreams) {
        if (upstream.kind != UpstreamConfig::Kind::OpenAi)
            continue;
        try {
            const HttpUpstream probe{upstream,
                                     std::string()}; // checks base_url, loads ca_file; connects nowhere
        } catch (const ConfigError& e) {
            return std::string(e.what());
        }
    }
    return std::nullopt;
}

} // namespace gatehouse::gateway
