#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse::test {

// Keychain tests talk to the real Secret Service, and only ever to the throwaway gnome-keyring of
// tests/support/private-session (which exports GATEHOUSE_SECRET_SERVICE=gnome-keyring), never to the
// keychain of whoever runs them. Empty when that session is there, else why the test cannot run.
inline QString keychainSessionProblem()
{
    if (qgetenv("GATEHOUSE_SECRET_SERVICE") == "gnome-keyring")
        return {};
    return QStringLiteral("This test needs the real Secret Service of a private session: run it under "
                          "tests/support/private-session (./dev test does), e.g. "
                          "tests/support/private-session ctest --test-dir build/debug-asan -R secret");
}

} // namespace gatehouse::test
