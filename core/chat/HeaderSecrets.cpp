#include "core/chat/HeaderSecrets.h"

#include <QRegularExpression>

namespace gatehouse {

namespace {

const QRegularExpression& reference()
{
    static const QRegularExpression re(QStringLiteral("\\{secret:([^}]*)\\}"));
    return re;
}

} // namespace

QStringList headerSecretNames(const HeaderList& headers)
{
    QStringList names;
    for (const auto& header : headers) {
        for (auto it = reference().globalMatch(QString::fromUtf8(header.second)); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

void expandHeaderSecrets(HeaderList& headers, const QHash<QString, QByteArray>& secrets)
{
    for (auto& header : headers) {
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            header.second.replace(QByteArrayLiteral("{secret:") + it.key().toUtf8() + '}', it.value());
    }
}

} // namespace gatehouse
