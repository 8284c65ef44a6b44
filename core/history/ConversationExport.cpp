#include "core/history/ConversationExport.h"

#include "core/chat/ChatParametersJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace gatehouse::ConversationExport {

namespace {

// Gives the export (not a QObject) a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ConversationExport)
};

QString timeText(const QDateTime& created)
{
    return created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("system"))
        return Text::tr("System");
    if (role == QLatin1String("user"))
        return Text::tr("User");
    if (role == QLatin1String("assistant"))
        return Text::tr("Assistant");
    return role;
}

QStringList parameterTexts(const ChatParameters& p)
{
    QStringList parts;
    if (p.temperature)
        parts << Text::tr("temperature %1").arg(*p.temperature);
    if (p.topP)
        parts << Text::tr("top_p %1").arg(*p.topP);
    if (p.maxTokens)
        parts << Text::tr("max tokens %1").arg(*p.maxTokens);
    if (p.seed)
        parts << Text::tr("seed %1").arg(*p.seed);
    if (!p.stop.isEmpty()) {
        QStringList quoted;
        for (const QString& s : p.stop)
            quoted << QLatin1Char('"') + s + QLatin1Char('"');
        parts << Text::tr("stop %1").arg(quoted.join(QStringLiteral(", ")));
    }
    return parts;
}

// Every line behind "> ", so that a reasoning text stays one quote whatever it holds.
QString quoted(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

QString verdictText(const ResponseVerdicts& v)
{
    QStringList parts;
    if (!v.cache.isEmpty())
        parts << Text::tr("cache %1").arg(v.cache);
    if (!v.filter.isEmpty())
        parts << Text::tr("filter %1").arg(v.filter);
    if (!v.upstream.isEmpty())
        parts << Text::tr("upstream %1").arg(v.upstream);
    if (!v.requestId.isEmpty())
        parts << Text::tr("request id %1").arg(v.requestId);
    return parts.join(QStringLiteral(" · "));
}

QJsonObject figuresJson(const AnswerFigures& f)
{
    QJsonObject o{{QStringLiteral("total_ms"), double(f.totalMs)},
                  {QStringLiteral("prompt_tokens"), f.promptTokens},
                  {QStringLiteral("completion_tokens"), f.completionTokens},
                  {QStringLiteral("tokens_estimated"), f.tokensEstimated}};
    if (f.timeToFirstTokenMs >= 0)
        o.insert(QStringLiteral("time_to_first_token_ms"), double(f.timeToFirstTokenMs));
    if (f.tokensPerSecond)
        o.insert(QStringLiteral("tokens_per_second"), *f.tokensPerSecond);
    return o;
}

QJsonObject verdictsJson(const ResponseVerdicts& v)
{
    QJsonObject o;
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("cache", v.cache);
    put("cache_key", v.cacheKey);
    put("filter", v.filter);
    put("upstream", v.upstream);
    put("request_id", v.requestId);
    return o;
}

} // namespace

QString markdown(const ChatExchange& e)
{
    const ChatOutcome& out = e.outcome;
    QString md = QStringLiteral("# ") +
                 Text::tr("Conversation with %1 via %2").arg(e.request.model, e.target) +
                 QStringLiteral("\n\n");
    QStringList about{timeText(e.created)};
    about += parameterTexts(e.request.parameters);
    md += about.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    for (const ChatMessage& m : e.request.messages)
        md += QStringLiteral("## ") + roleTitle(m.role) + QStringLiteral("\n\n") + m.content.trimmed() +
              QStringLiteral("\n\n");

    const QString answeredBy = out.model.isEmpty() ? e.request.model : out.model;
    md += QStringLiteral("## ") + Text::tr("Assistant") + QStringLiteral(" (") + answeredBy +
          QStringLiteral(")\n\n");
    if (!out.reasoning.isEmpty())
        md += quoted(Text::tr("Reasoning:") + QLatin1Char('\n') + out.reasoning.trimmed()) +
              QStringLiteral("\n\n");
    if (!out.content.isEmpty())
        md += out.content.trimmed() + QStringLiteral("\n\n");
    if (out.error)
        md += QStringLiteral("**") + Text::tr("Error:") + QStringLiteral("** ") + out.error.message() +
              QStringLiteral("\n\n");
    QStringList figures{out.figures.summary()};
    if (const QString verdicts = verdictText(out.verdicts); !verdicts.isEmpty())
        figures << verdicts;
    if (!out.finishReason.isEmpty())
        figures << Text::tr("finish reason %1").arg(out.finishReason);
    md += QLatin1Char('*') + figures.join(QStringLiteral(" · ")) + QStringLiteral("*\n");
    return md;
}

QByteArray json(const ChatExchange& e)
{
    const ChatOutcome& out = e.outcome;
    QJsonArray messages;
    for (const ChatMessage& m : e.request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    if (!out.content.isEmpty() || !out.reasoning.isEmpty()) {
        QJsonObject answer{{QStringLiteral("role"), QStringLiteral("assistant")},
                           {QStringLiteral("content"), out.content}};
        if (!out.reasoning.isEmpty())
            answer.insert(QStringLiteral("reasoning"), out.reasoning);
        messages.append(answer);
    }
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("gatehouse.conversation/1")},
        {QStringLiteral("created"), e.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("target"), e.target},
        {QStringLiteral("model"), e.request.model},
        {QStringLiteral("stream"), e.request.stream},
        {QStringLiteral("parameters"), chatParametersJson(e.request.parameters, SeedAs::NumberWhereExact)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("figures"), figuresJson(out.figures)},
        {QStringLiteral("verdicts"), verdictsJson(out.verdicts)}};
    if (!out.model.isEmpty())
        o.insert(QStringLiteral("answered_by"), out.model);
    if (!out.finishReason.isEmpty())
        o.insert(QStringLiteral("finish_reason"), out.finishReason);
    if (out.error) {
        QJsonObject error{{QStringLiteral("message"), out.error.message()}};
        if (out.error.httpStatus > 0)
            error.insert(QStringLiteral("status"), out.error.httpStatus);
        const auto put = [&error](const char* key, const QString& value) {
            if (!value.isEmpty())
                error.insert(QLatin1String(key), value);
        };
        put("type", out.error.type);
        put("code", out.error.code);
        put("param", out.error.param);
        put("request_id", out.error.requestId);
        o.insert(QStringLiteral("error"), error);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString suggestedFileName(const ChatExchange& e, const QString& extension)
{
    return QStringLiteral("conversation-") + e.created.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")) +
           QLatin1Char('.') + extension;
}

} // namespace gatehouse::ConversationExport
