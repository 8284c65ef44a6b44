#pragma once

#include <QString>

namespace gatehouse {

// Why a keychain operation failed, in one sentence a user can act on ("No keychain is available:
// no Secret Service is running on the D-Bus session bus. Install and unlock gnome-keyring or
// KWallet, then try again.").
struct SecretError
{
    enum class Code {
        None,
        NoKeychain,     // no backend: no Secret Service/KWallet, no D-Bus session
        Locked,         // keychain locked and not unlocked
        AccessDenied,   // the user or the OS refused access
        NotFound,       // no secret of that name
        InvalidName,    // name rejected by validation
        Other,
    };

    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

} // namespace gatehouse
