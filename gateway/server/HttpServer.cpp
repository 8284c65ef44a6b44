#include "gateway/server/HttpServer.h"

#include "gateway/server/ConnectionSet.h"
#include "gateway/server/HttpService.h"
#include "gateway/server/HttpSession.h"
#include "gateway/server/ListenerTls.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdio>
#include <future>
#include <optional>
#include <thread>
#include <vector>

namespace gatehouse::gateway {

namespace {

using boost::asio::ip::tcp;
using error_code = boost::system::error_code;

// After a failed accept (e.g. out of file descriptors) wait a moment instead of spinning.
constexpr auto acceptRetryDelay = std::chrono::milliseconds(100);

// One worker thread with its own io_context and the connections it serves.
struct Worker
{
    // Declared before the io_context: sessions destroyed with the context remove themselves.
    ConnectionSet connections;
    boost::asio::io_context context{1};
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> keepRunning{
        std::in_place, context.get_executor()};
    std::promise<void> finished;
    std::future<void> finishedFuture = finished.get_future();
    std::thread thread;

    void run()
    {
        for (;;) {
            try {
                context.run();
                break;
            } catch (const std::exception& e) {
                // A handler threw; the connection it served is gone, the others go on.
                std::fprintf(stderr, "gatehoused: worker error: %s\n", e.what());
            }
        }
        finished.set_value();
    }
};

} // namespace

struct HttpServer::Impl
{
    Impl(boost::asio::io_context& acceptContext, std::unique_ptr<HttpServiceSlot> ownService,
         HttpServiceSlot& service_, unsigned workerCount, const ListenerTls* tls_)
        : acceptor(acceptContext)
        , retryTimer(acceptContext)
        , ownedService(std::move(ownService))
        , service(service_)
        , tls(tls_)
    {
        for (unsigned i = 0; i < std::max(workerCount, 1U); ++i)
            workers.push_back(std::make_unique<Worker>());
    }

    void accept()
    {
        Worker& worker = *workers[nextWorker];
        nextWorker = (nextWorker + 1) % workers.size();
        acceptor.async_accept(worker.context, [this, &worker](error_code ec, tcp::socket socket) {
            if (stopping || ec == boost::asio::error::operation_aborted)
                return;
            if (ec) {
                std::fprintf(stderr, "gatehoused: cannot accept a connection: %s\n", ec.message().c_str());
                retryTimer.expires_after(acceptRetryDelay);
                retryTimer.async_wait([this](error_code timerError) {
                    if (!timerError && !stopping)
                        accept();
                });
                return;
            }
            if (tls) {
                boost::asio::post(worker.context, [this, &worker, socket = std::move(socket),
                                                   context = tls->current()]() mutable {
                    startHttpsSession(std::move(socket), std::move(context), service, worker.connections);
                });
            } else {
                boost::asio::post(worker.context, [this, &worker, socket = std::move(socket)]() mutable {
                    startHttpSession(std::move(socket), service, worker.connections);
                });
            }
            accept();
        });
    }

    tcp::acceptor acceptor;
    boost::asio::steady_timer retryTimer;
    std::unique_ptr<HttpServiceSlot> ownedService; // when constructed from a fixed router
    HttpServiceSlot& service;
    const ListenerTls* tls;
    std::vector<std::unique_ptr<Worker>> workers;
    std::size_t nextWorker = 0;
    bool started = false;
    bool stopping = false;
    std::chrono::steady_clock::time_point stopDeadline;
};

HttpServer::HttpServer(boost::asio::io_context& acceptContext, const Router& router, HttpLimits limits,
                       unsigned workers, const ListenerTls* tls)
{
    // The router is the caller's: held without ownership.
    auto fixed = std::make_unique<HttpServiceSlot>(
        HttpService{std::shared_ptr<const Router>(std::shared_ptr<const Router>(), &router),
                    std::make_shared<const HttpLimits>(limits)});
    HttpServiceSlot& slot = *fixed;
    m_impl = std::make_unique<Impl>(acceptContext, std::move(fixed), slot, workers, tls);
}

HttpServer::HttpServer(boost::asio::io_context& acceptContext, HttpServiceSlot& service, unsigned workers,
                       const ListenerTls* tls)
    : m_impl(std::make_unique<Impl>(acceptContext, nullptr, service, workers, tls))
{}

HttpServer::~HttpServer()
{
    // Normally join() already ran; otherwise end the workers now rather than hang.
    for (auto& worker : m_impl->workers) {
        worker->context.stop();
        if (worker->thread.joinable())
            worker->thread.join();
    }
}

ListenAddress HttpServer::listen(const ListenAddress& address)
{
    const auto fail = [&](const error_code& ec) {
        error_code ignored;
        m_impl->acceptor.close(ignored);
        throw ListenError("cannot listen on " + address.toString() + ": " + ec.message());
    };

    error_code ec;
    const auto ip = boost::asio::ip::make_address(address.host, ec);
    if (ec)
        fail(ec);
    const tcp::endpoint endpoint(ip, address.port);
    tcp::acceptor& acceptor = m_impl->acceptor;
    if (acceptor.open(endpoint.protocol(), ec); ec)
        fail(ec);
    // Lets a restarted gatehoused bind while old connections linger in TIME_WAIT; a port that
    // another process listens on still fails with "Address already in use".
    if (acceptor.set_option(tcp::acceptor::reuse_address(true), ec); ec)
        fail(ec);
    if (acceptor.bind(endpoint, ec); ec)
        fail(ec);
    if (acceptor.listen(tcp::acceptor::max_listen_connections, ec); ec)
        fail(ec);
    const tcp::endpoint bound = acceptor.local_endpoint(ec);
    if (ec)
        fail(ec);
    return ListenAddress{bound.address().to_string(), bound.port()};
}

void HttpServer::start()
{
    if (m_impl->started)
        return;
    m_impl->started = true;
    for (auto& worker : m_impl->workers)
        worker->thread = std::thread([w = worker.get()] { w->run(); });
    m_impl->accept();
}

void HttpServer::stop()
{
    if (m_impl->stopping)
        return;
    m_impl->stopping = true;
    m_impl->stopDeadline = std::chrono::steady_clock::now() + m_impl->service.current().limits->shutdownGrace;
    error_code ignored;
    m_impl->acceptor.close(ignored);
    m_impl->retryTimer.cancel();
    for (auto& worker : m_impl->workers) {
        boost::asio::post(worker->context, [w = worker.get()] { w->connections.stopAll(); });
        // Without the guard, a worker's run() returns once its last connection is closed.
        worker->keepRunning.reset();
    }
}

void HttpServer::join()
{
    if (!m_impl->stopping)
        stop();
    for (auto& worker : m_impl->workers) {
        if (!worker->thread.joinable())
            continue;
        if (worker->finishedFuture.wait_until(m_impl->stopDeadline) == std::future_status::timeout)
            worker->context.stop(); // grace is over: drop the connections still open
        worker->thread.join();
    }
}

} // namespace gatehouse::gateway
