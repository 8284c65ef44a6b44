#include "cli/CacheCommand.h"

#include "cli/AdminTarget.h"
#include "core/admin/AdminClient.h"
#include "core/admin/CacheEntry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)
};

struct Options
{
    QStringList positional;
    QString target;
    QString url;
    QString tokenEnv;
    CacheFilter filter;
    int limit = 100;
    bool all = false;
    bool dryRun = false;
    bool yes = false;
    bool includePinned = false;
    QString faqModel;
    QString question;
    QString system;
    QString answer;
    QString answerFile;
    QStringList parameters;
};

QString parse(CtlContext& context, QStringList args, Options& o)
{
    QString olderThan;
    QString newerThan;
    QString limit;
    const QHash<QString, QString*> values = {
        {QStringLiteral("--target"), &o.target},      {QStringLiteral("--url"), &o.url},
        {QStringLiteral("--token-env"), &o.tokenEnv}, {QStringLiteral("--search"), &o.filter.text},
        {QStringLiteral("--model"), &o.filter.model}, {QStringLiteral("--older-than"), &olderThan},
        {QStringLiteral("--newer-than"), &newerThan}, {QStringLiteral("--limit"), &limit},
        {QStringLiteral("--question"), &o.question},  {QStringLiteral("--system"), &o.system},
        {QStringLiteral("--answer"), &o.answer},      {QStringLiteral("--answer-file"), &o.answerFile},
    };
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if (a == QLatin1String("--pinned") || a == QLatin1String("--unpinned")) {
            if (o.filter.pinned)
                return Text::tr("say --pinned or --unpinned, not both");
            o.filter.pinned = a == QLatin1String("--pinned");
        } else if (a == QLatin1String("--all")) {
            o.all = true;
        } else if (a == QLatin1String("--dry-run")) {
            o.dryRun = true;
        } else if (a == QLatin1String("--yes")) {
            o.yes = true;
        } else if (a == QLatin1String("--include-pinned")) {
            o.includePinned = true;
        } else if (a == QLatin1String("--param")) {
            if (args.isEmpty())
                return Text::tr("--param needs NAME=JSON");
            o.parameters << args.takeFirst();
        } else if (values.contains(a)) {
            if (args.isEmpty())
                return Text::tr("%1 needs a value").arg(a);
            *values.value(a) = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--"))) {
            return Text::tr("cache: unknown option '%1'").arg(a);
        } else {
            o.positional << a;
        }
    }
    if (!olderThan.isEmpty() && !(o.filter.olderThanSeconds = parseCacheAge(olderThan)))
        return Text::tr("--older-than: '%1' is not an age such as 90, 30s, 15m, 2h or 7d").arg(olderThan);
    if (!newerThan.isEmpty() && !(o.filter.newerThanSeconds = parseCacheAge(newerThan)))
        return Text::tr("--newer-than: '%1' is not an age such as 90, 30s, 15m, 2h or 7d").arg(newerThan);
    if (!limit.isEmpty()) {
        bool ok = false;
        o.limit = limit.toInt(&ok);
        if (!ok || o.limit < 1)
            return Text::tr("--limit: '%1' is not a positive whole number").arg(limit);
    }
    return {};
}

