#include "cli/SuiteCommand.h"

#include "core/chat/ChatClient.h"
#include "core/database/ConsoleDatabase.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretCatalog.h"
#include "core/secrets/SecretStore.h"
#include "core/suites/AnswerDiff.h"
#include "core/suites/JUnitReport.h"
#include "core/suites/SuiteRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

namespace gatehouse::cli {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SuiteCommand)
};

struct SuiteOptions
{
    QString file;
    QStringList targets; // --target, repeatable: every case against each
    QString junit;
    int concurrency = 0;
};

QString parseOptions(QStringList args, SuiteOptions& o, bool& json)
{
    if (args.isEmpty() || args.first() != QLatin1String("run"))
        return Text::tr("suite: the only subcommand is 'run FILE'");
    args.removeFirst();
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        auto value = [&](QString& out) {
            if (args.isEmpty())
                return false;
            out = args.takeFirst();
            return true;
        };
        if (a == QLatin1String("--target")) {
            QString target;
            if (!value(target))
                return Text::tr("--target needs a gateway name");
            o.targets << target;
        } else if (a == QLatin1String("--junit")) {
            if (!value(o.junit))
                return Text::tr("--junit needs an output file");
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--concurrency")) {
            QString v;
            bool ok = false;
            if (value(v))
                o.concurrency = v.toInt(&ok);
            if (!ok || o.concurrency < 1 || o.concurrency > 16)
                return Text::tr("--concurrency takes a number from 1 to 16");
        } else if (a.startsWith(QLatin1String("--"))) {
            return Text::tr("suite run: unknown option '%1'").arg(a);
        } else if (o.file.isEmpty()) {
            o.file = a;
        } else {
            return Text::tr("suite run: one suite FILE at a time");
        }
    }
    if (o.file.isEmpty())
        return Text::tr("suite run: give the suite FILE");
    return {};
}

// Not translated: scripts look for these, and --json has them in lower case.
QString stateWord(CaseResult::State state)
{
    switch (state) {
    case CaseResult::State::Passed:
        return QStringLiteral("PASS");
    case CaseResult::State::Failed:
        return QStringLiteral("FAIL");
    default:
        return QStringLiteral("SKIP");
    }
}

QString failedChecks(const CaseResult& r)
{
    if (!r.problem.isEmpty())
        return r.problem;
    QStringList failed;
    for (const CheckResult& c : r.checks) {
        if (!c.passed)
            failed << QStringLiteral("%1 (%2)").arg(c.check, c.detail);
    }
    return failed.join(QStringLiteral("; "));
}

QString millis(qint64 ms)
{
    return ms < 0 ? QStringLiteral("–") : Text::tr("%1 ms").arg(ms);
}

void printTable(QTextStream& out, const PromptSuite& suite, const QList<CaseResult>& results)
{
    const QString resultHeading = Text::tr("RESULT");
    const QString nameHeading = Text::tr("CASE");
    const QString targetHeading = Text::tr("TARGET");
    const int resultWidth = qMax(6, int(resultHeading.size()));
    int nameWidth = int(nameHeading.size());
    int targetWidth = int(targetHeading.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        nameWidth = qMax(nameWidth, int(suite.cases.at(results.at(i).caseIndex).name.size()));
        targetWidth = qMax(
            targetWidth, int(QStringLiteral("%1/%2").arg(results.at(i).target, results.at(i).model).size()));
    }
    nameWidth = qMin(nameWidth, 40);
    targetWidth = qMin(targetWidth, 40);
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(resultHeading.leftJustified(resultWidth), nameHeading.leftJustified(nameWidth),
                    targetHeading.leftJustified(targetWidth), Text::tr("TTFT").rightJustified(8),
                    Text::tr("TOTAL").rightJustified(9), Text::tr("FAILED CHECKS"));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CaseResult& r = results.at(i);
        const bool ran = r.state == CaseResult::State::Passed ||
                         (r.state == CaseResult::State::Failed && r.problem.isEmpty());
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(stateWord(r.state).leftJustified(resultWidth),
                        suite.cases.at(r.caseIndex).name.leftJustified(nameWidth, u' ', true),
                        QStringLiteral("%1/%2").arg(r.target, r.model).leftJustified(targetWidth, u' ', true),
                        (ran ? millis(r.outcome.figures.timeToFirstTokenMs) : QStringLiteral("–"))
                            .rightJustified(8),
                        (ran ? millis(r.outcome.figures.totalMs) : QStringLiteral("–")).rightJustified(9),
                        failedChecks(r));
    }
}

