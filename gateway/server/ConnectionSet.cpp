#include "gateway/server/ConnectionSet.h"

#include <vector>

namespace gatehouse::gateway {

void ConnectionSet::add(Connection* connection)
{
    bool stopping = false;
    {
        const std::lock_guard lock(m_mutex);
        m_connections.insert(connection);
        stopping = m_stopping;
    }
    if (stopping)
        connection->stop();
}

void ConnectionSet::remove(Connection* connection)
{
    const std::lock_guard lock(m_mutex);
    m_connections.erase(connection);
}

void ConnectionSet::stopAll()
{
    std::vector<Connection*> connections;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        connections.assign(m_connections.begin(), m_connections.end());
    }
    // stop() may end a connection, which removes itself: outside the lock, over a copy.
    for (Connection* connection : connections)
        connection->stop();
}

bool ConnectionSet::isStopping() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopping;
}

std::size_t ConnectionSet::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_connections.size();
}

} // namespace gatehouse::gateway
