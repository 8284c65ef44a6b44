#include "gateway/state/StateWriteThread.h"

#include <boost/asio/post.hpp>

namespace gatehouse::gateway::state {

StateWriteThread::~StateWriteThread()
{
    stop();
}

void StateWriteThread::post(std::function<void()> job)
{
    if (!m_stopped.load())
        boost::asio::post(m_thread, std::move(job));
}

void StateWriteThread::stop()
{
    m_stopped.store(true);
    m_thread.join();
}

} // namespace gatehouse::gateway::state
