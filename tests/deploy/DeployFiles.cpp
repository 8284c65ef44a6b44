#include "tests/deploy/DeployFiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace gatehouse::test {

QString deployPath(const QString& relative)
{
    return QStringLiteral(DEPLOY_DIR "/") + relative;
}

QByteArray deployed(const QString& relative, const QHash<int, quint16>& ports, QString& problem)
{
    QFile file(deployPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.fileName() + ": " + file.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression address(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
    QString result;
    QSet<int> used;
    qsizetype last = 0;
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int port = match.captured(1).toInt();
        if (!ports.contains(port)) {
            problem = QStringLiteral("%1 has an address the test does not know: %2")
                          .arg(relative, match.captured(0));
            return {};
        }
        used.insert(port);
        result += text.mid(last, match.capturedStart() - last) +
                  QStringLiteral("127.0.0.1:%1").arg(ports.value(port));
        last = match.capturedEnd();
    }
    result += text.mid(last);
    for (auto it = ports.cbegin(); it != ports.cend(); ++it) {
        if (!used.contains(it.key())) {
            problem = QStringLiteral("%1 no longer uses 127.0.0.1:%2").arg(relative).arg(it.key());
            return {};
        }
    }
    return result.toUtf8();
}

QString unitSetting(const QByteArray& unit, const QByteArray& key)
{
    for (const QByteArray& line : unit.split('\n')) {
        if (line.startsWith(key + "="))
            return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
    }
    return {};
}

} // namespace gatehouse::test
