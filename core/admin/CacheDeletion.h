#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace gatehouse {

class CacheClient;

// Deletes a list of cache entries one request each, a few at a time, with progress; cancel stops
// sending more (the ones already sent finish). An entry already gone (404) counts as deleted.
// Afterwards deleted(), failed() with the last error, and the ids never tried (cancelled) are known,
// so the caller can retry exactly the failures.
class CacheDeletion : public QObject
{
    Q_OBJECT
public:
    static constexpr int parallel = 4;

    CacheDeletion(CacheClient& client, QStringList ids, QObject* parent = nullptr);

    void start();
    void cancel();

    int total() const { return int(m_ids.size()); }
    int finishedCount() const { return int(m_deleted.size() + m_failed.size()); }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const { return m_started && !m_done; }
    const QStringList& deleted() const { return m_deleted; }
    const QStringList& failed() const { return m_failed; }
    QStringList untried() const { return m_ids.mid(m_next); }
    const QString& lastError() const { return m_lastError; }

signals:
    void progressed(int finished, int total);
    void entryDeleted(const QString& id);
    void finished();

private:
    void sendNext();
    void settle();

    QPointer<CacheClient> m_client;
    QStringList m_ids;
    QStringList m_deleted;
    QStringList m_failed;
    QString m_lastError;
    int m_next = 0;
    int m_inFlight = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace gatehouse
