#include "gateway/routing/CircuitBreaker.h"

namespace gatehouse::gateway {

CircuitBreaker::CircuitBreaker(unsigned threshold, std::chrono::milliseconds openFor)
    : m_threshold(threshold == 0 ? 1 : threshold)
    , m_openFor(openFor)
{}

bool CircuitBreaker::allowRequest(Clock::time_point now)
{
    switch (m_state) {
    case State::Closed:
        return true;
    case State::HalfOpen:
        return false;
    case State::Open:
        if (now - m_openedAt < m_openFor)
            return false;
        m_state = State::HalfOpen;
        return true;
    }
    return false;
}

bool CircuitBreaker::wouldAllow(Clock::time_point now) const
{
    return m_state == State::Closed || (m_state == State::Open && now - m_openedAt >= m_openFor);
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_state = State::Closed;
}

void CircuitBreaker::recordFailure(Clock::time_point now)
{
    ++m_failures;
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_state = State::Open;
        m_openedAt = now;
    }
}

void CircuitBreaker::recordAbandoned()
{
    if (m_state == State::HalfOpen) // let the next request probe
        m_state = State::Open;
}

} // namespace gatehouse::gateway
