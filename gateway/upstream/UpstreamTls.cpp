#include "gateway/upstream/UpstreamTls.h"

#include "gateway/config/GatewayConfig.h"

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl/context.hpp>

#include <cerrno>
#include <fstream>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <system_error>

namespace gatehouse::gateway {

std::shared_ptr<boost::asio::ssl::context> makeUpstreamTls(const UpstreamConfig& config,
                                                           const std::string& who)
{
    namespace ssl = boost::asio::ssl;
    auto context = std::make_shared<ssl::context>(ssl::context::tls_client);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION);
    context->set_verify_mode(ssl::verify_peer);
    boost::system::error_code ec;
    context->set_default_verify_paths(ec);
    if (ec)
        throw ConfigError(who + "cannot load the system's trusted certificates: " + ec.message());
    if (!config.caFile.empty()) {
        std::ifstream in(config.caFile, std::ios::binary);
        if (!in)
            throw ConfigError(who + "cannot read ca_file " + config.caFile + ": " +
                              std::error_code(errno, std::generic_category()).message());
        context->load_verify_file(config.caFile, ec);
        if (ec)
            throw ConfigError(who + "ca_file " + config.caFile + " holds no usable PEM certificate (" +
                              ec.message() + ")");
    }
    return context;
}

void expectHost(ssl_st* ssl, const std::string& host)
{
    boost::system::error_code notAnAddress;
    boost::asio::ip::make_address(host, notAnAddress);
    if (notAnAddress) {
        SSL_set_tlsext_host_name(ssl, host.c_str());
        SSL_set1_host(ssl, host.c_str());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str());
    }
}

std::string handshakeFailure(ssl_st* ssl, const boost::system::error_code& ec)
{
    const long verdict = SSL_get_verify_result(ssl);
    if (verdict != X509_V_OK)
        return "TLS certificate not accepted: " + std::string(X509_verify_cert_error_string(verdict)) +
               (verdict == X509_V_ERR_HOSTNAME_MISMATCH || verdict == X509_V_ERR_IP_ADDRESS_MISMATCH
                    ? " (the certificate is not for this host name)"
                    : " (a private CA needs ca_file in this upstream's [[upstreams]] table)");
    return "TLS handshake failed: " + ec.message();
}

} // namespace gatehouse::gateway
