#include "core/history/HistoryCipher.h"

#include <sodium.h>

namespace gatehouse {

namespace {

// Binds every sealed message to its purpose, so no other sealed blob of ours opens as history.
constexpr unsigned char associatedData[] = "gatehouse chat history v1";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray(); // shared: drop our reference only
        return;
    }
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

HistoryCipher::HistoryCipher(const QByteArray& key)
    : m_key(key.size() == keyBytes && sodiumReady() ? QByteArray(key.constData(), key.size()) : QByteArray())
{}

HistoryCipher::~HistoryCipher()
{
    wipeBytes(m_key);
}

HistoryCipher::HistoryCipher(const HistoryCipher& other)
    : m_key(QByteArray(other.m_key.constData(), other.m_key.size()))
{}

HistoryCipher& HistoryCipher::operator=(const HistoryCipher& other)
{
    if (this != &other) {
        wipeBytes(m_key);
        m_key = QByteArray(other.m_key.constData(), other.m_key.size());
    }
    return *this;
}

QString HistoryCipher::libraryVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QByteArray HistoryCipher::newKey()
{
    if (!sodiumReady())
        return {};
    QByteArray key(keyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

QByteArray HistoryCipher::seal(const QByteArray& plaintext) const
{
    if (!isUsable())
        return {};
    constexpr qsizetype nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray sealed(nonceBytes + plaintext.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + nonceBytes, &written, reinterpret_cast<const unsigned char*>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()), associatedData, sizeof associatedData - 1, nullptr,
        out, reinterpret_cast<const unsigned char*>(m_key.constData()));
    sealed.truncate(nonceBytes + qsizetype(written));
    return sealed;
}

std::optional<QByteArray> HistoryCipher::open(const QByteArray& sealed) const
{
    constexpr qsizetype nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr qsizetype tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (!isUsable() || sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, in + nonceBytes,
            static_cast<unsigned long long>(sealed.size() - nonceBytes), associatedData,
            sizeof associatedData - 1, in, reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return std::nullopt;
    plain.truncate(qsizetype(written));
    return plain;
}

} // namespace gatehouse