QString entryPath(const QString& id)
{
    return QStringLiteral("cache/entries/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString withQuery(const QString& path, QStringList items)
{
    return items.isEmpty() ? path : path + QLatin1Char('?') + items.join(QLatin1Char('&'));
}

// "512 B", "3.4 KiB", "12.0 MiB".
QString size(qint64 bytes)
{
    if (bytes < 1024)
        return Text::tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Text::tr("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 1);
    if (bytes < qint64(1024) * 1024 * 1024)
        return Text::tr("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return Text::tr("%1 GiB").arg(double(bytes) / (1024 * 1024 * 1024), 0, 'f', 1);
}

// "45s", "12m", "5h", "3d" between two moments; "-" for an invalid one. Not translated: these are
// the ages --older-than, --newer-than and ttl take.
QString span(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("-");
    const qint64 s = std::max<qint64>(0, from.secsTo(to));
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 2 * 3600)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

// A column header and the two spaces after it, `width` in all (more when the title is longer).
QString heading(const QString& title, int width)
{
    return title.leftJustified(width - 2) + QStringLiteral("  ");
}

// "size:        " — the label of a line in get and stats, and the space up to the value's column.
QString label(const QString& text)
{
    return text.leftJustified(12) + QLatin1Char(' ');
}

QString unreadableAnswer(const QString& problem)
{
    return Text::tr("the gateway's answer could not be read: %1").arg(problem);
}

QString oneLine(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text.size() > width ? text.left(width - 1) + QStringLiteral("…") : text;
}

// Follows cursors until `wanted` entries (or all of them with wanted < 0) are read.
std::optional<QJsonArray> listEntries(CtlContext& context, AdminClient& client, const CacheFilter& filter,
                                      int wanted, QString* nextCursor)
{
    QJsonArray entries;
    QString cursor;
    do {
        QStringList items = filter.queryItems();
        const int page = wanted < 0 ? 1000 : std::min(1000, wanted - int(entries.size()));
        items << QStringLiteral("limit=%1").arg(page);
        if (!cursor.isEmpty())
            items << QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const AdminAnswer answer = await(client.get(withQuery(QStringLiteral("cache/entries"), items)));
        if (!answer.ok) {
            context.fail(answer.error);
            return std::nullopt;
        }
        const QJsonObject body = answer.json.object();
        for (const QJsonValue e : body.value(QStringLiteral("entries")).toArray())
            entries.append(e);
        cursor = body.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty() && (wanted < 0 || entries.size() < wanted));
    *nextCursor = cursor;
    return entries;
}

// A full id, or the one entry whose id starts with `prefix`.
std::optional<QString> resolveId(CtlContext& context, AdminClient& client, const QString& prefix)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{1,64}$"));
    if (!hex.match(prefix).hasMatch()) {
        context.fail(
            Text::tr("'%1' is not a cache entry id (hexadecimal, as cache ls shows it)").arg(prefix));
        return std::nullopt;
    }
    if (prefix.size() == 64)
        return prefix;
    if (prefix.size() < 4) {
        context.fail(Text::tr("the id prefix '%1' is too short; give at least 4 digits").arg(prefix));
        return std::nullopt;
    }
    QString rest;
    const std::optional<QJsonArray> entries = listEntries(context, client, {}, -1, &rest);
    if (!entries)
        return std::nullopt;
    QStringList matches;
    for (const QJsonValue e : *entries) {
        const QString id = e.toObject().value(QStringLiteral("id")).toString();
        if (id.startsWith(prefix))
            matches << id;
    }
    if (matches.size() == 1)
        return matches.first();
    context.fail(matches.isEmpty()
                     ? Text::tr("no cache entry has an id starting with '%1'").arg(prefix)
                     : Text::tr("%n cache entries have ids starting with '%1'; give more digits", nullptr,
                                int(matches.size()))
                           .arg(prefix));
    return std::nullopt;
}

int ls(CtlContext& context, AdminClient& client, const Options& o)
{
    QString next;
    const std::optional<QJsonArray> entries =
        listEntries(context, client, o.filter, o.all ? -1 : o.limit, &next);
    if (!entries)
        return 1;
    if (context.json()) {
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("entries"), *entries},
                                                   {QStringLiteral("next_cursor"),
                                                    next.isEmpty() ? QJsonValue() : QJsonValue(next)}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        return 0;
    }
    const QString modelHeading = Text::tr("MODEL");
    int modelWidth = int(modelHeading.size());
    for (const QJsonValue e : *entries)
        modelWidth = std::max(modelWidth, int(e.toObject().value(QStringLiteral("model")).toString().size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The cells stay as they are: ids, models, the ages the filters take, "never" as ttl takes it, and
    // the flags as the --pinned filter and the JSON name them.
    context.out() << heading(Text::tr("ID"), 14) << heading(modelHeading, modelWidth + 2)
                  << heading(Text::tr("HITS"), 6) << heading(Text::tr("AGE"), 6)
                  << heading(Text::tr("EXPIRES"), 9) << heading(Text::tr("SIZE"), 11)
                  << heading(Text::tr("FLAGS"), 8) << Text::tr("PROMPT") << '\n';
    for (const QJsonValue value : *entries) {
        QString problem;
        const std::optional<CacheEntry> e = CacheEntry::fromJson(value.toObject(), &problem);
        if (!e)
            return context.fail(unreadableAnswer(problem));
        QString flags = e->faq      ? QStringLiteral("faq")
                        : e->pinned ? QStringLiteral("pinned")
                                    : QStringLiteral("-");
        context.out()
            << e->id.left(12) << "  " << e->model.leftJustified(modelWidth + 2)
            << QString::number(e->hits).rightJustified(4) << "  " << span(e->createdAt, now).leftJustified(6)
            << (e->expiresAt.isValid() ? span(now, e->expiresAt) : QStringLiteral("never")).leftJustified(9)
            << size(e->bytes).leftJustified(11) << flags.leftJustified(8) << oneLine(e->prompt, 60) << '\n';
    }
    const int count = int(entries->size());
    if (next.isEmpty())
        context.out() << Text::tr("%n entry(s)", nullptr, count);
    else
        context.out() << Text::tr("%n entry(s) shown; more match (--limit N or --all)", nullptr, count);
    context.out() << Qt::endl;
    return 0;
}

int get(CtlContext& context, AdminClient& client, const QString& prefix)
{
    const std::optional<QString> id = resolveId(context, client, prefix);
    if (!id)
        return 1;
    const AdminAnswer answer = await(client.get(entryPath(*id)));
    if (!answer.ok)
        return context.fail(answer.error);
    if (context.json()) {
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QString problem;
    const std::optional<CacheEntry> e = CacheEntry::fromJson(answer.json.object(), &problem);
    if (!e)
        return context.fail(unreadableAnswer(problem));
    const QString never = Text::tr("never");
    const auto time = [](const QDateTime& t, const QString& none) {
        return t.isValid() ? t.toString(Qt::ISODate) : none;
    };
    const auto tokens = [](const std::optional<qint64>& n) {
        return n ? QString::number(*n) : QStringLiteral("?");
    };
    QTextStream& out = context.out();
    out << label(Text::tr("id:")) << e->id << '\n'
        << label(Text::tr("model:")) << e->model << '\n'
        << label(Text::tr("kind:"))
        << (e->faq      ? Text::tr("FAQ answer (pinned)")
            : e->pinned ? Text::tr("cached answer, pinned")
                        : Text::tr("cached answer"))
        << '\n'
        << label(Text::tr("created:")) << time(e->createdAt, QStringLiteral("-")) << '\n'
        << label(Text::tr("expires:")) << time(e->expiresAt, never) << '\n'
        << label(Text::tr("hits:"))
        << Text::tr("%1 (last %2)").arg(QString::number(e->hits), time(e->lastHitAt, never)) << '\n'
        << label(Text::tr("size:")) << size(e->bytes) << '\n'
        << label(Text::tr("tokens:"))
        << Text::tr("%1 prompt, %2 completion").arg(tokens(e->promptTokens), tokens(e->completionTokens))
        << '\n'
        << label(Text::tr("upstream:"))
        << Text::tr("%1 s saved per hit").arg(QString::number(e->upstreamSeconds, 'f', 3)) << "\n\n"
        << Text::tr("request:") << '\n'
        << QJsonDocument(e->request).toJson(QJsonDocument::Indented) << '\n'
        << Text::tr("answer:") << '\n'
        << e->answerText() << Qt::endl;
    return 0;
}

// "deleted 3 entries from NAME".
QString deletedFrom(qint64 deleted, const QString& name)
{
    return Text::tr("deleted %n entry(s) from %1", nullptr, int(deleted)).arg(name);
}

// "flushed NAME: deleted 3 entries (pinned entries kept)"
QString flushedFrom(const QString& name, int deleted, bool includePinned)
{
    const QString flushed = Text::tr("flushed %1: deleted %n entry(s)", nullptr, deleted).arg(name);
    //: %1 is "flushed NAME: deleted 3 entries".
    return includePinned ? flushed : Text::tr("%1 (pinned entries kept)").arg(flushed);
}

int rm(CtlContext& context, AdminClient& client, const QString& name, const Options& o)
{
    if (o.positional.isEmpty()) {
        const AdminAnswer answer = await(client.remove(
            withQuery(QStringLiteral("cache/entries"),
                      o.filter.queryItems() +
                          (o.dryRun ? QStringList{QStringLiteral("dry_run=true")} : QStringList{}))));
        if (!answer.ok)
            return context.fail(name + QStringLiteral(": ") + answer.error);
        const QJsonObject body = answer.json.object();
        const qint64 matched = qint64(body.value(QStringLiteral("matched")).toDouble());
        if (context.json())
            context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        else if (o.dryRun)
            context.out()
                << Text::tr("%n entry(s) match(es) on %1 (nothing deleted)", nullptr, int(matched)).arg(name)
                << Qt::endl;
        else
            context.out() << deletedFrom(qint64(body.value(QStringLiteral("deleted")).toDouble()), name)
                          << Qt::endl;
        return 0;
    }
    int failures = 0;
    for (const QString& prefix : o.positional) {
        const std::optional<QString> id = resolveId(context, client, prefix);
        if (!id) {
            ++failures;
            continue;
        }
        const AdminAnswer answer = await(client.remove(entryPath(*id)));
        if (!answer.ok) {
            context.fail(id->left(12) + QStringLiteral(": ") + answer.error);
            ++failures;
            continue;
        }
        context.out() << Text::tr("deleted %1").arg(id->left(12)) << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

int pin(CtlContext& context, AdminClient& client, const QString& prefix, bool pinned)
{
    const std::optional<QString> id = resolveId(context, client, prefix);
    if (!id)
        return 1;
    const AdminAnswer answer =
        await(client.patch(entryPath(*id), QJsonDocument(QJsonObject{{QStringLiteral("pinned"), pinned}})));
    if (!answer.ok)
        return context.fail(answer.error);
    context.out() << (pinned ? Text::tr("pinned %1 (never expires or is evicted)") : Text::tr("unpinned %1"))
                         .arg(id->left(12))
                  << Qt::endl;
    return 0;
}

int ttl(CtlContext& context, AdminClient& client, const QString& prefix, const QString& age)
{
    const bool never = age == QLatin1String("never");
    const std::optional<qint64> seconds = never ? std::nullopt : parseCacheAge(age);
    if (!never && (!seconds || *seconds < 1))
        return context.usageError(
            Text::tr("cache ttl: '%1' is not a time to live such as 90, 30s, 15m, 2h, 7d or never").arg(age));
    const std::optional<QString> id = resolveId(context, client, prefix);
    if (!id)
        return 1;
    const AdminAnswer answer = await(client.patch(
        entryPath(*id), QJsonDocument(QJsonObject{{QStringLiteral("ttl_seconds"),
                                                   never ? QJsonValue() : QJsonValue(double(*seconds))}})));
    if (!answer.ok)
        return context.fail(answer.error);
    QString problem;
    const std::optional<CacheEntry> e = CacheEntry::fromJson(answer.json.object(), &problem);
    if (!e)
        return context.fail(unreadableAnswer(problem));
    context.out()
        << (e->expiresAt.isValid()
                ? Text::tr("%1 now expires %2").arg(id->left(12), e->expiresAt.toString(Qt::ISODate))
                : Text::tr("%1 now expires never").arg(id->left(12)))
        << Qt::endl;
    return 0;
}

int stats(CtlContext& context, AdminClient& client, const QString& name)
{
    const AdminAnswer answer = await(client.get(QStringLiteral("cache/stats")));
    if (!answer.ok)
        return context.fail(answer.error);
    if (context.json()) {
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    QString problem;
    const std::optional<CacheStats> s = CacheStats::fromJson(answer.json.object(), &problem);
    if (!s)
        return context.fail(unreadableAnswer(problem));
    context.out() << label(Text::tr("gateway:")) << name << '\n'
                  << label(Text::tr("backend:")) << s->backend
                  << (s->location.isEmpty() ? QString()
                                            : QStringLiteral(" (") + s->location + QLatin1Char(')'))
                  << '\n'
                  << label(Text::tr("entries:")) << s->entries << '\n'
                  << label(Text::tr("size:")) << Text::tr("%1 of %2").arg(size(s->bytes), size(s->maxBytes))
                  << '\n'
                  << label(Text::tr("lookups:"))
                  << Text::tr("%1 hits, %2 misses (%3% hit ratio)")
                         .arg(QString::number(s->hits), QString::number(s->misses),
                              QString::number(s->hitRatio * 100, 'f', 1))
                  << '\n'
                  << label(Text::tr("saved:"))
                  << Text::tr("%1 tokens, %2 s of upstream time")
                         .arg(QString::number(s->savedTokens), QString::number(s->savedSeconds, 'f', 1))
                  << Qt::endl;
    return 0;
}

int flush(CtlContext& context, AdminClient& client, const QString& name, const Options& o)
{
    if (!o.yes)
        return context.usageError(
            (o.includePinned ? Text::tr("cache flush deletes every entry of %1; add --yes to do it")
                             : Text::tr("cache flush deletes every unpinned entry of %1; add --yes to do it"))
                .arg(name));
    const AdminAnswer answer = await(client.post(
        o.includePinned ? QStringLiteral("cache/flush?include_pinned=true") : QStringLiteral("cache/flush"),
        QJsonDocument(QJsonObject())));
    if (!answer.ok)
        return context.fail(name + QStringLiteral(": ") + answer.error);
    const qint64 deleted = qint64(answer.json.object().value(QStringLiteral("deleted")).toDouble());
    if (context.json())
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
    else
        context.out() << flushedFrom(name, int(deleted), o.includePinned) << Qt::endl;
    return 0;
}

int faqAdd(CtlContext& context, AdminClient& client, const QString& name, const Options& o)
{
    if (o.faqModel.isEmpty() || o.question.isEmpty())
        return context.usageError(Text::tr("cache faq add needs --model M and --question TEXT"));
    if (o.answer.isEmpty() == o.answerFile.isEmpty())
        return context.usageError(Text::tr("cache faq add needs one of --answer TEXT or --answer-file FILE"));
    QString answerText = o.answer;
    if (!o.answerFile.isEmpty()) {
        QFile file(o.answerFile);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(Text::tr("cannot read %1: %2").arg(o.answerFile, file.errorString()));
        answerText = QString::fromUtf8(file.readAll());
        if (answerText.trimmed().isEmpty())
            return context.fail(Text::tr("%1 is empty; an FAQ answer needs text").arg(o.answerFile));
    }
    QJsonObject parameters;
    for (const QString& p : o.parameters) {
        const qsizetype equals = p.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usageError(Text::tr("--param: '%1' is not NAME=JSON, e.g. temperature=0").arg(p));
        const QByteArray json = "[" + p.mid(equals + 1).toUtf8() + "]";
        QJsonParseError error{};
        const QJsonDocument value = QJsonDocument::fromJson(json, &error);
        if (value.isNull())
            return context.usageError(
                Text::tr("--param %1: the value is not JSON (%2); quote strings as '\"text\"'")
                    .arg(p.left(equals), error.errorString()));
        parameters.insert(p.left(equals), value.array().first());
    }
    QJsonArray messages;
    if (!o.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), o.system}});
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), o.question}});
    QJsonObject body{{QStringLiteral("model"), o.faqModel},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("answer"), answerText}};
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), parameters);
    const AdminAnswer answer = await(client.post(QStringLiteral("cache/faq"), QJsonDocument(body)));
    if (!answer.ok)
        return context.fail(name + QStringLiteral(": ") + answer.error);
    const QString id = answer.json.object().value(QStringLiteral("id")).toString();
    if (context.json())
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
    else
        context.out() << Text::tr("stored FAQ answer %1 on %2 (pinned)").arg(id.left(12), name) << Qt::endl;
    return 0;
}

} // namespace

