#include "core/admin/CacheClient.h"

#include <QUrl>

namespace gatehouse {

namespace {

QString entryPath(const QString& id)
{
    return QStringLiteral("cache/entries/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString withQuery(const QString& path, const QStringList& items)
{
    return items.isEmpty() ? path : path + QLatin1Char('?') + items.join(QLatin1Char('&'));
}

std::optional<CacheEntry> readEntry(const QJsonObject& json, QString* error)
{
    return CacheEntry::fromJson(json, error);
}

} // namespace

CacheClient::CacheClient(AdminEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_client(std::move(endpoint))
{}

template <typename T>
void CacheClient::call(AdminReply* reply, std::function<void(CacheAnswer<T>)> done,
                       std::function<std::optional<T>(const QJsonObject&, QString*)> read)
{
    connect(reply, &AdminReply::finished, this, [reply, done = std::move(done), read = std::move(read)] {
        CacheAnswer<T> answer;
        answer.status = reply->status();
        if (!reply->ok()) {
            answer.error = reply->errorString();
        } else {
            QString problem;
            answer.value = read(reply->json().object(), &problem);
            if (!answer.value)
                answer.error = tr("The gateway's answer could not be read: %1.").arg(problem);
        }
        done(std::move(answer));
    });
}

void CacheClient::list(const CacheFilter& filter, const QString& cursor, int limit,
                       std::function<void(CacheAnswer<CachePage>)> done)
{
    QStringList items = filter.queryItems();
    items << QStringLiteral("limit=%1").arg(limit);
    if (!cursor.isEmpty())
        items << QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    call<CachePage>(m_client.get(withQuery(QStringLiteral("cache/entries"), items)), std::move(done),
                    [](const QJsonObject& json, QString* error) -> std::optional<CachePage> {
                        if (!json.value(QLatin1String("entries")).isArray()) {
                            *error = tr("it has no \"entries\" list");
                            return std::nullopt;
                        }
                        CachePage page;
                        for (const QJsonValue value : json.value(QLatin1String("entries")).toArray()) {
                            std::optional<CacheEntry> entry = CacheEntry::fromJson(value.toObject(), error);
                            if (!entry)
                                return std::nullopt;
                            page.entries << std::move(*entry);
                        }
                        page.nextCursor = json.value(QLatin1String("next_cursor")).toString();
                        return page;
                    });
}

void CacheClient::get(const QString& id, std::function<void(CacheAnswer<CacheEntry>)> done)
{
    call<CacheEntry>(m_client.get(entryPath(id)), std::move(done), readEntry);
}

void CacheClient::remove(const QString& id, std::function<void(CacheAnswer<bool>)> done)
{
    call<bool>(m_client.remove(entryPath(id)), std::move(done),
               [](const QJsonObject&, QString*) -> std::optional<bool> { return true; });
}

void CacheClient::removeMatching(const CacheFilter& filter, bool dryRun,
                                 std::function<void(CacheAnswer<CacheBulkDeleteCount>)> done)
{
    QStringList items = filter.queryItems();
    if (dryRun)
        items << QStringLiteral("dry_run=true");
    call<CacheBulkDeleteCount>(
        m_client.remove(withQuery(QStringLiteral("cache/entries"), items)), std::move(done),
        [](const QJsonObject& json, QString* error) -> std::optional<CacheBulkDeleteCount> {
            if (!json.value(QLatin1String("matched")).isDouble()) {
                *error = tr("it has no \"matched\" count");
                return std::nullopt;
            }
            return CacheBulkDeleteCount{qint64(json.value(QLatin1String("matched")).toDouble()),
                                        qint64(json.value(QLatin1String("deleted")).toDouble())};
        });
}

void CacheClient::flush(bool includePinned, std::function<void(CacheAnswer<qint64>)> done)
{
    const QString path =
        includePinned ? QStringLiteral("cache/flush?include_pinned=true") : QStringLiteral("cache/flush");
    call<qint64>(m_client.post(path, QJsonDocument(QJsonObject())), std::move(done),
                 [](const QJsonObject& json, QString* error) -> std::optional<qint64> {
                     if (!json.value(QLatin1String("deleted")).isDouble()) {
                         *error = tr("it has no \"deleted\" count");
                         return std::nullopt;
                     }
                     return qint64(json.value(QLatin1String("deleted")).toDouble());
                 });
}

void CacheClient::setPinned(const QString& id, bool pinned, std::function<void(CacheAnswer<CacheEntry>)> done)
{
    call<CacheEntry>(
        m_client.patch(entryPath(id), QJsonDocument(QJsonObject{{QStringLiteral("pinned"), pinned}})),
        std::move(done), readEntry);
}

void CacheClient::setTtl(const QString& id, std::optional<qint64> seconds,
                         std::function<void(CacheAnswer<CacheEntry>)> done)
{
    const QJsonObject body{
        {QStringLiteral("ttl_seconds"), seconds ? QJsonValue(double(*seconds)) : QJsonValue()}};
    call<CacheEntry>(m_client.patch(entryPath(id), QJsonDocument(body)), std::move(done), readEntry);
}

void CacheClient::addFaq(const CacheFaq& faq, std::function<void(CacheAnswer<CacheEntry>)> done)
{
    QJsonObject body{{QStringLiteral("model"), faq.model},
                     {QStringLiteral("messages"), faq.messages},
                     {QStringLiteral("answer"), faq.answer}};
    if (!faq.parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), faq.parameters);
    call<CacheEntry>(m_client.post(QStringLiteral("cache/faq"), QJsonDocument(body)), std::move(done),
                     readEntry);
}

void CacheClient::stats(std::function<void(CacheAnswer<CacheStats>)> done)
{
    call<CacheStats>(
        m_client.get(QStringLiteral("cache/stats")), std::move(done),
        [](const QJsonObject& json, QString* error) { return CacheStats::fromJson(json, error); });
}

void CacheClient::servedModels(std::function<void(CacheAnswer<QStringList>)> done)
{
    call<QStringList>(m_client.get(QStringLiteral("info")), std::move(done),
                      [](const QJsonObject& json, QString* error) -> std::optional<QStringList> {
                          const QJsonValue models =
                              json.value(QLatin1String("config")).toObject().value(QLatin1String("models"));
                          if (!models.isArray()) {
                              *error = tr("it has no \"config.models\" list");
                              return std::nullopt;
                          }
                          QStringList names;
                          for (const QJsonValue m : models.toArray())
                              names << m.toObject().value(QLatin1String("name")).toString();
                          return names;
                      });
}

} // namespace gatehouse
