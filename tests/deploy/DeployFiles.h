#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace gatehouse::test {

// The files of packaging/deploy/ as a test installs them: read as written, with only their
// addresses moved to the ports the test picked.

// The absolute path of `relative` (e.g. "nginx/gatehouse-fleet.conf") under packaging/deploy/.
QString deployPath(const QString& relative);

// The deploy file `relative` with every address 127.0.0.1:PORT in it replaced by 127.0.0.1:`ports`
// [PORT]. An address the map does not know, or an entry the file does not use, is a `problem`: a
// changed port plan must change the test too, not slip past it.
QByteArray deployed(const QString& relative, const QHash<int, quint16>& ports, QString& problem);

// The value of `key=` in a systemd unit (the first one), or "".
QString unitSetting(const QByteArray& unit, const QByteArray& key);

} // namespace gatehouse::test
