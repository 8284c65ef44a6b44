#include "gateway/cache/WalCheckpointer.h"

#include "gateway/state/SqliteDatabase.h"

#include <memory>

namespace gatehouse::gateway {

WalCheckpointer::WalCheckpointer(std::filesystem::path file, std::chrono::milliseconds interval)
    : m_file(std::move(file))
    , m_interval(interval)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run()
{
    std::unique_ptr<state::SqliteDatabase> db;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_interval, [this] { return m_stop; })) {
        lock.unlock();
        try {
            if (!db)
                db = std::make_unique<state::SqliteDatabase>(m_file);
            db->exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const state::StateError&) {
            db.reset(); // the serving connection reports what is wrong with the file; try again later
        }
        lock.lock();
    }
}

} // namespace gatehouse::gateway