QString cacheCommandHelp()
{
    //: Keep the command, sub-command and option names and the placeholders (NAME, ADMIN_URL, VAR, ID,
    //: AGE, TEXT, M, N, FILE, JSON) as they are; the descriptions start in column 43.
    return Text::tr(
        "  cache ls|get ID|rm ID...|pin ID|unpin ID|ttl ID AGE|stats|flush|faq add (--target NAME | --url "
        "ADMIN_URL\n"
        "        [--token-env VAR])                "
        "a gatehoused's response cache. ls filters with --search TEXT,\n"
        "                                          "
        "--model M, --pinned/--unpinned, --older-than/--newer-than\n"
        "                                          "
        "AGE (30s, 15m, 2h, 7d) and shows --limit N (100) or --all;\n"
        "                                          IDs may be shortened to a unique prefix. rm with filters\n"
        "                                          "
        "instead of IDs deletes every match (--dry-run counts them).\n"
        "                                          "
        "flush --yes deletes every unpinned entry (--include-pinned:\n"
        "                                          all). faq add --model M --question TEXT --answer TEXT|\n"
        "                                          "
        "--answer-file FILE [--system TEXT] [--param NAME=JSON...]\n"
        "                                          "
        "stores a pinned answer. ttl ID 2h|never sets a new time to\n"
        "                                          live from now\n");
}

