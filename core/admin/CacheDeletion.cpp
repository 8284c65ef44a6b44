#include "core/admin/CacheDeletion.h"

#include "core/admin/CacheClient.h"

#include <QTimer>

namespace gatehouse {

CacheDeletion::CacheDeletion(CacheClient& client, QStringList ids, QObject* parent)
    : QObject(parent)
    , m_client(&client)
    , m_ids(std::move(ids))
{}

void CacheDeletion::start()
{
    if (m_started)
        return;
    m_started = true;
    sendNext();
    settle(); // an empty list finishes at once (queued, like every other finish)
}

void CacheDeletion::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    settle();
}

void CacheDeletion::sendNext()
{
    while (!m_cancelled && m_client && m_inFlight < parallel && m_next < m_ids.size()) {
        const QString id = m_ids.at(m_next++);
        ++m_inFlight;
        QPointer<CacheDeletion> self(this);
        m_client->remove(id, [self, id](CacheAnswer<bool> answer) {
            if (!self)
                return;
            --self->m_inFlight;
            if (answer || answer.status == 404) {
                self->m_deleted << id;
                emit self->entryDeleted(id);
            } else {
                self->m_failed << id;
                self->m_lastError = answer.error;
            }
            emit self->progressed(self->finishedCount(), self->total());
            self->sendNext();
            self->settle();
        });
    }
}

void CacheDeletion::settle()
{
    if (m_done || m_inFlight > 0)
        return;
    if (!m_cancelled && m_client && m_next < m_ids.size())
        return;
    m_done = true;
    QTimer::singleShot(0, this, &CacheDeletion::finished);
}

} // namespace gatehouse
