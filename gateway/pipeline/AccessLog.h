#pragma once

#include "gateway/pipeline/AccessLogLine.h"

#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

namespace gatehouse::gateway {

struct ChatExchange;

// The access log stage: one line per finished exchange, in the format [log] access chooses
// (AccessLogLine.h says what a line holds; never headers, keys or bodies).
//
// Lines are written in batches by a thread of its own — when 64 KiB are waiting, else at most
// `flushInterval` after the first of them, and at destruction — so that a request costs no write
// of its own (on std::cerr, which is unbuffered, a line used to cost two). A worker only waits
// when 1 MiB are waiting because the output is blocked.
class AccessLog
{
public:
    explicit AccessLog(std::ostream& out, AccessLogFormat format = AccessLogFormat::Text,
                       std::chrono::milliseconds flushInterval = std::chrono::milliseconds(100));
    virtual ~AccessLog(); // writes what is waiting
    AccessLog(const AccessLog&) = delete;
    AccessLog& operator=(const AccessLog&) = delete;

    virtual void record(const ChatExchange& exchange);

private:
    void append(const std::string& line);
    void writeBatches();

    std::ostream& m_out;
    AccessLogFormat m_format;
    std::chrono::milliseconds m_flushInterval;
    std::mutex m_mutex;
    std::condition_variable m_wake;    // the writer: the first line of a batch, a full batch, or stop
    std::condition_variable m_drained; // workers waiting for room
    std::string m_pending;
    bool m_stop = false;
    std::thread m_writer; // last: starts when the rest is ready
};

} // namespace gatehouse::gateway
