#include "gateway/server/HttpService.h"

#include <utility>

namespace gatehouse::gateway {

HttpServiceSlot::HttpServiceSlot(HttpService initial)
    : m_service(std::move(initial))
{}

HttpService HttpServiceSlot::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_service;
}

void HttpServiceSlot::replace(HttpService next)
{
    HttpService previous;
    {
        const std::lock_guard lock(m_mutex);
        previous = std::exchange(m_service, std::move(next));
        m_version.fetch_add(1, std::memory_order_acq_rel);
    }
    // `previous` is released here, outside the lock; requests still using it keep it alive.
}

} // namespace gatehouse::gateway
