#include "cli/RulesCommand.h"

#include "cli/AdminTarget.h"
#include "cli/RuleSetFile.h"
#include "cli/RulesPush.h"
#include "core/admin/AdminClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
};

struct Options
{
    QStringList positional;
    QString target;
    QString url;
    QString tokenEnv;
    QString ifMatch;
    QString stage = QStringLiteral("input");
    QString role;
    QString rulesFile;
    QString group;
};

QString parse(CtlContext& context, QStringList args, Options& o)
{
    const QHash<QString, QString*> values = {
        {QStringLiteral("--target"), &o.target},      {QStringLiteral("--url"), &o.url},
        {QStringLiteral("--token-env"), &o.tokenEnv}, {QStringLiteral("--if-match"), &o.ifMatch},
        {QStringLiteral("--stage"), &o.stage},        {QStringLiteral("--role"), &o.role},
        {QStringLiteral("--rules"), &o.rulesFile},    {QStringLiteral("--group"), &o.group},
    };
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if (values.contains(a)) {
            if (args.isEmpty())
                return Text::tr("%1 needs a value").arg(a);
            *values.value(a) = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--"))) {
            return Text::tr("rules: unknown option '%1'").arg(a);
        } else {
            o.positional << a;
        }
    }
    if (o.stage != QLatin1String("input") && o.stage != QLatin1String("output"))
        return Text::tr("--stage: use input or output");
    return {};
}

// Not translated, like the kind, action and stage codes beside it in rules list.
QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// A column header and the two spaces after it, `width` in all (more when the title is longer).
QString heading(const QString& title, int width)
{
    return title.leftJustified(width - 2) + QStringLiteral("  ");
}

QString stagesOf(const QJsonObject& rule)
{
    const QJsonObject scope = rule.value(QStringLiteral("scope")).toObject();
    QStringList stages;
    if (scope.value(QStringLiteral("input")).toBool(true))
        stages << QStringLiteral("input");
    if (scope.value(QStringLiteral("output")).toBool(false))
        stages << QStringLiteral("output");
    return stages.join(QLatin1Char(','));
}

