#include "core/suites/JUnitReport.h"

#include <QXmlStreamWriter>

namespace gatehouse {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString failureText(const CaseResult& r)
{
    if (!r.problem.isEmpty())
        return r.problem;
    QStringList lines;
    for (const CheckResult& c : r.checks) {
        if (!c.passed)
            lines << QStringLiteral("%1: %2").arg(c.check, c.detail);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QByteArray junitReport(const PromptSuite& suite, const QList<CaseResult>& results)
{
    int failures = 0;
    int skipped = 0;
    qint64 totalMs = 0;
    for (const CaseResult& r : results) {
        failures += r.state == CaseResult::State::Failed ? 1 : 0;
        skipped += r.state == CaseResult::State::Skipped || r.state == CaseResult::State::Waiting ? 1 : 0;
        totalMs += r.outcome.figures.totalMs;
    }
    const QString suiteName = suite.name.isEmpty() ? QStringLiteral("prompt suite") : suite.name;

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), suiteName);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), suiteName);
    xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const CaseResult& r = results.at(i);
        if (r.caseIndex < 0 || r.caseIndex >= suite.cases.size())
            continue;
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), suite.cases.at(r.caseIndex).name);
        xml.writeAttribute(
            QStringLiteral("classname"),
            QStringLiteral("%1.%2").arg(suiteName, r.target.isEmpty() ? QStringLiteral("?") : r.target));
        xml.writeAttribute(QStringLiteral("time"), seconds(r.outcome.figures.totalMs));
        if (r.state == CaseResult::State::Failed) {
            const QString text = failureText(r);
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), text.section(QLatin1Char('\n'), 0, 0));
            xml.writeCharacters(text);
            xml.writeEndElement();
        } else if (r.state != CaseResult::State::Passed) {
            xml.writeEmptyElement(QStringLiteral("skipped"));
        }
        if (r.state == CaseResult::State::Passed || r.state == CaseResult::State::Failed) {
            QString log = QStringLiteral("model: %1\n%2\n").arg(r.model, r.outcome.figures.summary());
            if (r.outcome.error)
                log += QStringLiteral("error: %1\n").arg(r.outcome.error.message());
            log += QStringLiteral("answer:\n%1\n").arg(r.outcome.content);
            xml.writeTextElement(QStringLiteral("system-out"), log);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace gatehouse
