#include "gateway/server/ConnectionSet.h"

#include <vector>

namespace gatehouse::gateway {

void ConnectionSet::add(Connection* connection)
{
    m_connections.insert(connection);
    if (m_stopping)
        connection->stop();
}

void ConnectionSet::remove(Connection* connection)
{
    m_connections.erase(connection);
}

void ConnectionSet::stopAll()
{
    m_stopping = true;
    // stop() may end a connection, which removes itself: iterate over a copy.
    const std::vector<Connection*> connections(m_connections.begin(), m_connections.end());
    for (Connection* connection : connections)
        connection->stop();
}

} // namespace gatehouse::gateway
