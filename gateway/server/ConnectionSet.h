#pragma once

#include <cstddef>
#include <mutex>
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

// The open connections of one worker thread, so that a shutdown can reach the idle ones. Locked:
// a session ends where its last owner lets go, which may be the cache's or the rules' thread
// holding the response writer of an admin call.
class ConnectionSet
{
public:
    void add(Connection* connection);
    void remove(Connection* connection);
    // Asks every connection to stop; connections added afterwards are stopped at once.
    void stopAll();
    bool isStopping() const;
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_set<Connection*> m_connections;
    bool m_stopping = false;
};

} // namespace gatehouse::gateway
