#include "core/chat/ChatParametersJson.h"

#include <QJsonArray>

#include <cstdlib>

namespace gatehouse {

QJsonObject chatParametersJson(const ChatParameters& p, SeedAs seedAs)
{
    QJsonObject o;
    if (p.temperature)
        o.insert(QStringLiteral("temperature"), *p.temperature);
    if (p.topP)
        o.insert(QStringLiteral("top_p"), *p.topP);
    if (p.maxTokens)
        o.insert(QStringLiteral("max_tokens"), *p.maxTokens);
    if (p.seed) {
        const bool asNumber = seedAs == SeedAs::NumberWhereExact && std::llabs(*p.seed) <= (qint64(1) << 53);
        o.insert(QStringLiteral("seed"),
                 asNumber ? QJsonValue(double(*p.seed)) : QJsonValue(QString::number(*p.seed)));
    }
    if (!p.stop.isEmpty())
        o.insert(QStringLiteral("stop"), QJsonArray::fromStringList(p.stop));
    return o;
}

ChatParameters chatParametersFromJson(const QJsonObject& o)
{
    ChatParameters p;
    if (o.contains(QStringLiteral("temperature")))
        p.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.contains(QStringLiteral("top_p")))
        p.topP = o.value(QStringLiteral("top_p")).toDouble();
    if (o.contains(QStringLiteral("max_tokens")))
        p.maxTokens = o.value(QStringLiteral("max_tokens")).toInt();
    if (const QJsonValue seed = o.value(QStringLiteral("seed")); seed.isString())
        p.seed = seed.toString().toLongLong();
    else if (seed.isDouble())
        p.seed = qint64(seed.toDouble());
    for (const QJsonValue& s : o.value(QStringLiteral("stop")).toArray())
        p.stop << s.toString();
    return p;
}

} // namespace gatehouse
