#pragma once

#include <QObject>

#include <functional>

namespace gatehouse::detail {

// Internal to core/secrets. What the platform's Secret Service says about the default keyring.
// QtKeychain cannot tell these apart: on Linux it reports every D-Bus failure as OtherError with
// GLib's (translated) message, reads from a locked keyring as "Entry not found" and deletes from
// a locked keyring as success without deleting anything.
enum class KeychainState
{
    Unknown,          // not a Secret Service platform, or it did not answer
    NoSessionBus,     // no D-Bus session bus to reach a Secret Service on
    NoSecretService,  // a bus, but nobody owns (or can be started for) org.freedesktop.secrets
    NoDefaultKeyring, // a Secret Service without a default collection
    Locked,           // the default collection is locked
    Unlocked,
};

// Asks (asynchronously) and calls `done` on `context`'s thread, never after `context` is gone.
void probeKeychain(QObject* context, int timeoutMs, std::function<void(KeychainState)> done);

} // namespace gatehouse::detail
