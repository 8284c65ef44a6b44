#include "cli/ChatCommand.h"

#include "cli/SecretReading.h"
#include "core/chat/ChatClient.h"
#include "core/chat/ChatReply.h"
#include "core/chat/HeaderSecrets.h"
#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChatCommand)
};

struct ChatOptions
{
    QString target;
    QUrl url;
    QString model;
    QString system;
    QString prompt;
    QString apiKeyEnv;
    bool stream = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    ChatParameters parameters;
};

// Fills `o` from the arguments; returns the usage problem, or "" when they are fine.
QString parseOptions(CtlContext& context, QStringList args, ChatOptions& o)
{
    auto value = [&](const QString& option, QString& out) -> QString {
        if (args.isEmpty())
            return Text::tr("%1 needs a value").arg(option);
        out = args.takeFirst();
        return {};
    };
    QString problem;
    while (!args.isEmpty() && problem.isEmpty()) {
        const QString a = args.takeFirst();
        QString v;
        if (a == QLatin1String("--target")) {
            problem = value(a, o.target);
        } else if (a == QLatin1String("--url")) {
            problem = value(a, v);
            o.url = QUrl(v);
            if (problem.isEmpty() && (!o.url.isValid() || (o.url.scheme() != QLatin1String("http") &&
                                                           o.url.scheme() != QLatin1String("https"))))
                problem =
                    Text::tr("--url: use an http:// or https:// API root such as http://127.0.0.1:8080/v1");
        } else if (a == QLatin1String("--model")) {
            problem = value(a, o.model);
        } else if (a == QLatin1String("--system")) {
            problem = value(a, o.system);
        } else if (a == QLatin1String("--api-key-env")) {
            problem = value(a, o.apiKeyEnv);
        } else if (a == QLatin1String("--header")) {
            problem = value(a, v);
            const qsizetype colon = v.indexOf(QLatin1Char(':'));
            if (problem.isEmpty() && colon <= 0)
                problem = Text::tr("--header: write it as 'Name: value'");
            else if (problem.isEmpty())
                o.headers.append({v.left(colon).trimmed().toLatin1(), v.mid(colon + 1).trimmed().toUtf8()});
        } else if (a == QLatin1String("--temperature") || a == QLatin1String("--max-tokens") ||
                   a == QLatin1String("--seed")) {
            problem = value(a, v);
            bool ok = false;
            if (a == QLatin1String("--temperature"))
                o.parameters.temperature = v.toDouble(&ok);
            else if (a == QLatin1String("--max-tokens"))
                o.parameters.maxTokens = v.toInt(&ok);
            else
                o.parameters.seed = v.toLongLong(&ok);
            if (problem.isEmpty() && !ok)
                problem = Text::tr("%1: '%2' is not a number").arg(a, v);
        } else if (a == QLatin1String("--stream")) {
            o.stream = true;
        } else if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if (a.startsWith(QLatin1String("--"))) {
            problem = Text::tr("chat: unknown option '%1'").arg(a);
        } else if (o.prompt.isEmpty()) {
            o.prompt = a;
        } else {
            problem =
                Text::tr("chat: give the prompt as one argument (quote it), or - to read it from stdin");
        }
    }
    if (problem.isEmpty() && o.target.isEmpty() == o.url.isEmpty())
        problem = Text::tr("chat: name either --target NAME (a registry entry) or --url URL");
    if (problem.isEmpty() && o.prompt.isEmpty())
        problem = Text::tr("chat: give the PROMPT (or - to read it from stdin)");
    return problem;
}

QJsonObject resultJson(const ChatReply& reply)
{
    const AnswerFigures& f = reply.figures();
    const ResponseVerdicts& v = reply.verdicts();
    QJsonObject o{
        {QStringLiteral("text"), reply.content()},
        {QStringLiteral("model"), reply.model()},
        {QStringLiteral("total_ms"), f.totalMs},
        {QStringLiteral("prompt_tokens"), f.promptTokens},
        {QStringLiteral("completion_tokens"), f.completionTokens},
        {QStringLiteral("tokens_estimated"), f.tokensEstimated},
        {QStringLiteral("finish_reason"), reply.finishReason()},
        {QStringLiteral("cache"), v.cache},
        {QStringLiteral("filter"), v.filter},
        {QStringLiteral("upstream"), v.upstream},
        {QStringLiteral("request_id"), v.requestId},
        {QStringLiteral("error"), reply.error() ? QJsonValue(reply.error().message()) : QJsonValue()}};
    o.insert(QStringLiteral("ttft_ms"),
             f.timeToFirstTokenMs >= 0 ? QJsonValue(f.timeToFirstTokenMs) : QJsonValue());
    o.insert(QStringLiteral("tokens_per_s"),
             f.tokensPerSecond ? QJsonValue(*f.tokensPerSecond) : QJsonValue());
    if (!reply.reasoning().isEmpty())
        o.insert(QStringLiteral("reasoning"), reply.reasoning());
    return o;
}

} // namespace

