#pragma once

#include <QString>

#include <optional>

namespace gatehouse {

// Why an answer failed, with everything a support engineer needs to report it, and one sentence
// (message()) that says what failed, why, and what to do.
struct ChatError
{
    enum class Kind
    {
        None,
        Network,   // DNS, refused, reset — message says which
        Tls,       // certificate refused by the gateway's TLS options
        Timeout,   // connect, first byte or idle timeout
        Http,      // an error status with (usually) an OpenAI-shaped body
        Stream,    // an error event or malformed chunk after a 200
        Cancelled, // the user stopped it
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail; // the server's message or the transport's reason
    QString type;   // OpenAI error.type
    QString code;   // OpenAI error.code
    QString param;  // OpenAI error.param
    QString requestId;
    std::optional<qint64> retryAfterMs; // 429 rate limits: when to try again
    bool quotaExhausted = false;        // 429 that retrying will not fix

    explicit operator bool() const { return kind != Kind::None; }
    QString message() const;
};

// Reads an OpenAI-style error object ({"error":{"message","type","param","code"}}, or an error
// string, or a non-JSON body) into `error`.
void readErrorBody(const QByteArray& body, ChatError& error);

// Milliseconds to wait from `retry-after-ms` (preferred, may be fractional) or `Retry-After`
// (seconds or an HTTP date, relative to now); nullopt when neither is usable.
std::optional<qint64> retryAfterMs(const QByteArray& retryAfterMsHeader, const QByteArray& retryAfterHeader);

} // namespace gatehouse
