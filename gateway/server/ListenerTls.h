#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace boost::asio::ssl {
class context;
} // namespace boost::asio::ssl

namespace gatehouse::gateway {

// The certificate or key cannot be used; what() names the file and why.
class TlsSetupError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The HTTPS listener's TLS context: the certificate chain and key from two PEM files, TLS 1.2 as
// the minimum, forward-secret AEAD ciphers for TLS 1.2 (TLS 1.3 keeps OpenSSL's suites).
// reload() reads the files again; connections already open keep the context they started with.
// Shared by the accepting thread (current) and the signal handler (reload).
class ListenerTls
{
public:
    // Throws TlsSetupError: "cannot read /etc/gatehouse/cert.pem: No such file or directory",
    // "/etc/gatehouse/key.pem holds no usable PEM private key (...)", a key that does not match.
    ListenerTls(std::filesystem::path certFile, std::filesystem::path keyFile);
    ~ListenerTls();

    std::shared_ptr<boost::asio::ssl::context> current() const;

    // Loads the files again and switches to them; throws TlsSetupError and keeps the previous
    // context when they cannot be used.
    void reload();

    // The certificate in use, for the log: "subject CN=localhost, serial 1A2B…, expires …".
    std::string describe() const;

private:
    std::filesystem::path m_certFile;
    std::filesystem::path m_keyFile;
    mutable std::mutex m_mutex;
    std::shared_ptr<boost::asio::ssl::context> m_context;
    std::string m_description;
};

} // namespace gatehouse::gateway