QString chatCommandHelp()
{
    //: Keep the command and option names, the placeholders (NAME, URL, M, S, PROMPT, VAR, T, N)
    //: and 'Name: value' as they are; the descriptions start in column 43.
    return Text::tr(
        "  chat (--target NAME | --url URL) [--model M] [--system S] [--stream] PROMPT\n"
        "                                          ask once and print the answer (PROMPT - reads stdin);\n"
        "                                          the figures go to stderr, or all in one object with\n"
        "                                          --json. Also: --api-key-env VAR, --header 'Name: value',\n"
        "                                          --temperature T, --max-tokens N, --seed N\n");
}

int runChatCommand(CtlContext& context, const QStringList& args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    ChatOptions o;
    const QString problem = parseOptions(context, args, o);
    if (!problem.isEmpty())
        return context.usageError(problem);

    if (o.prompt == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(Text::tr("cannot read the prompt from standard input"));
        o.prompt = QString::fromUtf8(in.readAll()).trimmed();
        if (o.prompt.isEmpty())
            return context.fail(Text::tr("the prompt on standard input is empty"));
    }

    ChatEndpoint endpoint;
    QByteArray credential;
    if (!o.target.isEmpty()) {
        ConsoleDatabase* db = context.database();
        if (!db)
            return 1;
        GatewayRegistry registry(*db);
        const auto profile = registry.findByName(o.target);
        if (!profile)
            return context.fail(
                Text::tr("no gateway named '%1' (see gatehousectl gateway list)").arg(o.target));
        if (!kindSpeaksChat(profile->kind) || profile->baseUrl.isEmpty())
            return context.fail(Text::tr("gateway '%1' has no chat API address").arg(o.target));
        if (!profile->apiKeySecret.isEmpty() && o.apiKeyEnv.isEmpty()) {
            const SecretError error = readSecretNow(*db, profile->apiKeySecret, credential);
            if (error)
                return context.fail(
                    Text::tr("cannot read the API key '%1': %2").arg(profile->apiKeySecret, error.message));
        }
        endpoint = ChatEndpoint::fromProfile(*profile, credential);
        // Extra headers may name keychain secrets ({secret:NAME}); read them now.
        QHash<QString, QByteArray> headerSecrets;
        for (const QString& name : headerSecretNames(endpoint.compatibility.extraHeaders)) {
            QByteArray value;
            const SecretError error = readSecretNow(*db, name, value);
            if (error)
                return context.fail(Text::tr("cannot read the secret '%1' an extra header names: %2")
                                        .arg(name, error.message));
            headerSecrets.insert(name, value);
            wipe(value);
        }
        expandHeaderSecrets(endpoint.compatibility.extraHeaders, headerSecrets);
        for (QByteArray& value : headerSecrets)
            wipe(value);
    } else {
        endpoint.baseUrl = o.url;
    }
    if (!o.apiKeyEnv.isEmpty()) {
        if (!qEnvironmentVariableIsSet(o.apiKeyEnv.toLocal8Bit().constData()))
            return context.fail(
                Text::tr("--api-key-env: the environment variable %1 is not set").arg(o.apiKeyEnv));
        credential = qgetenv(o.apiKeyEnv.toLocal8Bit().constData());
        endpoint.credential = credential;
    }
    wipe(credential);
    endpoint.compatibility.extraHeaders += o.headers;

    ChatClient client;
    if (o.model.isEmpty()) {
        // Take the first model the endpoint offers.
        QEventLoop loop;
        ChatError listError;
        client.listModels(endpoint, &loop, [&](const QStringList& models, const ChatError& error) {
            listError = error;
            o.model = models.value(0);
            loop.quit();
        });
        loop.exec();
        if (listError)
            return context.fail(Text::tr("cannot list the models: %1").arg(listError.message()));
        if (o.model.isEmpty())
            return context.fail(Text::tr("the endpoint offers no models; name one with --model"));
    }

    ChatRequest request;
    request.model = o.model;
    request.stream = o.stream || context.json(); // the figures (TTFT) need a stream
    request.parameters = o.parameters;
    if (!o.system.isEmpty())
        request.messages.append({QStringLiteral("system"), o.system});
    request.messages.append({QStringLiteral("user"), o.prompt});

    ChatReply* reply = client.send(endpoint, request);
    wipe(endpoint.credential);
    qsizetype printed = 0;
    const bool live = o.stream && !context.json();
    if (live) {
        QObject::connect(reply, &ChatReply::progressed, reply, [&] {
            context.out() << reply->content().mid(printed);
            context.out().flush();
            printed = reply->content().size();
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &ChatReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    if (context.json()) {
        context.out() << QJsonDocument(resultJson(*reply)).toJson(QJsonDocument::Compact) << Qt::endl;
        return reply->error() ? 1 : 0;
    }
    context.out() << reply->content().mid(printed);
    if (!reply->content().isEmpty())
        context.out() << "\n";
    context.out().flush();
    if (reply->error())
        return context.fail(reply->error().message());
    context.err() << reply->figures().summary() << Qt::endl;
    return 0;
}

} // namespace gatehouse::cli
