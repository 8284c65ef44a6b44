#include "gateway/cache/SingleFlight.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>

namespace gatehouse::gateway {

// A follower lives on its executor's thread: `landed` and the timer only run there, so `done`
// needs no lock.
struct SingleFlight::Follower
{
    Follower(const Executor& on, Landed callback)
        : executor(on)
        , timer(on)
        , landed(std::move(callback))
    {}

    void finish(std::shared_ptr<const CacheEntry> entry)
    {
        if (done)
            return;
        done = true;
        timer.cancel();
        landed(std::move(entry));
    }

    Executor executor;
    boost::asio::steady_timer timer;
    Landed landed;
    bool done = false;
};

bool SingleFlight::leadOrFollow(const std::string& key, const Executor& executor,
                                std::chrono::milliseconds wait, Landed landed)
{
    const std::lock_guard lock(m_mutex);
    const auto flight = m_flights.find(key);
    if (flight == m_flights.end()) {
        m_flights.emplace(key, std::vector<std::shared_ptr<Follower>>{});
        return true;
    }
    auto follower = std::make_shared<Follower>(executor, std::move(landed));
    flight->second.push_back(follower);
    follower->timer.expires_after(wait);
    follower->timer.async_wait(
        [this, key, weak = std::weak_ptr<Follower>(follower)](boost::system::error_code ec) {
            const auto self = weak.lock();
            if (ec || !self || self->done)
                return;
            {
                const std::lock_guard relock(m_mutex);
                if (const auto it = m_flights.find(key); it != m_flights.end())
                    std::erase(it->second, self);
            }
            self->finish(nullptr);
        });
    return false;
}

void SingleFlight::land(const std::string& key, std::shared_ptr<const CacheEntry> entry)
{
    std::vector<std::shared_ptr<Follower>> followers;
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_flights.find(key);
        if (it == m_flights.end())
            return;
        followers = std::move(it->second);
        m_flights.erase(it);
    }
    for (auto& follower : followers)
        boost::asio::post(follower->executor, [follower, entry] { follower->finish(entry); });
}

} // namespace gatehouse::gateway
