// http::writeAtOnce on real TCP sockets over 127.0.0.1: a write the kernel takes whole completes
// inside the call; a larger one completes later with every byte in order; a failed write and a
// write on a blocking socket complete through the event loop, never inside the call.

#include "gateway/http/WriteAtOnce.h"

#include <QTest>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>

#include <optional>
#include <string>

using boost::asio::ip::tcp;
using gatehouse::gateway::http::writeAtOnce;
using error_code = boost::system::error_code;

namespace {

// A connected pair of sockets on 127.0.0.1.
struct Connection
{
    explicit Connection(boost::asio::io_context& context)
        : writer(context)
        , reader(context)
    {
        tcp::acceptor acceptor(context, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
        writer.connect(acceptor.local_endpoint());
        acceptor.accept(reader);
    }
    tcp::socket writer;
    tcp::socket reader;
};

struct Outcome
{
    bool returned = false; // writeAtOnce has returned
    bool insideTheCall = false;
    std::optional<error_code> error;
    std::size_t bytes = 0;
};

// Calls writeAtOnce and tells whether it completed before returning.
void write(tcp::socket& socket, const std::string& data, Outcome& outcome)
{
    writeAtOnce(socket, boost::asio::buffer(data), [&outcome](const error_code& ec, std::size_t n) {
        outcome.insideTheCall = !outcome.returned;
        outcome.error = ec;
        outcome.bytes = n;
    });
    outcome.returned = true;
}

} // namespace

class TestGatewayWriteAtOnce : public QObject
{
    Q_OBJECT

private slots:
    void aSmallWriteCompletesInsideTheCall()
    {
        boost::asio::io_context context{1};
        Connection connection(context);
        connection.writer.non_blocking(true);
        const std::string data = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        Outcome outcome;
        write(connection.writer, data, outcome);
        QVERIFY(outcome.error.has_value());
        QVERIFY(outcome.insideTheCall);
        QVERIFY(!*outcome.error);
        QCOMPARE(outcome.bytes, data.size());
        std::string received(data.size(), '\0');
        boost::asio::read(connection.reader, boost::asio::buffer(received));
        QCOMPARE(received, data);
    }

    void aLargeWriteFinishesLaterWithEveryByteInOrder()
    {
        boost::asio::io_context context{1};
        Connection connection(context);
        connection.writer.non_blocking(true);
        std::string data(std::size_t{32} * 1024 * 1024, '\0'); // more than any socket buffer holds
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>('a' + (i * 7919) % 26);
        Outcome outcome;
        write(connection.writer, data, outcome);
        QVERIFY(!outcome.error.has_value()); // the rest waits for the reader
        std::string received(data.size(), '\0');
        std::size_t got = 0;
        while (got < data.size()) {
            got += connection.reader.read_some(
                boost::asio::buffer(received.data() + got, received.size() - got));
            context.poll();
        }
        context.restart();
        context.run(); // the write's completion
        QVERIFY(outcome.error.has_value());
        QVERIFY(!outcome.insideTheCall);
        QVERIFY(!*outcome.error);
        QCOMPARE(outcome.bytes, data.size());
        QVERIFY(received == data);
    }

    void aFailedWriteCompletesThroughTheEventLoop()
    {
        boost::asio::io_context context{1};
        Connection connection(context);
        connection.writer.non_blocking(true);
        connection.writer.shutdown(tcp::socket::shutdown_send);
        Outcome outcome;
        write(connection.writer, "too late", outcome);
        QVERIFY(!outcome.error.has_value());
        context.run();
        QVERIFY(outcome.error.has_value());
        QVERIFY(!outcome.insideTheCall);
        QVERIFY(*outcome.error); // EPIPE
    }

    void aBlockingSocketIsWrittenAsynchronously()
    {
        boost::asio::io_context context{1};
        Connection connection(context);
        QVERIFY(!connection.writer.non_blocking());
        Outcome outcome;
        write(connection.writer, "hello", outcome);
        QVERIFY(!outcome.error.has_value());
        context.run();
        QVERIFY(outcome.error.has_value() && !*outcome.error);
        QCOMPARE(outcome.bytes, std::size_t{5});
    }
};

QTEST_GUILESS_MAIN(TestGatewayWriteAtOnce)
#include "tst_gatewaywriteatonce.moc"
