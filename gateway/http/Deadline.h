#pragma once

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <functional>

namespace gatehouse::gateway::http {

class DeadlineSweep;

// A connection's timeout. When it passes, `onExpiry` runs on the io_context's thread (typically
// it closes the socket, which ends the operations in progress).
//
// All the deadlines of one io_context share one timer (DeadlineSweep). Arming, moving and
// disarming a deadline only writes a few pointers. A timer per operation, as Beast's tcp_stream
// keeps, costs a timerfd_settime system call each time the earliest expiry changes: four per
// proxied request. The shared timer is set again only when a deadline is due, or when one is
// armed earlier than any other.
//
// A deadline is used from its io_context's thread only: gatehoused runs each io_context on one
// thread.
class Deadline
{
public:
    using Clock = std::chrono::steady_clock;

    // `executor` must belong to an io_context.
    Deadline(const boost::asio::any_io_executor& executor, std::function<void()> onExpiry);
    ~Deadline();

    Deadline(const Deadline&) = delete;
    Deadline& operator=(const Deadline&) = delete;

    // From now on; arming again replaces the earlier time.
    void expiresAfter(Clock::duration timeout);
    void expiresAt(Clock::time_point when);
    void disarm();
    bool armed() const { return m_list != nullptr; }

private:
    friend class DeadlineSweep;

    DeadlineSweep& m_sweep;
    std::function<void()> m_onExpiry;
    Clock::time_point m_at;
    // Linked into the sweep's armed list (or, while a sweep runs, its list of due deadlines).
    Deadline** m_list = nullptr;
    Deadline* m_previous = nullptr;
    Deadline* m_next = nullptr;
};

} // namespace gatehouse::gateway::http
