#pragma once

#include <cstddef>
#include <unordered_set>

namespace gatehouse::gateway {

// A client connection as the server's shutdown sees it.
class Connection
{
public:
    virtual ~Connection() = default;
    // Close now if waiting for a request; otherwise finish the current response, then close.
    virtual void stop() = 0;
};

// The open connections of one worker thread, so that a shutdown can reach the idle ones.
// Used only on that worker's thread, hence no locking.
class ConnectionSet
{
public:
    void add(Connection* connection);
    void remove(Connection* connection);
    // Asks every connection to stop; connections added afterwards are stopped at once.
    void stopAll();
    bool isStopping() const { return m_stopping; }
    std::size_t size() const { return m_connections.size(); }

private:
    std::unordered_set<Connection*> m_connections;
    bool m_stopping = false;
};

} // namespace gatehouse::gateway
