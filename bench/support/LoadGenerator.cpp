#include "LoadGenerator.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>

namespace gatehouse::bench {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

double LoadResult::requestsPerSecond() const
{
    return seconds > 0 ? double(latenciesUs.size()) / seconds : 0;
}

double LoadResult::quantileMs(double q) const
{
    if (latenciesUs.empty())
        return 0;
    std::vector<std::uint32_t> sorted = latenciesUs;
    const auto rank = static_cast<std::size_t>(std::ceil(q * double(sorted.size()))) - (q > 0 ? 1 : 0);
    const auto at = sorted.begin() + static_cast<std::ptrdiff_t>(std::min(rank, sorted.size() - 1));
    std::nth_element(sorted.begin(), at, sorted.end());
    return double(*at) / 1000.0;
}

namespace {

class Load
{
public:
    // Request i goes to ports[i % ports.size()]; each port has its own connections and result.
    Load(const std::vector<std::uint16_t>& ports, const std::vector<std::string>& bodies)
        : m_targets(ports.size())
    {
        for (std::size_t t = 0; t < ports.size(); ++t)
            m_targets[t].endpoint = tcp::endpoint(asio::ip::make_address("127.0.0.1"), ports[t]);
        m_requests.reserve(bodies.size());
        for (const std::string& body : bodies)
            m_requests.push_back(
                "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                std::to_string(body.size()) + "\r\n\r\n" + body);
    }

    // `rate` requests per second to each port, the ports' schedules interleaved evenly.
    std::vector<LoadResult> openLoop(double rate, std::chrono::milliseconds duration, unsigned maxConnections)
    {
        m_maxConnections = maxConnections;
        for (std::size_t t = 0; t < m_targets.size(); ++t)
            for (unsigned i = 0; i < std::min(64u, maxConnections); ++i)
                m_targets[t].idle.push_back(open(t));
        m_start = Clock::now();
        m_end = m_start + duration;
        m_interval = std::chrono::duration<double>(1.0 / (rate * double(m_targets.size())));
        asio::steady_timer timer(m_io);
        tick(timer);
        m_io.run();
        return finish();
    }

    // The first port only.
    LoadResult closedLoop(unsigned connections, std::chrono::milliseconds duration)
    {
        m_closedLoop = true;
        std::vector<Connection*> all;
        for (unsigned i = 0; i < connections; ++i)
            all.push_back(open(0));
        m_start = Clock::now();
        m_end = m_start + duration;
        for (Connection* c : all)
            if (mayStart())
                send(*c, Clock::now());
        m_io.run();
        return std::move(finish().front());
    }

    LoadResult eachOnce(unsigned connections)
    {
        m_eachOnce = true;
        return closedLoop(std::max(1u, std::min<unsigned>(connections, unsigned(m_requests.size()))),
                          std::chrono::hours(24 * 365));
    }

private:
    struct Connection
    {
        Connection(asio::io_context& io, std::size_t target)
            : socket(io)
            , target(target)
        {}
        tcp::socket socket;
        std::size_t target;
        boost::beast::flat_buffer buffer;
        http::response<http::string_body> response;
        Clock::time_point due;
    };

    struct Target
    {
        tcp::endpoint endpoint;
        std::vector<Connection*> idle;
        std::deque<Clock::time_point> pending; // due requests waiting for a connection
        unsigned connections = 0;
        LoadResult result;
    };

    Connection* open(std::size_t target)
    {
        auto connection = std::make_unique<Connection>(m_io, target);
        connection->socket.connect(m_targets[target].endpoint);
        connection->socket.set_option(tcp::no_delay(true));
        ++m_targets[target].connections;
        m_connections.push_back(std::move(connection));
        return m_connections.back().get();
    }

    void tick(asio::steady_timer& timer)
    {
        const auto now = Clock::now();
        const auto due = [this](std::uint64_t i) {
            return m_start + std::chrono::duration_cast<Clock::duration>(m_interval * double(i));
        };
        for (; due(m_issued) <= now && due(m_issued) < m_end; ++m_issued) {
            const std::size_t t = m_issued % m_targets.size();
            Target& target = m_targets[t];
            if (!target.idle.empty()) {
                Connection* c = target.idle.back();
                target.idle.pop_back();
                send(*c, due(m_issued));
            } else if (target.connections < m_maxConnections) {
                send(*open(t), due(m_issued));
            } else {
                target.pending.push_back(due(m_issued));
                ++m_pending;
            }
        }
        if (due(m_issued) >= m_end) {
            m_scheduleDone = true;
            return; // the answers still due end the run
        }
        timer.expires_at(due(m_issued));
        timer.async_wait([this, &timer](const boost::system::error_code&) { tick(timer); });
    }

    // Whether the closed loop sends another request: not once every body of the each-once mode went.
    bool mayStart() const { return !m_eachOnce || m_sent < m_requests.size(); }

    void send(Connection& c, Clock::time_point due)
    {
        ++m_inFlight;
        c.due = due;
        const std::string& request = m_requests[m_sent++ % m_requests.size()];
        asio::async_write(
            c.socket, asio::buffer(request), [this, &c](const boost::system::error_code& ec, std::size_t) {
                if (ec) {
                    done(c, false);
                    return;
                }
                c.response = {};
                http::async_read(c.socket, c.buffer, c.response,
                                 [this, &c](const boost::system::error_code& readError, std::size_t) {
                                     done(c, !readError && c.response.result_int() == 200);
                                 });
            });
    }

    void done(Connection& c, bool ok)
    {
        --m_inFlight;
        const auto now = Clock::now();
        Target& target = m_targets[c.target];
        if (ok) {
            target.result.latenciesUs.push_back(static_cast<std::uint32_t>(
                std::chrono::duration_cast<std::chrono::microseconds>(now - c.due).count()));
        } else {
            ++target.result.errors;
            boost::system::error_code ignored;
            c.socket.close(ignored);
            c.socket = tcp::socket(m_io);
            c.buffer.clear();
            c.socket.connect(target.endpoint, ignored);
            if (!ignored)
                c.socket.set_option(tcp::no_delay(true), ignored);
        }
        if (!target.pending.empty()) {
            const auto due = target.pending.front();
            target.pending.pop_front();
            --m_pending;
            send(c, due);
        } else if (m_closedLoop && now < m_end && mayStart()) {
            send(c, now);
        } else {
            target.idle.push_back(&c);
        }
        if (m_inFlight == 0 && m_pending == 0 &&
            (m_closedLoop ? now >= m_end || !mayStart() : m_scheduleDone)) {
            m_finished = now;
            m_io.stop();
        }
    }

    std::vector<LoadResult> finish()
    {
        const double seconds = std::chrono::duration<double>(
                                   (m_finished == Clock::time_point{} ? Clock::now() : m_finished) - m_start)
                                   .count();
        std::vector<LoadResult> results;
        for (Target& target : m_targets) {
            target.result.seconds = seconds;
            results.push_back(std::move(target.result));
        }
        return results;
    }

    asio::io_context m_io{1};
    std::vector<Target> m_targets;
    std::vector<std::string> m_requests; // complete HTTP requests, sent in turn
    std::uint64_t m_sent = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::uint64_t m_pending = 0; // over all targets
    std::chrono::duration<double> m_interval{};
    Clock::time_point m_start, m_end, m_finished;
    std::uint64_t m_issued = 0;
    std::uint64_t m_inFlight = 0;
    unsigned m_maxConnections = 0;
    bool m_closedLoop = false;
    bool m_eachOnce = false;
    bool m_scheduleDone = false;
};

} // namespace

LoadResult runOpenLoop(std::uint16_t port, const std::string& body, double rate,
                       std::chrono::milliseconds duration, unsigned maxConnections)
{
    return runOpenLoop(port, std::vector<std::string>{body}, rate, duration, maxConnections);
}

LoadResult runClosedLoop(std::uint16_t port, const std::string& body, unsigned connections,
                         std::chrono::milliseconds duration)
{
    return runClosedLoop(port, std::vector<std::string>{body}, connections, duration);
}

LoadResult runOpenLoop(std::uint16_t port, const std::vector<std::string>& bodies, double rate,
                       std::chrono::milliseconds duration, unsigned maxConnections)
{
    if (bodies.empty())
        return {};
    Load load({port}, bodies);
    return std::move(load.openLoop(rate, duration, maxConnections).front());
}

LoadResult runClosedLoop(std::uint16_t port, const std::vector<std::string>& bodies, unsigned connections,
                         std::chrono::milliseconds duration)
{
    if (bodies.empty())
        return {};
    Load load({port}, bodies);
    return load.closedLoop(connections, duration);
}

LoadResult runEachOnce(std::uint16_t port, const std::vector<std::string>& bodies, unsigned connections)
{
    if (bodies.empty())
        return {};
    Load load({port}, bodies);
    return load.eachOnce(connections);
}

std::vector<LoadResult> runOpenLoopSideBySide(const std::vector<std::uint16_t>& ports,
                                              const std::string& body, double rate,
                                              std::chrono::milliseconds duration, unsigned maxConnections)
{
    if (ports.empty())
        return {};
    Load load(ports, {body});
    return load.openLoop(rate, duration, maxConnections);
}

} // namespace gatehouse::bench