QJsonObject resultsJson(const SuiteRunner& runner)
{
    QJsonArray cases;
    const PromptSuite& suite = runner.suite();
    for (qsizetype i = 0; i < runner.results().size(); ++i) {
        const CaseResult& r = runner.results().at(i);
        const AnswerFigures& f = r.outcome.figures;
        QJsonArray checks;
        for (const CheckResult& c : r.checks)
            checks.append(QJsonObject{{QStringLiteral("check"), c.check},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("detail"), c.detail}});
        QJsonObject o{{QStringLiteral("name"), suite.cases.at(r.caseIndex).name},
                      {QStringLiteral("result"), stateWord(r.state).toLower()},
                      {QStringLiteral("target"), r.target},
                      {QStringLiteral("model"), r.model},
                      {QStringLiteral("text"), r.outcome.content},
                      {QStringLiteral("total_ms"), f.totalMs},
                      {QStringLiteral("prompt_tokens"), f.promptTokens},
                      {QStringLiteral("completion_tokens"), f.completionTokens},
                      {QStringLiteral("cache"), r.outcome.verdicts.cache},
                      {QStringLiteral("filter"), r.outcome.verdicts.filter},
                      {QStringLiteral("upstream"), r.outcome.verdicts.upstream},
                      {QStringLiteral("request_id"), r.outcome.verdicts.requestId},
                      {QStringLiteral("checks"), checks}};
        if (const int first = runner.firstTargetResultOf(int(i)); first >= 0) {
            const CaseResult& reference = runner.results().at(first);
            o.insert(QStringLiteral("compared_with"), reference.target);
            o.insert(QStringLiteral("same_ratio"),
                     diffAnswers(reference.outcome.content, r.outcome.content).sameRatio);
        }
        o.insert(QStringLiteral("ttft_ms"),
                 f.timeToFirstTokenMs >= 0 ? QJsonValue(f.timeToFirstTokenMs) : QJsonValue());
        o.insert(QStringLiteral("tokens_per_s"),
                 f.tokensPerSecond ? QJsonValue(*f.tokensPerSecond) : QJsonValue());
        o.insert(QStringLiteral("error"), !r.problem.isEmpty() ? QJsonValue(r.problem)
                                          : r.outcome.error    ? QJsonValue(r.outcome.error.message())
                                                               : QJsonValue());
        cases.append(o);
    }
    return {{QStringLiteral("suite"), suite.name},
            {QStringLiteral("passed"), runner.passedCount()},
            {QStringLiteral("failed"), runner.failedCount()},
            {QStringLiteral("skipped"), runner.skippedCount()},
            {QStringLiteral("cases"), cases}};
}

} // namespace

QString suiteCommandHelp()
{
    //: Keep the command and option names and the placeholders (FILE, NAME, N, OUT.xml) as they are;
    //: the descriptions start in column 43; docs/prompt-suites.md is a file name.
    return Text::tr(
        "  suite run FILE [--target NAME]... [--concurrency N] [--junit OUT.xml] [--json]\n"
        "                                          run a prompt suite (docs/prompt-suites.md): a table\n"
        "                                          of cases, JUnit XML for CI; exit code 1 if any fails;\n"
        "                                          several --target run every case against each\n");
}

int runSuiteCommand(CtlContext& context, const QStringList& args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("default.debug=false"));
    SuiteOptions o;
    bool json = context.json();
    const QString problem = parseOptions(args, o, json);
    if (!problem.isEmpty())
        return context.usageError(problem);
    QString error;
    const auto suite = PromptSuite::fromFile(o.file, error);
    if (!suite)
        return context.fail(error);
    ConsoleDatabase* db = context.database();
    if (!db)
        return 1;
    GatewayRegistry registry(*db);
    for (const QString& target : std::as_const(o.targets)) {
        if (!registry.findByName(target))
            return context.fail(
                Text::tr("no gateway named '%1' (see gatehousectl gateway list)").arg(target));
    }
    SecretCatalog catalog(*db);
    SecretStore secrets(catalog);
    ChatClient client;
    SuiteRunner runner(registry, secrets, client);
    if (!json) {
        QObject::connect(&runner, &SuiteRunner::caseFinished, &runner, [&](int index) {
            const CaseResult& r = runner.results().at(index);
            context.err() << QStringLiteral("[%1/%2] %3 %4")
                                 .arg(index + 1)
                                 .arg(runner.results().size())
                                 .arg(stateWord(r.state), suite->cases.at(r.caseIndex).name)
                          << (o.targets.size() > 1 ? QStringLiteral(" (%1)").arg(r.target) : QString())
                          << Qt::endl;
        });
    }
    QEventLoop loop;
    QObject::connect(&runner, &SuiteRunner::finished, &loop, &QEventLoop::quit);
    runner.start(*suite, o.targets, o.concurrency);
    loop.exec();

    if (!o.junit.isEmpty()) {
        QSaveFile out(o.junit);
        if (!out.open(QIODevice::WriteOnly) || out.write(junitReport(*suite, runner.results())) < 0 ||
            !out.commit())
            return context.fail(
                Text::tr("cannot write the JUnit report %1: %2").arg(o.junit, out.errorString()));
    }
    if (json) {
        context.out() << QJsonDocument(resultsJson(runner)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printTable(context.out(), *suite, runner.results());
        context.out() << Text::tr("%1 passed, %2 failed, %3 skipped")
                             .arg(runner.passedCount())
                             .arg(runner.failedCount())
                             .arg(runner.skippedCount())
                      << '\n';
        context.out().flush();
    }
    return runner.passedCount() == runner.results().size() ? 0 : 1;
}

} // namespace gatehouse::cli
