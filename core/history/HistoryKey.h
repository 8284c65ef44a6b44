#pragma once

#include "core/history/HistoryCipher.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace gatehouse {

class SecretStore;

// The chat history's key, kept only in the OS keychain as the secret "chat-history-key": read
// it, or create it on first use. Without a keychain there is no key and `error` says why — the
// history is then off; nothing is ever stored in plaintext instead. `done` runs later, while
// `context` lives.
inline constexpr const char* historyKeySecretName = "chat-history-key";
using HistoryKeyReady = std::function<void(const std::optional<HistoryCipher>& cipher, const QString& error)>;
// `secretName` is for tests that share one keychain.
void openHistoryKey(SecretStore& secrets, QObject* context, HistoryKeyReady done,
                    const QString& secretName = QString::fromLatin1(historyKeySecretName));

} // namespace gatehouse
