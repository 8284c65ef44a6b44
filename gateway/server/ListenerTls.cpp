#include "gateway/server/ListenerTls.h"

#include <boost/asio/ssl/context.hpp>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <system_error>

namespace gatehouse::gateway {

namespace {

namespace ssl = boost::asio::ssl;

// Mozilla's "intermediate" TLS 1.2 list: ECDHE/DHE key exchange, AEAD ciphers only.
constexpr const char* tls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                     "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                     "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                     "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384";

std::string readPem(const std::filesystem::path& file, const char* what)
{
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw TlsSetupError("cannot read the " + std::string(what) + " " + file.string() +
                            ": it is a directory");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw TlsSetupError("cannot read the " + std::string(what) + " " + file.string() + ": " +
                            std::error_code(errno, std::generic_category()).message());
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        throw TlsSetupError("cannot read the " + std::string(what) + " " + file.string() + ": read error");
    return text;
}

// The OpenSSL reason of a failed load, e.g. "no start line".
std::string reason(const boost::system::system_error& e)
{
    std::string text = e.code().message();
    return text.empty() ? std::string(e.what()) : text;
}

std::string bioText(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

std::string describeCertificate(X509* certificate)
{
    if (!certificate)
        return "no certificate";
    std::string text;
    if (BIO* bio = BIO_new(BIO_s_mem())) {
        X509_NAME_print_ex(bio, X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253);
        text = "subject " + bioText(bio);
        BIO_free(bio);
    }
    if (BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        if (char* hex = BN_bn2hex(serial)) {
            text += ", serial " + std::string(hex);
            OPENSSL_free(hex);
        }
        BN_free(serial);
    }
    if (BIO* bio = BIO_new(BIO_s_mem())) {
        ASN1_TIME_print(bio, X509_get0_notAfter(certificate));
        text += ", expires " + bioText(bio);
        BIO_free(bio);
    }
    return text;
}

std::shared_ptr<ssl::context> loadContext(const std::filesystem::path& certFile,
                                          const std::filesystem::path& keyFile)
{
    const std::string certificate = readPem(certFile, "TLS certificate (server.tls_cert)");
    std::string key = readPem(keyFile, "TLS key (server.tls_key)");
    struct Wipe
    {
        std::string& text;
        ~Wipe() { OPENSSL_cleanse(text.data(), text.size()); }
    } wipe{key};

    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX* native = context->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    if (SSL_CTX_set_cipher_list(native, tls12Ciphers) != 1)
        throw TlsSetupError("this OpenSSL build offers none of the TLS 1.2 ciphers gatehoused uses");
    // Client-initiated renegotiation is a denial-of-service lever and nothing here needs it.
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);

    if (certificate.find("-----BEGIN CERTIFICATE-----") == std::string::npos)
        throw TlsSetupError(
            certFile.string() +
            " is not a PEM certificate (no \"-----BEGIN CERTIFICATE-----\" line); server.tls_cert "
            "needs the certificate chain in PEM, leaf first");
    if (key.find("ENCRYPTED") != std::string::npos)
        throw TlsSetupError(keyFile.string() +
                            " holds an encrypted private key; gatehoused needs it unencrypted "
                            "(openssl pkey -in KEY -out KEY.plain) and readable only by itself");
    if (key.find("PRIVATE KEY-----") == std::string::npos)
        throw TlsSetupError(
            keyFile.string() +
            " is not a PEM private key (no \"-----BEGIN ... PRIVATE KEY-----\" line); server.tls_key "
            "needs the certificate's key in PEM");
    // The key first: a certificate that does not match it makes OpenSSL drop the key, which the check
    // below reports as a mismatch naming both files.
    try {
        context->use_private_key(boost::asio::buffer(key), ssl::context::pem);
    } catch (const boost::system::system_error& e) {
        throw TlsSetupError(keyFile.string() + " holds no usable PEM private key (" + reason(e) +
                            "); server.tls_key needs an unencrypted PEM key");
    }
    try {
        context->use_certificate_chain(boost::asio::buffer(certificate));
    } catch (const boost::system::system_error& e) {
        throw TlsSetupError(certFile.string() + " holds no usable PEM certificate (" + reason(e) +
                            "); server.tls_cert needs the certificate chain, leaf first");
    }
    if (SSL_CTX_check_private_key(native) != 1) {
        ERR_clear_error();
        throw TlsSetupError("the key in " + keyFile.string() + " does not belong to the certificate in " +
                            certFile.string());
    }
    return context;
}

} // namespace

ListenerTls::ListenerTls(std::filesystem::path certFile, std::filesystem::path keyFile)
    : m_certFile(std::move(certFile))
    , m_keyFile(std::move(keyFile))
{
    reload();
}

ListenerTls::~ListenerTls() = default;

std::shared_ptr<ssl::context> ListenerTls::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_context;
}

void ListenerTls::reload()
{
    auto context = loadContext(m_certFile, m_keyFile);
    std::string description = describeCertificate(SSL_CTX_get0_certificate(context->native_handle()));
    const std::lock_guard lock(m_mutex);
    m_context = std::move(context);
    m_description = std::move(description);
}

std::string ListenerTls::describe() const
{
    const std::lock_guard lock(m_mutex);
    return m_description;
}

} // namespace gatehouse::gateway
