#include "tests/fault/ClearError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::test {

namespace {

QString shown(const HttpResult& result)
{
    return QStringLiteral(" (status %1, problem '%2', body: %3)")
        .arg(result.status)
        .arg(result.problem, QString::fromUtf8(result.body.left(600)));
}

QJsonObject lastEventError(const HttpResult& result)
{
    const QList<QByteArray> events = result.events();
    if (events.isEmpty() || !events.last().startsWith("data: "))
        return {};
    return QJsonDocument::fromJson(events.last().mid(6)).object().value(QStringLiteral("error")).toObject();
}

QString shapeProblem(const QJsonObject& error, const QString& code)
{
    if (error.keys() != QStringList{"code", "message", "param", "type"})
        return QStringLiteral("not OpenAI's error shape");
    if (error.value(QStringLiteral("code")).toString() != code)
        return QStringLiteral("code '%1', wanted '%2'")
            .arg(error.value(QStringLiteral("code")).toString(), code);
    if (error.value(QStringLiteral("message")).toString().isEmpty())
        return QStringLiteral("an empty message");
    if (error.value(QStringLiteral("type")).toString().isEmpty())
        return QStringLiteral("an empty type");
    return {};
}

} // namespace

QString unclearError(const HttpResult& result, int status, const QString& code)
{
    if (!result.problem.isEmpty())
        return QStringLiteral("incomplete answer") + shown(result);
    if (result.status != status)
        return QStringLiteral("status %1, wanted %2").arg(result.status).arg(status) + shown(result);
    if (result.headers.value("content-type") != "application/json")
        return QStringLiteral("not JSON") + shown(result);
    const QString problem = shapeProblem(result.error(), code);
    return problem.isEmpty() ? problem : problem + shown(result);
}

QString unclearStreamError(const HttpResult& result, const QString& code)
{
    if (!result.problem.isEmpty())
        return QStringLiteral("the stream's framing is broken") + shown(result);
    if (result.status != 200 || result.headers.value("content-type") != "text/event-stream")
        return QStringLiteral("not a stream") + shown(result);
    if (result.events().contains("data: [DONE]"))
        return QStringLiteral("the stream says [DONE]") + shown(result);
    const QString problem = shapeProblem(lastEventError(result), code);
    return problem.isEmpty() ? problem : QStringLiteral("last event: ") + problem + shown(result);
}

QString errorMessage(const HttpResult& result)
{
    const QJsonObject error =
        result.headers.value("content-type") == "text/event-stream" ? lastEventError(result) : result.error();
    return error.value(QStringLiteral("message")).toString();
}

} // namespace gatehouse::test
