#pragma once

#include "gateway/config/RoutingConfig.h"
#include "gateway/upstream/Upstream.h"

#include <memory>
#include <string>

namespace gatehouse::gateway {

// An OpenAI-compatible server reached over HTTP/1.1 or HTTPS (OpenAI, Azure-style paths, Ollama, vLLM,
// llama.cpp server, LiteLLM, another gatehoused): POST {base_url}/chat/completions[?query]
// with the key as a Bearer token or Azure's api-key header. Connections are kept alive and
// reused per worker thread. The body is handed on piece by piece as it arrives, and the next
// piece is read only when the receiver asks for it. Every step has a timeout: connect (and DNS),
// first byte, and the gap between body pieces. https:// upstreams are verified against the system's
// trust store plus the upstream's ca_file, with SNI and the URL's host name (or IP address)
// checked against the certificate; a failed check is a connect failure naming the reason.
class HttpUpstream : public Upstream
{
public:
    // Throws ConfigError when base_url cannot be used.
    HttpUpstream(const UpstreamConfig& config, std::string apiKey);
    ~HttpUpstream() override;

    std::shared_ptr<UpstreamCall> start(boost::asio::any_io_executor executor, UpstreamRequest request,
                                        UpstreamHandlers handlers) override;
    std::shared_ptr<UpstreamCall> probe(boost::asio::any_io_executor executor, const std::string& path,
                                        std::chrono::milliseconds timeout, ProbeDone done) override;

    struct Shared; // the target, the key and the idle connections, shared with calls in flight

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace gatehouse::gateway
