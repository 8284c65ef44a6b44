// The access log stage (gateway/pipeline/AccessLog): one line per exchange, written in batches by
// a thread of its own — every line arrives, each worker's lines in their order, a lone line does
// not wait for more traffic, and what is waiting is written when the log is destroyed.
#include "gateway/pipeline/AccessLog.h"
#include "gateway/pipeline/ChatExchange.h"

#include <QTest>

#include <chrono>
#include <memory>
#include <mutex>
#include <ostream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

using namespace gatehouse::gateway;

namespace {

// An output that the test can read while the log's thread writes to it, counting the writes.
class SharedOutput : public std::streambuf
{
public:
    std::string text()
    {
        const std::lock_guard lock(m_mutex);
        return m_text;
    }
    int writes()
    {
        const std::lock_guard lock(m_mutex);
        return m_writes;
    }

protected:
    std::streamsize xsputn(const char* data, std::streamsize size) override
    {
        const std::lock_guard lock(m_mutex);
        m_text.append(data, static_cast<std::size_t>(size));
        ++m_writes;
        return size;
    }
    int_type overflow(int_type c) override
    {
        if (c != traits_type::eof()) {
            const char one = traits_type::to_char_type(c);
            xsputn(&one, 1);
        }
        return traits_type::not_eof(c);
    }

private:
    std::mutex m_mutex;
    std::string m_text;
    int m_writes = 0;
};

ChatExchange exchange(unsigned status, const std::string& path)
{
    ChatExchange e;
    e.method = "POST";
    e.path = path;
    e.status = status;
    return e;
}

} // namespace

class TestGatewayAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void everyLineIsWrittenInEachWorkersOrder()
    {
        SharedOutput output;
        std::ostream out(&output);
        constexpr int workers = 4;
        constexpr int perWorker = 2000; // ≈ 300 KB: several batches
        {
            AccessLog log(out, AccessLogFormat::Text, std::chrono::milliseconds(50));
            std::vector<std::thread> threads;
            for (int w = 0; w < workers; ++w)
                threads.emplace_back([&log, w] {
                    for (int i = 0; i < perWorker; ++i)
                        log.record(exchange(200, "/w" + std::to_string(w) + "/" + std::to_string(i)));
                });
            for (auto& thread : threads)
                thread.join();
        } // destroyed: what waits is written
        const QStringList lines = QString::fromStdString(output.text()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), workers * perWorker);
        std::vector<int> next(workers, 0);
        for (const QString& line : lines) {
            QVERIFY2(line.startsWith("gatehoused: POST /w"), qPrintable(line));
            const QStringList path = line.section(' ', 2, 2).split('/');
            const int w = path.at(1).mid(1).toInt();
            QCOMPARE(path.at(2).toInt(), next[static_cast<std::size_t>(w)]++);
            QVERIFY2(line.contains(" 200 stream=no attempts=0 bytes=0 ms="), qPrintable(line));
        }
        // Batched: far fewer writes than lines.
        QVERIFY2(output.writes() < workers * perWorker / 10, qPrintable(QString::number(output.writes())));
    }

    void aLoneLineDoesNotWaitForMore()
    {
        SharedOutput output;
        std::ostream out(&output);
        AccessLog log(out, AccessLogFormat::Text, std::chrono::milliseconds(50));
        log.record(exchange(404, "/alone"));
        // No more traffic: the line still goes out, within the flush interval (here: well within 10 s).
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromStdString(output.text()).contains("POST /alone 404"), 10000);
        QCOMPARE(QString::fromStdString(output.text()).count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestGatewayAccessLog)
#include "tst_gatewayaccesslog.moc"
