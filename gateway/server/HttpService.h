#pragma once

#include "gateway/server/HttpLimits.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

namespace gatehouse::gateway {

class Router;

// What the server answers with: the routes (and, through them, everything they serve from) and
// the connection limits. A config reload swaps the whole of it at once.
struct HttpService
{
    std::shared_ptr<const Router> router;
    std::shared_ptr<const HttpLimits> limits;
};

// The service in effect, shared by the accepting thread, the workers and whoever reloads. A
// connection takes the current service when a request begins and holds it until that request's
// answer is complete (its response writer keeps it), so a reload never changes a request midway
// and the old routes live exactly as long as requests still use them.
class HttpServiceSlot
{
public:
    explicit HttpServiceSlot(HttpService initial);

    HttpService current() const;
    // Cheap to poll: changes with every replace().
    std::uint64_t version() const { return m_version.load(std::memory_order_acquire); }
    void replace(HttpService next);

private:
    mutable std::mutex m_mutex;
    HttpService m_service;
    std::atomic<std::uint64_t> m_version{1};
};

} // namespace gatehouse::gateway
