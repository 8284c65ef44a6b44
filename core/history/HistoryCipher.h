#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

// Seals chat history text with libsodium's XChaCha20-Poly1305 (random 24-byte nonce per message,
// stored in front of the ciphertext). The 32-byte key lives only in the OS keychain and in this
// object's memory, which is wiped when it goes.
class HistoryCipher
{
public:
    static constexpr int keyBytes = 32;

    explicit HistoryCipher(const QByteArray& key); // a key of any other size makes an unusable cipher
    ~HistoryCipher();
    HistoryCipher(const HistoryCipher& other);
    HistoryCipher& operator=(const HistoryCipher& other);

    static QByteArray newKey();      // keyBytes random bytes from the OS's CSPRNG
    static QString libraryVersion(); // libsodium's, for Help → About

    bool isUsable() const { return m_key.size() == keyBytes; }
    QByteArray seal(const QByteArray& plaintext) const;             // nonce ‖ ciphertext ‖ tag
    std::optional<QByteArray> open(const QByteArray& sealed) const; // nullopt: wrong key or altered

private:
    QByteArray m_key;
};

} // namespace gatehouse
