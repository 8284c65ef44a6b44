#include "tests/support/CtlRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// gatehousectl metrics parse, run as a user would.
class TestCtlMetrics : public QObject
{
    Q_OBJECT

    static gatehouse::test::CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        return gatehouse::test::runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input);
    }

    static QString write(const QString& name, const QByteArray& content)
    {
        const QString path = QDir::home().filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private slots:
    void listsFamiliesAndSamples()
    {
        const QString file =
            write(QStringLiteral("ok.prom"),
                  "# HELP http_requests_total Requests.\n# TYPE http_requests_total counter\n"
                  "http_requests_total{code=\"200\"} 1027 1395066363000\n"
                  "http_requests_total{code=\"500\"} 3\n"
                  "# TYPE up gauge\nup 1\n");
        const gatehouse::test::CtlRun r = ctl({QStringLiteral("metrics"), QStringLiteral("parse"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("http_requests_total  counter  2 samples"));
        QVERIFY(r.out.contains("2 families, 3 samples (Prometheus text 0.0.4)"));
    }

    void jsonKeepsNaNAndInfinityAsStrings()
    {
        const gatehouse::test::CtlRun r =
            ctl({QStringLiteral("--json"), QStringLiteral("metrics"), QStringLiteral("parse"),
                 QStringLiteral("-")},
                "# TYPE t gauge\nt{k=\"a\\\"b\"} NaN\nt{k=\"c\"} +Inf\n# EOF\n");
        QCOMPARE(r.exitCode, 0);
        const QJsonArray families = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(families.size(), 1);
        const QJsonArray samples = families[0].toObject().value("samples").toArray();
        QCOMPARE(samples[0].toObject().value("value").toString(), QStringLiteral("NaN"));
        QCOMPARE(samples[0].toObject().value("labels").toObject().value("k").toString(),
                 QStringLiteral("a\"b"));
        QCOMPARE(samples[1].toObject().value("value").toString(), QStringLiteral("+Inf"));
    }

    void errorsNameFileLineAndColumn()
    {
        const QString file = write(QStringLiteral("bad.prom"), "a 1\nb{c='d'} 2\n");
        const gatehouse::test::CtlRun r = ctl({QStringLiteral("metrics"), QStringLiteral("parse"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("gatehousectl: " + file + ":2:"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("metrics")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("metrics"), QStringLiteral("parse")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("metrics"), QStringLiteral("parse"), QStringLiteral("x"),
                      QStringLiteral("--format=xml")})
                     .exitCode,
                 2);
        const gatehouse::test::CtlRun missing =
            ctl({QStringLiteral("metrics"), QStringLiteral("parse"), QStringLiteral("/nonexistent/file")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("cannot read /nonexistent/file"));
    }
};

QTEST_GUILESS_MAIN(TestCtlMetrics)
#include "tst_ctl_metrics.moc"
