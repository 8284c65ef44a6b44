#pragma once

#include <QString>

namespace gatehouse {

// Why a keychain operation failed, in one sentence a user can act on ("No keychain is available:
// no Secret Service answers on the D-Bus session bus. Install and unlock gnome-keyring or KWallet,
// then try again."). `message` never contains a secret value; it may contain the secret's name.
struct SecretError
{
    enum class Code
    {
        None,
        NoKeychain,   // no backend: no D-Bus session bus, no Secret Service/KWallet, no default keyring
        Locked,       // keychain locked and not unlocked (or its unlock prompt was dismissed)
        AccessDenied, // the user or the OS refused access
        NotFound,     // no secret of that name
        InvalidName,  // name rejected by SecretCatalog::isValidName
        Timeout,      // the keychain did not answer in time (often: an unlock prompt nobody answered)
        Database,     // the keychain side worked, the console database (catalog) did not
        Other,
    };

    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

} // namespace gatehouse