int list(CtlContext& context, AdminClient& client)
{
    const AdminAnswer answer = await(client.get(QStringLiteral("rules")));
    if (!answer.ok)
        return context.fail(answer.error);
    if (context.json()) {
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const QJsonArray rules = answer.json.object().value(QStringLiteral("rules")).toArray();
    const QString idHeading = Text::tr("ID");
    int idWidth = int(idHeading.size());
    for (const QJsonValue r : rules)
        idWidth = std::max(idWidth, int(r.toObject().value(QStringLiteral("id")).toString().size()));
    context.out() << idHeading.leftJustified(idWidth + 2) << heading(Text::tr("KIND"), 10)
                  << heading(Text::tr("ACTION"), 8) << heading(Text::tr("STAGES"), 14)
                  << heading(Text::tr("ENABLED"), 9) << Text::tr("NAME") << '\n';
    for (const QJsonValue value : rules) {
        const QJsonObject r = value.toObject();
        context.out() << r.value(QStringLiteral("id")).toString().leftJustified(idWidth + 2)
                      << r.value(QStringLiteral("kind")).toString().leftJustified(10)
                      << r.value(QStringLiteral("action")).toString().leftJustified(8)
                      << stagesOf(r).leftJustified(14)
                      << yesNo(r.value(QStringLiteral("enabled")).toBool(true)).leftJustified(9)
                      << r.value(QStringLiteral("name")).toString() << '\n';
    }
    const int count = int(rules.size());
    context.out() << Text::tr("%n rule(s), ETag %1", nullptr, count).arg(QString::fromLatin1(answer.etag))
                  << Qt::endl;
    return 0;
}

QString rulePath(const QString& id)
{
    return QStringLiteral("rules/") + QString::fromUtf8(QUrl::toPercentEncoding(id));
}

int get(CtlContext& context, AdminClient& client, const QString& id)
{
    const AdminAnswer answer = await(client.get(rulePath(id)));
    if (!answer.ok)
        return context.fail(answer.error);
    context.out() << answer.json.toJson(context.json() ? QJsonDocument::Compact : QJsonDocument::Indented);
    context.out().flush();
    return 0;
}

int apply(CtlContext& context, AdminClient& client, const QString& name, const QString& file,
          const QString& ifMatch)
{
    const std::optional<QJsonDocument> set = readRuleSetFile(context, file);
    if (!set)
        return 1;
    const AdminAnswer answer = await(client.put(QStringLiteral("rules"), *set, ifMatch.toUtf8()));
    if (!answer.ok)
        return answer.status == 400 ? reportRuleErrors(context, name, answer.json, answer.error)
                                    : context.fail(name + QStringLiteral(": ") + answer.error);
    const int count = int(answer.json.object().value(QStringLiteral("rules")).toArray().size());
    if (context.json()) {
        context.out() << QJsonDocument(
                             QJsonObject{{QStringLiteral("gateway"), name},
                                         {QStringLiteral("rules"), count},
                                         {QStringLiteral("etag"), QString::fromLatin1(answer.etag)}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
    } else {
        context.out() << Text::tr("applied %n rule(s) to %1 (ETag %2)", nullptr, count)
                             .arg(name, QString::fromLatin1(answer.etag))
                      << Qt::endl;
    }
    return 0;
}

int remove(CtlContext& context, AdminClient& client, const QString& name, const QString& id)
{
    const AdminAnswer answer = await(client.remove(rulePath(id)));
    if (!answer.ok)
        return context.fail(name + QStringLiteral(": ") + answer.error);
    context.out() << Text::tr("deleted rule '%1' from %2").arg(id, name) << Qt::endl;
    return 0;
}

int test(CtlContext& context, AdminClient& client, const Options& o, const QString& text)
{
    QJsonObject body{{QStringLiteral("text"), text}, {QStringLiteral("stage"), o.stage}};
    if (!o.role.isEmpty())
        body.insert(QStringLiteral("role"), o.role);
    if (!o.rulesFile.isEmpty()) {
        const std::optional<QJsonDocument> set = readRuleSetFile(context, o.rulesFile);
        if (!set)
            return 1;
        body.insert(QStringLiteral("rules"), set->object());
    }
    const AdminAnswer answer = await(client.post(QStringLiteral("rules/test"), QJsonDocument(body)));
    if (!answer.ok)
        return answer.status == 400 ? reportRuleErrors(context, o.rulesFile, answer.json, answer.error)
                                    : context.fail(answer.error);
    if (context.json()) {
        context.out() << answer.json.toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    const QJsonObject result = answer.json.object();
    //: %1 is the verdict's code as the admin API gives it (allow, block, redact, …).
    context.out() << Text::tr("verdict: %1").arg(result.value(QStringLiteral("verdict")).toString()) << '\n';
    const QByteArray utf8 = text.toUtf8();
    for (const QJsonValue value : result.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject m = value.toObject();
        const int begin = m.value(QStringLiteral("begin")).toInt();
        const int end = m.value(QStringLiteral("end")).toInt();
        context.out() << "  " << m.value(QStringLiteral("rule")).toString() << "  "
                      << m.value(QStringLiteral("action")).toString() << "  "
                      << Text::tr("bytes %1-%2").arg(QString::number(begin), QString::number(end));
        if (!m.value(QStringLiteral("detail")).isNull())
            context.out() << "  " << m.value(QStringLiteral("detail")).toString();
        else
            context.out() << "  \"" << QString::fromUtf8(utf8.mid(begin, end - begin)) << "\"";
        context.out() << '\n';
    }
    if (result.value(QStringLiteral("redacted")).isString())
        context.out() << Text::tr("redacted: %1").arg(result.value(QStringLiteral("redacted")).toString())
                      << '\n';
    const QJsonObject response = result.value(QStringLiteral("response")).toObject();
    if (!response.isEmpty())
        //: %1 is the HTTP status the client would get, %2 the response body (JSON).
        context.out() << Text::tr("client gets: %1 %2")
                             .arg(QString::number(response.value(QStringLiteral("status")).toInt()),
                                  QString::fromUtf8(
                                      QJsonDocument(response.value(QStringLiteral("body")).toObject())
                                          .toJson(QJsonDocument::Compact)))
                      << '\n';
    context.out().flush();
    return 0;
}

} // namespace

QString rulesCommandHelp()
{
    //: Keep the command, sub-command and option names, the placeholders (ID, FILE, TEXT, NAME,
    //: ADMIN_URL, VAR, ETAG, R, TAG) and input|output as they are; the descriptions start in column 43.
    return Text::tr(
        "  rules list|get ID|apply FILE|delete ID|test TEXT (--target NAME | --url ADMIN_URL [--token-env "
        "VAR])\n"
        "                                          "
        "a gatehoused's content filter rules: list them (--json: the\n"
        "                                          "
        "whole set, ready for apply), show one, replace the set from\n"
        "                                          "
        "FILE (- reads stdin; --if-match ETAG refuses a lost update),\n"
        "                                          "
        "delete one, or test TEXT (--stage input|output, --role R,\n"
        "                                          --rules FILE to test rules that are not stored)\n"
        "  rules push --group TAG FILE             "
        "apply FILE to every gateway tagged TAG; one line per gateway,\n"
        "                                          exit 1 when any failed (the others keep the new set)\n");
}

int runRulesCommand(CtlContext& context, const QStringList& args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    Options o;
    if (const QString problem = parse(context, args, o); !problem.isEmpty())
        return context.usageError(problem);
    if (o.positional.isEmpty())
        return context.usageError(Text::tr("rules: say list, get, apply, delete, test or push"));
    const QString sub = o.positional.takeFirst();
    const qsizetype wanted = (sub == QLatin1String("list")) ? 0 : 1;
    if (sub != QLatin1String("list") && sub != QLatin1String("get") && sub != QLatin1String("apply") &&
        sub != QLatin1String("delete") && sub != QLatin1String("test") && sub != QLatin1String("push"))
        return context.usageError(Text::tr("rules: unknown sub-command '%1'").arg(sub));
    if (o.positional.size() != wanted)
        return context.usageError(
            wanted == 0 ? Text::tr("rules list takes no arguments")
                        : Text::tr("rules %1 takes one argument (quote a text with spaces)").arg(sub));

    if (sub == QLatin1String("push")) {
        if (o.group.isEmpty())
            return context.usageError(Text::tr("rules push needs --group TAG"));
        if (!o.target.isEmpty() || !o.url.isEmpty())
            return context.usageError(Text::tr("rules push goes to a --group, not to --target or --url"));
        return pushRuleSet(context, o.group, o.positional.first());
    }
    if (!o.group.isEmpty())
        return context.usageError(Text::tr("--group belongs to 'rules push'"));
    if (!o.ifMatch.isEmpty() && sub != QLatin1String("apply"))
        return context.usageError(Text::tr("--if-match belongs to 'rules apply'"));
    if (o.target.isEmpty() == o.url.isEmpty())
        return context.usageError(
            Text::tr("rules %1: name either --target NAME (a registry entry) or --url ADMIN_URL").arg(sub));
    const std::optional<AdminEndpoint> endpoint = o.target.isEmpty()
                                                      ? adminTargetByUrl(context, o.url, o.tokenEnv)
                                                      : adminTargetByName(context, o.target);
    if (!endpoint)
        return 1;
    const QString name = o.target.isEmpty() ? o.url : o.target;
    AdminClient client(*endpoint);
    if (sub == QLatin1String("list"))
        return list(context, client);
    if (sub == QLatin1String("get"))
        return get(context, client, o.positional.first());
    if (sub == QLatin1String("apply"))
        return apply(context, client, name, o.positional.first(), o.ifMatch);
    if (sub == QLatin1String("delete"))
        return remove(context, client, name, o.positional.first());
    return test(context, client, o, o.positional.first());
}

} // namespace gatehouse::cli
