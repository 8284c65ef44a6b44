#include "tests/support/CtlRun.h"
#include "tests/support/GatehousedProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using gatehouse::test::CtlRun;

// A suite against the demo model takes a while under the sanitizers: up to 120 s.
CtlRun ctl(const QStringList& args)
{
    return gatehouse::test::runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, {},
                                   QProcessEnvironment::systemEnvironment(), 120000);
}

QString writeFile(const QString& name, const QByteArray& content)
{
    const QString path = QDir::home().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

// Two cases that pass (an echoed answer with its checks; a 503 that was expected) and one that
// fails on purpose (the demo model echoes the prompt, which the case forbids).
const QByteArray mixedSuite =
    "{\n"
    "  \"name\": \"demo regressions\",\n"
    "  \"target\": \"Demo\",\n"
    "  \"model\": \"demo-fast\",\n"
    "  \"concurrency\": 2,\n"
    "  \"parameters\": {\"temperature\": 0, \"max_tokens\": 200},\n"
    "  \"cases\": [\n"
    "    {\"name\": \"echoes the question\", \"prompt\": \"What is a gateway?\",\n"
    "     \"expect\": {\"contains\": \"What is a gateway?\", \"regex\": \"gate(way|keeper)\",\n"
    "                \"not_contains\": \"Traceback\", \"max_ttft_ms\": 30000,\n"
    "                \"max_total_ms\": 60000, \"filter\": \"pass\"}},\n"
    "    {\"name\": \"overloaded upstream says 503\", \"model\": \"demo-failing\",\n"
    "     \"prompt\": \"hello\", \"expect\": {\"status\": 503}},\n"
    "    {\"name\": \"must not echo\", \"prompt\": \"Say nothing about cats\",\n"
    "     \"expect\": {\"not_contains\": \"cats\", \"status\": 200}}\n"
    "  ]\n"
    "}\n";

const QByteArray passingSuite =
    "{\"target\": \"Demo\", \"model\": \"demo-fast\", \"cases\": [\n"
    "  {\"name\": \"one\", \"prompt\": \"first question\", \"expect\": {\"contains\": \"first\"}},\n"
    "  {\"name\": \"two\", \"prompt\": \"second question\", \"expect\": {\"contains\": \"second\"}}\n"
    "]}\n";

} // namespace

// gatehousectl suite run against a real gatehoused with a fast and an always-failing demo model.
class TestCtlSuite : public QObject
{
    Q_OBJECT

