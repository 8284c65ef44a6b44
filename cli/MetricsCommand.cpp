#include "cli/MetricsCommand.h"

#include "cli/MetricsQueryCommand.h"
#include "cli/MetricsScrapeCommand.h"
#include "core/promtext/Escapes.h"
#include "core/promtext/Scrape.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace gatehouse::cli {

using namespace gatehouse::promtext;

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)
};

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// OpenMetrics must end in "# EOF"; anything else is read as the Prometheus text format.
Format guessFormat(const QByteArray& bytes)
{
    return bytes.trimmed().endsWith("# EOF") ? Format::OpenMetrics1 : Format::Prometheus004;
}

QJsonValue number(double v)
{
    // JSON has no NaN or infinities; Prometheus's HTTP API writes them as strings, and so do we.
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}

QJsonObject labelsJson(const Scrape& scrape, const ScrapeSample& sample)
{
    QJsonObject labels;
    for (const Label& l : scrape.labelsOf(sample))
        labels.insert(text(l.name), QString::fromStdString(unescapeLabelValue(l.rawValue, scrape.format)));
    return labels;
}

void printJson(CtlContext& context, const Scrape& scrape)
{
    QJsonArray families;
    for (const Family& f : scrape.families) {
        QJsonArray samples;
        for (const ScrapeSample& s : scrape.samplesOf(f)) {
            QJsonObject sample{{QStringLiteral("name"), text(s.name)},
                               {QStringLiteral("labels"), labelsJson(scrape, s)},
                               {QStringLiteral("value"), number(s.value)}};
            if (s.timestampMs)
                sample.insert(QStringLiteral("timestamp_ms"), qint64(*s.timestampMs));
            samples.append(sample);
        }
        QJsonObject family{
            {QStringLiteral("name"), text(f.name)},
            {QStringLiteral("type"), text(metricTypeName(f.type))},
            {QStringLiteral("help"), QString::fromStdString(unescapeHelp(f.helpRaw, scrape.format))},
            {QStringLiteral("samples"), samples}};
        if (!f.unit.empty())
            family.insert(QStringLiteral("unit"), text(f.unit));
        families.append(family);
    }
    context.out() << QJsonDocument(families).toJson(QJsonDocument::Indented);
}

void printText(CtlContext& context, const Scrape& scrape)
{
    for (const Family& f : scrape.families) {
        const int count = int(f.sampleCount);
        context.out() << text(f.name) << "  " << text(metricTypeName(f.type)) << "  "
                      << Text::tr("%n sample(s)", nullptr, count) << "\n";
        for (const ScrapeSample& s : scrape.samplesOf(f)) {
            QStringList labels;
            for (const Label& l : scrape.labelsOf(s))
                labels << QStringLiteral("%1=\"%2\"").arg(text(l.name), text(l.rawValue));
            context.out() << "    " << text(s.name);
            if (!labels.isEmpty())
                context.out() << "{" << labels.join(QLatin1Char(',')) << "}";
            context.out() << " " << number(s.value).toVariant().toString() << "\n";
        }
    }
    //: %1 and %2 are counts, %3 the format's name (prometheus, openmetrics).
    context.out() << Text::tr("%1 families, %2 samples (%3)")
                         .arg(QString::number(scrape.families.size()), QString::number(scrape.samples.size()),
                              text(formatName(scrape.format)))
                  << "\n";
}

} // namespace

QString metricsCommandHelp()
{
    //: Keep the command and option names, the placeholders (FILE, URL, ID) and the values
    //: (auto, prometheus, openmetrics, 10s) as they are; the descriptions start in column 43.
    return Text::tr(
               "  metrics parse FILE [--format auto|prometheus|openmetrics]\n"
               "                                          list the families and samples of an exposition\n"
               "  metrics scrape URL [--profile auto|ID] [--window 10s] [--timeout 10s]\n"
               "                                          scrape a /metrics endpoint twice and print its "
               "signals\n") +
           metricsQueryCommandHelp();
}

int runMetricsCommand(CtlContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("scrape"))
        return runMetricsScrapeCommand(context, arguments.mid(1));
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("query"))
        return runMetricsQueryCommand(context, arguments.mid(1));
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != QLatin1String("parse"))
        return context.usageError(
            Text::tr("metrics: expected 'parse FILE', 'scrape URL' or 'query --signal SIGNAL'"));
    QString file;
    QString format = QStringLiteral("auto");
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--json")) {
            context.setJson(true);
        } else if (a == QLatin1String("--format") && !args.isEmpty()) {
            format = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(QLatin1String("--")) && a != QLatin1String("-")) {
            return context.usageError(Text::tr("metrics parse: unknown option '%1'").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return context.usageError(Text::tr("metrics parse: one FILE only"));
        }
    }
    if (file.isEmpty())
        return context.usageError(Text::tr("metrics parse: name the FILE to read (- for standard input)"));
    if (format != QLatin1String("auto") && format != QLatin1String("prometheus") &&
        format != QLatin1String("openmetrics"))
        return context.usageError(Text::tr("--format: use auto, prometheus or openmetrics"));

    QFile input;
    const bool opened = file == QLatin1String("-")
                            ? input.open(stdin, QIODevice::ReadOnly)
                            : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened)
        return context.fail(Text::tr("cannot read %1: %2").arg(file, input.errorString()));
    const QByteArray bytes = input.readAll();

    const Format chosen = format == QLatin1String("openmetrics")  ? Format::OpenMetrics1
                          : format == QLatin1String("prometheus") ? Format::Prometheus004
                                                                  : guessFormat(bytes);
    const ScrapeResult result =
        parseScrape(std::string_view(bytes.constData(), size_t(bytes.size())), chosen);
    if (result.error) {
        //: FILE:LINE:COLUMN: the parser's message (read as prometheus|openmetrics).
        return context.fail(
            Text::tr("%1:%2:%3: %4 (read as %5)")
                .arg(file == QLatin1String("-") ? QStringLiteral("<stdin>") : file,
                     QString::number(result.error->line), QString::number(result.error->column),
                     QString::fromStdString(result.error->message), text(formatName(chosen))));
    }
    if (context.json())
        printJson(context, result.scrape);
    else
        printText(context, result.scrape);
    return 0;
}

} // namespace gatehouse::cli
