#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

namespace gatehouse::gateway {

// Copies a WAL database's log back into the file from a thread and connection of its own, every
// `interval` (PRAGMA wal_checkpoint(PASSIVE): it never waits for, or blocks, readers and writers).
// The connection that serves lookups turns its own automatic checkpoints off, so the random page
// writes and the fdatasync of a checkpoint never stall a lookup queued behind them.
class WalCheckpointer
{
public:
    WalCheckpointer(std::filesystem::path file, std::chrono::milliseconds interval);
    ~WalCheckpointer(); // stops the thread (a checkpoint in progress finishes first)
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

private:
    void run();

    std::filesystem::path m_file;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace gatehouse::gateway
