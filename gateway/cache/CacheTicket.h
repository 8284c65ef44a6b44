#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace gatehouse::gateway {

// What the cache stage decided for one chat completion (ChatExchange::cache), and what it tells
// the client in X-Gatehouse-Cache.
struct CacheTicket
{
    enum class Verdict
    {
        Bypass, // not consulted: no-store, cache off for the model, backend down or slow
        Miss,   // looked up, not found, and the answer is not stored (outside the bounds, not successful)
        Hit,    // answered from the cache
        Store   // answered by an upstream and stored (for streams: stored if it completes cleanly)
    };

    Verdict verdict = Verdict::Bypass;
    std::string key;         // CacheKey digest (empty when bypassed)
    std::string canonical;   // CacheKey canonical form
    std::string questionKey; // CacheKey questionDigest: where an FAQ answer to the question is
    std::chrono::seconds ttl{0};
    bool lookUp = false;   // look the key up (false for Cache-Control: no-cache)
    bool mayStore = false; // within the determinism bounds, successful answers are stored
    bool leader = false;   // holds the single flight for `key` until the exchange is over

    std::string_view header() const
    {
        switch (verdict) {
        case Verdict::Hit:
            return "HIT";
        case Verdict::Miss:
            return "MISS";
        case Verdict::Store:
            return "STORE";
        case Verdict::Bypass:
            break;
        }
        return "BYPASS";
    }
};

} // namespace gatehouse::gateway