int runCacheCommand(CtlContext& context, const QStringList& args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    Options o;
    if (const QString problem = parse(context, args, o); !problem.isEmpty())
        return context.usageError(problem);
    if (o.positional.isEmpty())
        return context.usageError(
            Text::tr("cache: say ls, get, rm, pin, unpin, ttl, stats, flush or faq add"));
    QString sub = o.positional.takeFirst();
    if (sub == QLatin1String("faq")) {
        if (o.positional.value(0) != QLatin1String("add"))
            return context.usageError(Text::tr("cache faq: say faq add"));
        o.positional.removeFirst();
        sub = QStringLiteral("faq add");
        // --model names the FAQ's model here, not a filter.
        o.faqModel = o.filter.model;
        o.filter.model.clear();
    }
    static const QStringList known{
        QStringLiteral("ls"),    QStringLiteral("get"),     QStringLiteral("rm"),
        QStringLiteral("pin"),   QStringLiteral("unpin"),   QStringLiteral("stats"),
        QStringLiteral("flush"), QStringLiteral("faq add"), QStringLiteral("ttl")};
    if (!known.contains(sub))
        return context.usageError(Text::tr("cache: unknown sub-command '%1'").arg(sub));
    const bool takesOneId =
        sub == QLatin1String("get") || sub == QLatin1String("pin") || sub == QLatin1String("unpin");
    if (takesOneId && o.positional.size() != 1)
        return context.usageError(Text::tr("cache %1 takes one entry id").arg(sub));
    if (sub == QLatin1String("ttl") && o.positional.size() != 2)
        return context.usageError(Text::tr("cache ttl takes an entry id and a time to live (2h, 7d, never)"));
    if (!takesOneId && sub != QLatin1String("rm") && sub != QLatin1String("ttl") && !o.positional.isEmpty())
        return context.usageError(Text::tr("cache %1 takes no arguments").arg(sub));
    const bool filters = sub == QLatin1String("ls") || (sub == QLatin1String("rm") && o.positional.isEmpty());
    if (!filters && !o.filter.isEmpty())
        return context.usageError(
            Text::tr("filters (--search, --model, --pinned, …) belong to cache ls and rm"));
    if (sub == QLatin1String("rm") && o.positional.isEmpty() && o.filter.isEmpty())
        return context.usageError(
            Text::tr("cache rm needs entry ids or a filter (--search, --model, --pinned, --unpinned, "
                     "--older-than, --newer-than); to delete everything use cache flush"));
    if (o.dryRun && !(sub == QLatin1String("rm") && o.positional.isEmpty()))
        return context.usageError(Text::tr("--dry-run belongs to cache rm with a filter"));

    if (o.target.isEmpty() == o.url.isEmpty())
        return context.usageError(
            Text::tr("cache %1: name either --target NAME (a registry entry) or --url ADMIN_URL").arg(sub));
    const std::optional<AdminEndpoint> endpoint = o.target.isEmpty()
                                                      ? adminTargetByUrl(context, o.url, o.tokenEnv)
                                                      : adminTargetByName(context, o.target);
    if (!endpoint)
        return 1;
    const QString name = o.target.isEmpty() ? o.url : o.target;
    AdminClient client(*endpoint);
    if (sub == QLatin1String("ls"))
        return ls(context, client, o);
    if (sub == QLatin1String("get"))
        return get(context, client, o.positional.first());
    if (sub == QLatin1String("rm"))
        return rm(context, client, name, o);
    if (sub == QLatin1String("pin") || sub == QLatin1String("unpin"))
        return pin(context, client, o.positional.first(), sub == QLatin1String("pin"));
    if (sub == QLatin1String("ttl"))
        return ttl(context, client, o.positional.at(0), o.positional.at(1));
    if (sub == QLatin1String("stats"))
        return stats(context, client, name);
    if (sub == QLatin1String("flush"))
        return flush(context, client, name, o);
    return faqAdd(context, client, name, o);
}

} // namespace gatehouse::cli
