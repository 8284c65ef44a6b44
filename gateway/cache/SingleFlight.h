#pragma once

#include "gateway/cache/CacheEntry.h"

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace gatehouse::gateway {

// Lets N concurrent identical cache misses make one upstream call: the first request for a key
// leads and asks the upstream; the others follow, waiting (at most `wait`) for the leader's
// answer to replay. If the leader's answer cannot be stored (an error, a filtered answer) or the
// wait runs out, each follower goes on its own. Shared by all worker threads.
class SingleFlight
{
public:
    using Executor = boost::asio::any_io_executor;
    // The leader's entry, or null: go on your own.
    using Landed = std::function<void(std::shared_ptr<const CacheEntry>)>;

    // True: the caller leads the flight for `key` and must call land() once. False: it follows,
    // and `landed` runs on `executor` exactly once.
    bool leadOrFollow(const std::string& key, const Executor& executor, std::chrono::milliseconds wait,
                      Landed landed);
    // The leader is done: `entry` is its stored answer, or null when there is none.
    void land(const std::string& key, std::shared_ptr<const CacheEntry> entry);

private:
    struct Follower;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::vector<std::shared_ptr<Follower>>> m_flights;
};

} // namespace gatehouse::gateway
