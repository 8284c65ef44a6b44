#pragma once

// The rig of the response-cache tests: a demo upstream (a gatehoused with fast, slow and failing
// demo models, whose /metrics count the calls that reached it), a gateway in front of it with the
// cache on the backend asked for (SQLite in its state directory, or a real redis-server started
// here), and the helpers the cases share. Used by tst_gatehousedcache (lookups and storing),
// tst_gatehousedcacheadmin (the admin API's cache entries) and tst_gatehousedcacheredis.

#include "tests/support/GatehousedProcess.h"
#include "tests/support/MetricSum.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"
#include "tests/support/RedisServerProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gatehouse::test {

class CacheGatehoused : public GatehousedProcess
{
public:
    explicit CacheGatehoused(const QStringList& arguments);
};

struct Ask
{
    QByteArray model = "chat";
    bool stream = false;
    bool includeUsage = false;
    double temperature = 0;
    QByteArray headers; // complete header lines
    QJsonObject extra;  // more body fields
};

QByteArray chatBody(const QString& question, const Ask& ask);
// The X-Gatehouse-Cache header: HIT, STORE, MISS, BYPASS…
QByteArray verdict(const HttpResult& result);
QJsonObject eventJson(const QByteArray& event);

// What a client makes of a streamed answer: the text, the finish reason, the usage (if any),
// and whether it ended with [DONE].
struct StreamedAnswer
{
    QString text;
    QString finishReason;
    QJsonObject usage;
    bool done = false;
    int contentEvents = 0;
};

StreamedAnswer readStream(const HttpResult& result);

// The base of the cache test classes (each a QObject with its own slots).
class CacheTestRig : public QObject
{
protected:
    // Starts Redis (backend "redis"), the upstream and the gateway; the problem, or empty.
    QString startRig(const QString& backend);
    void stopRig();
    // GATEHOUSE_CACHE_BACKEND, sqlite when unset.
    static QString backendFromEnvironment();

    HttpResult admin(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                     quint16 port = 0);
    void verifyContract(const QByteArray& method, const QString& pathTemplate, const HttpResult& result,
                        int status);
    // `text` made unique to this run and backend, so that no case meets another's entries.
    QString unique(const QString& text);
    HttpResult ask(const QString& question, const Ask& how = {}, quint16 port = 0);
    // A gateway in front of the upstream; `cacheExtra` adds lines to its [cache] table.
    std::unique_ptr<CacheGatehoused> startGateway(const QString& name, const QByteArray& cacheExtra);

    static constexpr const char* adminToken = "test-admin-token-for-the-cache";

    QTemporaryDir m_dir;
    OpenApiContract m_contract{OpenApiContract::projectDocument()};
    QString m_backend;
    std::unique_ptr<RedisServerProcess> m_redis;
    std::unique_ptr<CacheGatehoused> m_upstream;
    std::unique_ptr<CacheGatehoused> m_gateway;
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    int m_counter = 0;
};

} // namespace gatehouse::test
