#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse {

// A new access key's secret made by the console instead of a gateway, so that one key can be put
// on several gatehoused (POST /admin/v1/keys with secret_sha256; each stores only the hash):
// "gk-" and 32 bytes from the system's random generator in base64url without padding, the form
// gatehoused gives its own keys. The value is wiped when the object goes.
class AccessKeySecret
{
public:
    static AccessKeySecret generate();
    ~AccessKeySecret();
    AccessKeySecret(const AccessKeySecret&) = delete;
    AccessKeySecret& operator=(const AccessKeySecret&) = delete;
    AccessKeySecret(AccessKeySecret&&) = default;

    const QByteArray& value() const { return m_value; } // "gk-…", 46 characters
    QByteArray sha256Hex() const;                       // of value(), lower-case hex
    QString prefix() const;                             // value()'s 8 characters after "gk-"

private:
    AccessKeySecret() = default;
    QByteArray m_value;
};

} // namespace gatehouse
