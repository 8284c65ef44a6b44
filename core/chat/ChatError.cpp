#include "core/chat/ChatError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ChatError)
};

// HTTP's own reason phrases, as the gateway would print them: not translated.
QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("400 Bad Request");
    case 401:
        return QStringLiteral("401 Unauthorized");
    case 403:
        return QStringLiteral("403 Forbidden");
    case 404:
        return QStringLiteral("404 Not Found");
    case 408:
        return QStringLiteral("408 Request Timeout");
    case 409:
        return QStringLiteral("409 Conflict");
    case 413:
        return QStringLiteral("413 Payload Too Large");
    case 422:
        return QStringLiteral("422 Unprocessable Entity");
    case 429:
        return QStringLiteral("429 Too Many Requests");
    case 500:
        return QStringLiteral("500 Internal Server Error");
    case 502:
        return QStringLiteral("502 Bad Gateway");
    case 503:
        return QStringLiteral("503 Service Unavailable");
    case 504:
        return QStringLiteral("504 Gateway Timeout");
    default:
        return QString::number(status);
    }
}

QString advice(const ChatError& e)
{
    if (e.kind != ChatError::Kind::Http)
        return {};
    if (e.httpStatus == 401)
        return Text::tr("Check the API key stored for this gateway.");
    if (e.httpStatus == 403)
        return Text::tr("The key is valid but may not use this model or route.");
    if (e.httpStatus == 404)
        return Text::tr("Check the model name and the gateway's address.");
    if (e.httpStatus == 429 && e.quotaExhausted)
        return Text::tr("The quota is used up; retrying will not help until it is raised.");
    if (e.httpStatus == 429 && e.retryAfterMs)
        return Text::tr("Try again in %1.")
            .arg(*e.retryAfterMs < 1000 ? Text::tr("%1 ms").arg(*e.retryAfterMs)
                                        : Text::tr("%1 s").arg(std::ceil(double(*e.retryAfterMs) / 1000.0)));
    if (e.httpStatus == 429)
        return Text::tr("Wait a moment and try again.");
    if (e.httpStatus >= 500)
        return Text::tr(
            "The gateway or its upstream failed; try again, and check the gateway's log if it persists.");
    return {};
}

} // namespace

QString ChatError::message() const
{
    // The labels (OpenAI's error type and code) are the server's tokens, shown as they came.
    QStringList labels;
    if (!type.isEmpty())
        labels << type;
    if (!code.isEmpty() && code != type)
        labels << code;
    const QString labelText = labels.join(QStringLiteral(", "));
    QString head;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        head = Text::tr("Could not reach the gateway: %1.").arg(detail);
        break;
    case Kind::Tls:
        head = detail;
        break;
    case Kind::Timeout:
        head = detail;
        break;
    case Kind::Cancelled:
        return Text::tr("Stopped.");
    case Kind::Http: {
        const QString status = labels.isEmpty()
                                   ? statusText(httpStatus)
                                   : QStringLiteral("%1 (%2)").arg(statusText(httpStatus), labelText);
        head = detail.isEmpty() ? Text::tr("The gateway answered %1.").arg(status)
                                : Text::tr("The gateway answered %1: %2").arg(status, detail);
        if (!head.endsWith(QLatin1Char('.')))
            head += QLatin1Char('.');
        break;
    }
    case Kind::Stream: {
        if (labels.isEmpty())
            head = detail.isEmpty() ? Text::tr("The answer broke off with an error.")
                                    : Text::tr("The answer broke off with an error: %1").arg(detail);
        else
            head = detail.isEmpty()
                       ? Text::tr("The answer broke off with an error (%1).").arg(labelText)
                       : Text::tr("The answer broke off with an error (%1): %2").arg(labelText, detail);
        if (!head.endsWith(QLatin1Char('.')))
            head += QLatin1Char('.');
        break;
    }
    }
    if (!param.isEmpty())
        head += QLatin1Char(' ') + Text::tr("Parameter: %1.").arg(param);
    const QString hint = advice(*this);
    if (!hint.isEmpty())
        head += QLatin1Char(' ') + hint;
    if (!requestId.isEmpty())
        head += QLatin1Char(' ') + Text::tr("Request id: %1.").arg(requestId);
    return head;
}

void readErrorBody(const QByteArray& body, ChatError& error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue value = doc.isObject() ? doc.object().value(QStringLiteral("error")) : QJsonValue();
    if (value.isObject()) {
        const QJsonObject e = value.toObject();
        error.detail = e.value(QStringLiteral("message")).toString();
        error.type = e.value(QStringLiteral("type")).toString();
        const QJsonValue code = e.value(QStringLiteral("code"));
        error.code = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
        error.param = e.value(QStringLiteral("param")).toString();
    } else if (value.isString()) {
        error.detail = value.toString(); // {"error":"..."} (Ollama, some proxies)
    } else if (doc.isObject() && doc.object().contains(QStringLiteral("message"))) {
        error.detail = doc.object().value(QStringLiteral("message")).toString();
    } else {
        // Not JSON: an HTML error page from a proxy, say. Keep a short, single-line excerpt.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (body.size() > 300)
            text += QStringLiteral("…");
        error.detail = text;
    }
    error.quotaExhausted = error.code == QLatin1String("insufficient_quota") ||
                           error.type == QLatin1String("insufficient_quota");
}

std::optional<qint64> retryAfterMs(const QByteArray& retryAfterMsHeader, const QByteArray& retryAfterHeader)
{
    bool ok = false;
    const double ms = retryAfterMsHeader.trimmed().toDouble(&ok);
    if (ok && ms >= 0 && std::isfinite(ms))
        return qint64(std::ceil(ms));
    const QByteArray ra = retryAfterHeader.trimmed();
    if (ra.isEmpty())
        return std::nullopt;
    const double seconds = ra.toDouble(&ok);
    if (ok && seconds >= 0 && std::isfinite(seconds))
        return qint64(std::ceil(seconds * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
    return std::nullopt;
}

} // namespace gatehouse
