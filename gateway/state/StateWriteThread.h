#pragma once

#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <functional>

namespace gatehouse::gateway::state {

// A thread of its own for writes to the state database, running the jobs posted to it one at a
// time in order: admin changes and periodic flushes go here, so that neither a worker's
// connections nor the accept loop ever wait on the disk or on SQLite's busy timeout while
// another writer holds the database.
class StateWriteThread
{
public:
    StateWriteThread() = default;
    ~StateWriteThread();
    StateWriteThread(const StateWriteThread&) = delete;
    StateWriteThread& operator=(const StateWriteThread&) = delete;

    // Runs `job` on the thread after the jobs posted before it; dropped once stop() was called.
    void post(std::function<void()> job);
    // Waits for the jobs already posted, then ends the thread. Idempotent.
    void stop();

private:
    boost::asio::thread_pool m_thread{1};
    std::atomic<bool> m_stopped{false};
};

} // namespace gatehouse::gateway::state
