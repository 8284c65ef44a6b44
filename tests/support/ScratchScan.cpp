#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace gatehouse::test {

QStringList filesContaining(const QByteArrayList& needles, const QString& folder)
{
    const QString root = folder.isEmpty() ? QDir::homePath() : folder;
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (qsizetype i = 0; i < needles.size(); ++i) {
            if (!needles[i].isEmpty() && content.contains(needles[i]))
                hits << QStringLiteral("%1: secret #%2").arg(path).arg(i);
        }
    }
    return hits;
}

} // namespace gatehouse::test
