#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// Every file under `folder` (default: the test's scratch HOME, see tests/support/scratch-home)
// that contains one of `needles`, as "path: needle #i" lines (never the needle itself, so a
// failing test does not print the secret it found). Empty when the folder is clean.
QStringList filesContaining(const QByteArrayList& needles, const QString& folder = QString());

} // namespace gatehouse::test
