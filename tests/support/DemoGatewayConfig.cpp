#include "tests/support/DemoGatewayConfig.h"

#include "tests/support/RawHttp.h"

#include <QTemporaryDir>

namespace gatehouse::test {

QString writeDemoGatewayConfig(const QTemporaryDir& dir, const QString& name, const QString& tokenFile,
                               const QStringList& models)
{
    QByteArray toml =
        "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
        dir.filePath(name + "-state").toUtf8() +
        "\"\n\n[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = 0\n";
    for (const QString& model : models)
        toml += "\n[[models]]\nname = \"" + model.toUtf8() + "\"\nupstreams = [\"demo\"]\n";
    return writeFile(dir, name + ".toml", toml);
}

} // namespace gatehouse::test
