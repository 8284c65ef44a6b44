#include "gateway/http/Deadline.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <algorithm>
#include <stdexcept>

namespace gatehouse::gateway::http {

// The one timer of an io_context's deadlines, kept as a service of the io_context: created with
// the first deadline, shut down with the context.
class DeadlineSweep : public boost::asio::execution_context::service
{
public:
    static boost::asio::execution_context::id id;

    explicit DeadlineSweep(boost::asio::io_context& context)
        : boost::asio::execution_context::service(context)
        , m_timer(context) // before this service is registered: its timer service outlives it
    {}

    static DeadlineSweep& of(const boost::asio::any_io_executor& executor)
    {
        const auto* target = executor.target<boost::asio::io_context::executor_type>();
        if (!target)
            throw std::logic_error("http::Deadline: the executor is not an io_context's");
        return boost::asio::use_service<DeadlineSweep>(target->context());
    }

    void arm(Deadline& deadline, Deadline::Clock::time_point when)
    {
        if (m_shutDown)
            return;
        deadline.m_at = when;
        if (deadline.m_list != &m_armed) {
            unlink(deadline);
            link(deadline, m_armed);
        }
        if (!m_sweeping && (!m_timerSet || when < m_timerAt))
            setTimer(when);
    }

    static void unlink(Deadline& deadline)
    {
        if (!deadline.m_list)
            return;
        if (deadline.m_previous)
            deadline.m_previous->m_next = deadline.m_next;
        else
            *deadline.m_list = deadline.m_next;
        if (deadline.m_next)
            deadline.m_next->m_previous = deadline.m_previous;
        deadline.m_list = nullptr;
        deadline.m_previous = deadline.m_next = nullptr;
    }

private:
    void shutdown() override
    {
        m_shutDown = true;
        m_timer.cancel();
        while (m_armed)
            unlink(*m_armed);
    }

    static void link(Deadline& deadline, Deadline*& list)
    {
        deadline.m_list = &list;
        deadline.m_previous = nullptr;
        deadline.m_next = list;
        if (list)
            list->m_previous = &deadline;
        list = &deadline;
    }

    void setTimer(Deadline::Clock::time_point when)
    {
        m_timerSet = true;
        m_timerAt = when;
        m_timer.expires_at(when); // a wait in progress ends with operation_aborted
        m_timer.async_wait([this](const boost::system::error_code& ec) {
            if (!ec)
                sweep();
        });
    }

    // Runs what is due, then sets the timer for the earliest deadline left. The due ones are moved
    // to a list of their own first: an expiry may disarm, re-arm or destroy any deadline.
    void sweep()
    {
        m_timerSet = false;
        m_sweeping = true;
        const auto now = Deadline::Clock::now();
        Deadline* due = nullptr;
        for (Deadline* d = m_armed; d;) {
            Deadline* next = d->m_next;
            if (d->m_at <= now) {
                unlink(*d);
                link(*d, due);
            }
            d = next;
        }
        while (due) {
            Deadline& d = *due;
            unlink(d);
            d.m_onExpiry();
        }
        m_sweeping = false;
        if (m_shutDown || !m_armed)
            return;
        auto earliest = m_armed->m_at;
        for (const Deadline* d = m_armed->m_next; d; d = d->m_next)
            earliest = std::min(earliest, d->m_at);
        setTimer(earliest);
    }

    boost::asio::steady_timer m_timer;
    Deadline* m_armed = nullptr;
    Deadline::Clock::time_point m_timerAt;
    bool m_timerSet = false;
    bool m_sweeping = false;
    bool m_shutDown = false;
};

boost::asio::execution_context::id DeadlineSweep::id;

Deadline::Deadline(const boost::asio::any_io_executor& executor, std::function<void()> onExpiry)
    : m_sweep(DeadlineSweep::of(executor))
    , m_onExpiry(std::move(onExpiry))
{}

Deadline::~Deadline()
{
    DeadlineSweep::unlink(*this);
}

void Deadline::expiresAfter(Clock::duration timeout)
{
    m_sweep.arm(*this, Clock::now() + timeout);
}

void Deadline::expiresAt(Clock::time_point when)
{
    m_sweep.arm(*this, when);
}

void Deadline::disarm()
{
    DeadlineSweep::unlink(*this);
}

} // namespace gatehouse::gateway::http
