#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace gatehouse::test {

// The config of a gatehoused for admin-API tests, written as DIR/NAME.toml (its path returned):
// the admin token read from `tokenFile`, state in DIR/NAME-state, and each of `models` served by
// one instant demo upstream.
QString writeDemoGatewayConfig(const QTemporaryDir& dir, const QString& name, const QString& tokenFile,
                               const QStringList& models = {QStringLiteral("chat")});

} // namespace gatehouse::test
