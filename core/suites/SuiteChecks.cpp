#include "core/suites/SuiteChecks.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <re2/re2.h>

namespace gatehouse {

namespace {

// Gives the functions here a translation context that lupdate sees as well. Only what was seen is
// translated: a check's name repeats the suite file's expectation ("contains \"x\"", "max_ttft_ms
// 2000") and is what scripts find in gatehousectl suite --json.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::SuiteChecks)
};

QString quoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// The answer without a Markdown code fence around it, as models like to wrap JSON.
QByteArray unfenced(const QString& text)
{
    static const QRegularExpression fence(QStringLiteral("^\\s*```[a-zA-Z]*\\s*\\n([\\s\\S]*?)\\n?```\\s*$"));
    const auto match = fence.match(text);
    return (match.hasMatch() ? match.captured(1) : text).toUtf8();
}

int statusOf(const ChatOutcome& outcome)
{
    if (outcome.error.kind == ChatError::Kind::Http)
        return outcome.error.httpStatus;
    return outcome.error ? 0 : 200; // a transport or stream failure has no status to compare
}

} // namespace

QList<CheckResult> checkOutcome(const SuiteExpectations& expect, const ChatOutcome& outcome)
{
    QList<CheckResult> results;
    auto add = [&results](const QString& check, bool passed, const QString& detail = {}) {
        results.append({check, passed, passed ? QString() : detail});
    };
    if (!expect.expectsFailure() && !expect.status)
        add(QStringLiteral("answers without error"), !outcome.error, outcome.error.message());
    if (expect.status) {
        const int status = statusOf(outcome);
        add(QStringLiteral("status %1").arg(*expect.status), status == *expect.status,
            outcome.error ? outcome.error.message() : Text::tr("got %1").arg(200));
    }
    if (!expect.errorCode.isEmpty())
        add(QStringLiteral("error_code %1").arg(expect.errorCode), outcome.error.code == expect.errorCode,
            outcome.error ? Text::tr("got %1").arg(outcome.error.code.isEmpty() ? outcome.error.message()
                                                                                : outcome.error.code)
                          : Text::tr("it answered without error"));
    for (const QString& needle : expect.contains)
        add(QStringLiteral("contains %1").arg(quoted(needle)), outcome.content.contains(needle),
            Text::tr("not in the answer"));
    for (const QString& needle : expect.notContains)
        add(QStringLiteral("not_contains %1").arg(quoted(needle)), !outcome.content.contains(needle),
            Text::tr("found in the answer"));
    if (!expect.regex.isEmpty()) {
        const RE2 re(expect.regex.toStdString(), RE2::Quiet);
        const std::string text = outcome.content.toStdString();
        add(QStringLiteral("regex %1").arg(quoted(expect.regex)), re.ok() && RE2::PartialMatch(text, re),
            re.ok() ? Text::tr("no match in the answer") : QString::fromStdString(re.error()));
    }
    if (expect.isJson) {
        QJsonParseError error;
        QJsonDocument::fromJson(unfenced(outcome.content), &error);
        add(QStringLiteral("is JSON"), error.error == QJsonParseError::NoError, error.errorString());
    }
    if (expect.maxTtftMs) {
        const qint64 ttft = outcome.figures.timeToFirstTokenMs;
        add(QStringLiteral("max_ttft_ms %1").arg(*expect.maxTtftMs), ttft >= 0 && ttft <= *expect.maxTtftMs,
            ttft < 0 ? Text::tr("no token came") : Text::tr("took %1 ms").arg(ttft));
    }
    if (expect.maxTotalMs)
        add(QStringLiteral("max_total_ms %1").arg(*expect.maxTotalMs),
            outcome.figures.totalMs <= *expect.maxTotalMs,
            Text::tr("took %1 ms").arg(outcome.figures.totalMs));
    if (!expect.cache.isEmpty())
        add(QStringLiteral("cache %1").arg(expect.cache),
            outcome.verdicts.cache.compare(expect.cache, Qt::CaseInsensitive) == 0,
            Text::tr("got %1").arg(outcome.verdicts.cache.isEmpty() ? Text::tr("no cache verdict")
                                                                    : outcome.verdicts.cache));
    if (!expect.filter.isEmpty())
        add(QStringLiteral("filter %1").arg(expect.filter),
            outcome.verdicts.filter.compare(expect.filter, Qt::CaseInsensitive) == 0,
            Text::tr("got %1").arg(outcome.verdicts.filter.isEmpty() ? Text::tr("no filter verdict")
                                                                     : outcome.verdicts.filter));
    return results;
}

} // namespace gatehouse