    std::unique_ptr<gatehouse::test::GatehousedProcess> m_gateway;

private slots:
    void initTestCase()
    {
        const QString config = writeFile(QStringLiteral("gatehoused.toml"), "[[upstreams]]\n"
                                                                            "name = \"fast\"\n"
                                                                            "kind = \"demo\"\n"
                                                                            "first_token_ms = 0\n"
                                                                            "chunk_ms = 1\n"
                                                                            "[[upstreams]]\n"
                                                                            "name = \"failing\"\n"
                                                                            "kind = \"demo\"\n"
                                                                            "error_rate = 1.0\n"
                                                                            "error_status = 503\n"
                                                                            "[[models]]\n"
                                                                            "name = \"demo-fast\"\n"
                                                                            "upstreams = [\"fast\"]\n"
                                                                            "[[models]]\n"
                                                                            "name = \"demo-failing\"\n"
                                                                            "upstreams = [\"failing\"]\n");
        m_gateway = std::make_unique<gatehouse::test::GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH),
            QStringList{QStringLiteral("--config"), config, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        const QString url = m_gateway->baseUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(m_gateway->log()));
        const CtlRun add =
            ctl({QStringLiteral("gateway"), QStringLiteral("add"), QStringLiteral("Demo"),
                 QStringLiteral("--kind"), QStringLiteral("gatehouse"), QStringLiteral("--url"), url});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }

    void cleanupTestCase() { QCOMPARE(m_gateway->stop(), 0); }

    void aFailingCaseFailsTheRunAndTheJUnitReportCountsIt()
    {
        const QString suite = writeFile(QStringLiteral("mixed.json"), mixedSuite);
        const QString junit = QDir::home().filePath(QStringLiteral("report.xml"));
        const CtlRun r =
            ctl({QStringLiteral("suite"), QStringLiteral("run"), suite, QStringLiteral("--junit"), junit});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("2 passed, 1 failed, 0 skipped"), qPrintable(r.out));
        QVERIFY2(r.out.contains("FAIL    must not echo"), qPrintable(r.out));
        QVERIFY2(r.out.contains("not_contains \"cats\" (found in the answer)"), qPrintable(r.out));
        QVERIFY2(r.out.contains("PASS    overloaded upstream says 503"), qPrintable(r.out));

        QFile f(junit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int testcases = 0;
        int failures = 0;
        QString suiteTests;
        QString suiteFailures;
        QStringList failed;
        QString currentCase;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("testsuite")) {
                suiteTests = xml.attributes().value(QLatin1String("tests")).toString();
                suiteFailures = xml.attributes().value(QLatin1String("failures")).toString();
            } else if (xml.name() == QLatin1String("testcase")) {
                ++testcases;
                currentCase = xml.attributes().value(QLatin1String("name")).toString();
                QVERIFY(xml.attributes().hasAttribute(QLatin1String("time")));
                QCOMPARE(xml.attributes().value(QLatin1String("classname")).toString(),
                         QStringLiteral("demo regressions.Demo"));
            } else if (xml.name() == QLatin1String("failure")) {
                ++failures;
                failed << currentCase;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed
        QCOMPARE(testcases, 3);
        QCOMPARE(failures, 1);
        QCOMPARE(suiteTests, QStringLiteral("3"));
        QCOMPARE(suiteFailures, QStringLiteral("1"));
        QCOMPARE(failed, QStringList{QStringLiteral("must not echo")});
    }

    void aPassingSuiteExitsZeroAndJsonHasEveryCase()
    {
        const QString suite = writeFile(QStringLiteral("passing.json"), passingSuite);
        const CtlRun r = ctl({QStringLiteral("suite"), QStringLiteral("run"), suite, QStringLiteral("--json"),
                              QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("passed").toInt(), 2);
        QCOMPARE(o.value("failed").toInt(), 0);
        const QJsonArray cases = o.value("cases").toArray();
        QCOMPARE(cases.size(), 2);
        for (const QJsonValue& c : cases) {
            QCOMPARE(c.toObject().value("result").toString(), QStringLiteral("pass"));
            QVERIFY(c.toObject().value("ttft_ms").toInt() >= 0);
            QVERIFY(!c.toObject().value("text").toString().isEmpty());
            QVERIFY(!c.toObject().value("checks").toArray().isEmpty());
        }
    }

    void severalTargetsRunEveryCaseAgainstEach()
    {
        const CtlRun add = ctl({QStringLiteral("gateway"), QStringLiteral("add"),
                                QStringLiteral("Demo again"), QStringLiteral("--kind"),
                                QStringLiteral("gatehouse"), QStringLiteral("--url"), m_gateway->baseUrl()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString suite = writeFile(QStringLiteral("passing.json"), passingSuite);
        const QString junit = QDir::home().filePath(QStringLiteral("two.xml"));
        const CtlRun r = ctl({QStringLiteral("suite"), QStringLiteral("run"), suite, QStringLiteral("--json"),
                              QStringLiteral("--target"), QStringLiteral("Demo"), QStringLiteral("--target"),
                              QStringLiteral("Demo again"), QStringLiteral("--junit"), junit});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out.right(900)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("passed").toInt(), 4);
        const QJsonArray cases = o.value("cases").toArray();
        QCOMPARE(cases.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QCOMPARE(c.value("target").toString(),
                     i % 2 ? QStringLiteral("Demo again") : QStringLiteral("Demo"));
            QCOMPARE(c.value("name").toString(), cases.at(i - i % 2).toObject().value("name").toString());
            // The second target's answers are compared with the first's: the demo's are equal.
            QCOMPARE(c.contains("compared_with"), i % 2 == 1);
            if (i % 2) {
                QCOMPARE(c.value("compared_with").toString(), QStringLiteral("Demo"));
                QCOMPARE(c.value("same_ratio").toDouble(), 1.0);
            }
        }
        QFile f(junit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        QCOMPARE(xml.count("<testcase "), 4);
        QVERIFY2(xml.contains("classname=\"demo smoke.Demo again\"") || xml.contains(".Demo again\""),
                 xml.constData());
    }

    void anUnknownTargetFailsEveryCase()
    {
        const QString suite = writeFile(QStringLiteral("passing.json"), passingSuite);
        const CtlRun r = ctl({QStringLiteral("suite"), QStringLiteral("run"), suite,
                              QStringLiteral("--target"), QStringLiteral("Nowhere")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no gateway named 'Nowhere'"), qPrintable(r.err));
    }

    void badSuitesAndUsageGetClearErrors()
    {
        const QString bad =
            writeFile(QStringLiteral("bad.json"),
                      "{\"model\": \"m\", \"cases\": [{\"prompt\": \"p\", \"expect\": {\"regex\": \"(\"}}]}");
        const CtlRun r = ctl({QStringLiteral("suite"), QStringLiteral("run"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.json: cases[0].expect.regex: missing )"), qPrintable(r.err));

        const QString typo = writeFile(
            QStringLiteral("typo.json"),
            "{\"model\": \"m\", \"cases\": [{\"prompt\": \"p\", \"expect\": {\"contain\": \"x\"}}]}");
        const CtlRun t = ctl({QStringLiteral("suite"), QStringLiteral("run"), typo});
        QCOMPARE(t.exitCode, 1);
        QVERIFY2(t.err.contains("cases[0].expect.contain: unknown field"), qPrintable(t.err));

        QCOMPARE(ctl({QStringLiteral("suite"), QStringLiteral("run")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("suite"), QStringLiteral("walk"), bad}).exitCode, 2);
    }
};

QTEST_MAIN(TestCtlSuite)
#include "tst_ctl_suite.moc"
