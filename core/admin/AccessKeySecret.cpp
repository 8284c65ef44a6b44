#include "core/admin/AccessKeySecret.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace gatehouse {

AccessKeySecret AccessKeySecret::generate()
{
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char*>(words.data()), int(sizeof words));
    AccessKeySecret secret;
    secret.m_value = "gk-" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    bytes.fill('\0');
    words.fill(0);
    return secret;
}

AccessKeySecret::~AccessKeySecret()
{
    m_value.fill('\0');
}

QByteArray AccessKeySecret::sha256Hex() const
{
    return QCryptographicHash::hash(m_value, QCryptographicHash::Sha256).toHex();
}

QString AccessKeySecret::prefix() const
{
    return QString::fromLatin1(m_value.mid(3, 8));
}

} // namespace gatehouse
