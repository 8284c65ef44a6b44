#include "core/promtext/Escapes.h"
#include "core/promtext/Format.h"
#include "core/promtext/Parser.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace gatehouse::promtext;

Q_DECLARE_METATYPE(gatehouse::promtext::Format)

namespace {

std::string renderNumber(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

std::string renderLabels(std::span<const Label> labels, Format format)
{
    std::string out = "{";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i != 0)
            out += ',';
        out += std::string(labels[i].name) + "=" + unescapeLabelValue(labels[i].rawValue, format);
    }
    return out + "}";
}

// Every entry of a parse, one per " | ", or "ERROR line:column: message".
struct Outcome
{
    std::string entries;
    bool ok = false;
    ParseError error;
};

Outcome parse(const QByteArray& input, Format format)
{
    Outcome outcome;
    Parser parser(std::string_view(input.constData(), static_cast<std::size_t>(input.size())), format);
    std::string out;
    for (int guard = 0; guard < 10000; ++guard) {
        const Entry entry = parser.next();
        if (entry == Entry::End) {
            outcome.ok = true;
            break;
        }
        if (entry == Entry::Error) {
            outcome.error = parser.error();
            break;
        }
        if (!out.empty())
            out += " | ";
        switch (entry) {
        case Entry::Help:
            out += "HELP " + std::string(parser.familyName()) + " \"" +
                   unescapeHelp(parser.helpRaw(), format) + "\"";
            break;
        case Entry::Type:
            out += "TYPE " + std::string(parser.familyName()) + " " +
                   std::string(metricTypeName(parser.familyType()));
            break;
        case Entry::Unit:
            out += "UNIT " + std::string(parser.familyName()) + " " + std::string(parser.unit());
            break;
        case Entry::Sample:
            out += std::string(parser.metricName());
            if (!parser.labels().empty())
                out += renderLabels(parser.labels(), format);
            out += " " + renderNumber(parser.value());
            if (parser.timestampMs())
                out += " @" + std::to_string(*parser.timestampMs());
            if (const auto e = parser.exemplar()) {
                out += " # " + renderLabels(e->labels, format) + " " + renderNumber(e->value);
                if (e->timestampMs)
                    out += " @" + std::to_string(*e->timestampMs);
            }
            break;
        case Entry::End:
        case Entry::Error:
            break;
        }
    }
    outcome.entries = out;
    return outcome;
}

// A literal that may hold NUL bytes.
template <std::size_t N> QByteArray withNul(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

constexpr Format prom = Format::Prometheus004;
constexpr Format om = Format::OpenMetrics1;

} // namespace

class TestPromParser : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        // 0.0.4: every accept rule of specs.md §3 has its own row.
        QTest::newRow("0.0.4 trailing comma in braces")
            << prom << QByteArray("a{b=\"c\",} 1\n") << "a{b=c} 1";
        QTest::newRow("0.0.4 spaces inside braces")
            << prom << QByteArray("a{ b = \"c\" ,\td=\"e\" } 1\n") << "a{b=c,d=e} 1";
        QTest::newRow("0.0.4 space between name and {")
            << prom << QByteArray("a {b=\"c\"} 1\n") << "a{b=c} 1";
        QTest::newRow("0.0.4 missing comma between labels")
            << prom << QByteArray("a{b=\"c\" d=\"e\"} 1\na{b=\"c\"d=\"e\"} 2\n")
            << "a{b=c,d=e} 1 | a{b=c,d=e} 2";
        QTest::newRow("0.0.4 tab after #")
            << prom << QByteArray("#\tHELP a Some help.\n# \tTYPE a gauge\na 1\n")
            << "HELP a \"Some help.\" | TYPE a gauge | a 1";
        QTest::newRow("0.0.4 HELP with no text")
            << prom << QByteArray("# HELP a\n# HELP b \nb 1\n") << "HELP a \"\" | HELP b \"\" | b 1";
        QTest::newRow("0.0.4 names with colons")
            << prom << QByteArray("job:http_requests:rate5m{a_b=\"c\"} 1\n")
            << "job:http_requests:rate5m{a_b=c} 1";
        QTest::newRow("0.0.4 last line without newline") << prom << QByteArray("a 1\nb 2") << "a 1 | b 2";
        QTest::newRow("0.0.4 NaN") << prom << QByteArray("a NaN\n") << "a NaN";
        QTest::newRow("0.0.4 Nan (C++ exporters)") << prom << QByteArray("a Nan\n") << "a NaN";
        QTest::newRow("0.0.4 nan") << prom << QByteArray("a nan\n") << "a NaN";
        QTest::newRow("0.0.4 Inf") << prom << QByteArray("a Inf\n") << "a +Inf";
        QTest::newRow("0.0.4 +Inf") << prom << QByteArray("a +Inf\n") << "a +Inf";
        QTest::newRow("0.0.4 -Inf") << prom << QByteArray("a -Inf\n") << "a -Inf";
        QTest::newRow("0.0.4 inf, +INF, -inf")
            << prom << QByteArray("a inf\nb +INF\nc -inf\n") << "a +Inf | b +Inf | c -Inf";
        QTest::newRow("0.0.4 decimal forms")
            << prom << QByteArray("a 1.5e-3\nb .5\nc 5.\nd -0\ne +3\nf 1E3\ng 12345678901234567890\n")
            << "a 0.0015 | b 0.5 | c 5 | d -0 | e 3 | f 1000 | g 1.2345678901234567e+19";
        QTest::newRow("0.0.4 timestamp in milliseconds")
            << prom << QByteArray("a 1 1700000000123\nb 2 -5\n") << "a 1 @1700000000123 | b 2 @-5";
        QTest::newRow("0.0.4 blanks and tabs separate tokens")
            << prom << QByteArray("a\t1 \t 1000 \t\n") << "a 1 @1000";
        QTest::newRow("0.0.4 comments and empty lines ignored")
            << prom << QByteArray("# just a comment\n\n#\n#HELP is a comment too\n \t\n# HELPER x\na 1\n")
            << "a 1";
        QTest::newRow("0.0.4 label value escapes")
            << prom << QByteArray("a{b=\"x\\\"y\\\\z\\nw\"} 1\n") << "a{b=x\"y\\z\nw} 1";
        QTest::newRow("0.0.4 unknown label escape kept")
            << prom << QByteArray("a{b=\"\\a\"} 1\n") << "a{b=\\a} 1";
        QTest::newRow("0.0.4 HELP escapes \\\\ and \\n only")
            << prom << QByteArray("# HELP a x\\\\y\\nz \\\"q\\\"\n") << "HELP a \"x\\y\nz \\\"q\\\"\"";
        QTest::newRow("0.0.4 UTF-8 and NUL in label values") << prom
                                                             << withNul("a{b=\"gr\xc3\xb6\xc3\x9f"
                                                                        "e \xe2\x9c\x93\",c=\"x\0y\"} 1\n")
                                                             << QString::fromUtf8("a{b=gr\xc3\xb6\xc3\x9f"
                                                                                  "e \xe2\x9c\x93,c=x") +
                                                                    QChar(0) + "y} 1";
        QTest::newRow("0.0.4 untyped and all types")
            << prom
            << QByteArray(
                   "# TYPE a untyped\na 1\n# TYPE b counter\nb 1\n# TYPE c summary\nc_sum 1\nc_count 2\n"
                   "c{quantile=\"0.5\"} 3\n")
            << "TYPE a unknown | a 1 | TYPE b counter | b 1 | TYPE c summary | c_sum 1 | c_count 2 | "
               "c{quantile=0.5} 3";

        // OpenMetrics 1.0.
        QTest::newRow("OM counter with _total and _created")
            << om << QByteArray("# TYPE a counter\n# HELP a Requests.\na_total 1\na_created 1.7e9\n# EOF\n")
            << "TYPE a counter | HELP a \"Requests.\" | a_total 1 | a_created 1700000000";
        QTest::newRow("OM # EOF without newline") << om << QByteArray("a 1\n# EOF") << "a 1";
        QTest::newRow("OM timestamps are seconds")
            << om << QByteArray("a 1 1.5\nb 2 1700000000.123\nc 3 17\n# EOF\n")
            << "a 1 @1500 | b 2 @1700000000123 | c 3 @17000";
        QTest::newRow("OM \\\" is valid in HELP")
            << om << QByteArray("# HELP a Say \\\"hi\\\".\n# EOF\n") << "HELP a \"Say \"hi\".\"";
        QTest::newRow("OM unknown escape \\a reads as a")
            << om << QByteArray("# HELP a x\\ay\na{b=\"\\a\\\\\"} 1\n# EOF\n")
            << "HELP a \"xay\" | a{b=a\\} 1";
        QTest::newRow("OM exemplar with timestamp")
            << om
            << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 2 # {trace_id=\"abc\"} 0.5 1.25\n"
                          "h_bucket{le=\"+Inf\"} 3\nh_count 3\nh_sum 1.5\n# EOF\n")
            << "TYPE h histogram | h_bucket{le=1} 2 # {trace_id=abc} 0.5 @1250 | h_bucket{le=+Inf} 3 | "
               "h_count 3 | h_sum 1.5";
        QTest::newRow("OM exemplar after sample timestamp")
            << om << QByteArray("# TYPE c counter\nc_total 5 10 # {a=\"b\"} 1\n# EOF\n")
            << "TYPE c counter | c_total 5 @10000 # {a=b} 1";
        QTest::newRow("OM exemplar labels of exactly 128 code points")
            << om
            << (QByteArray("# TYPE c counter\nc_total 5 # {a=\"") + QByteArray(127, 'x') + "\"} 1\n# EOF\n")
            << QString("TYPE c counter | c_total 5 # {a=%1} 1").arg(QString(127, QLatin1Char('x')));
        QTest::newRow("OM UNIT")
            << om << QByteArray("# TYPE a_seconds gauge\n# UNIT a_seconds seconds\na_seconds 1\n# EOF\n")
            << "TYPE a_seconds gauge | UNIT a_seconds seconds | a_seconds 1";
        QTest::newRow("OM HELP with empty text") << om << QByteArray("# HELP a \n# EOF\n") << "HELP a \"\"";
        QTest::newRow("OM trailing comma tolerated")
            << om << QByteArray("a{b=\"c\",} 1\n# EOF\n") << "a{b=c} 1";
        QTest::newRow("OM NaN, Nan, +Inf, -Inf")
            << om << QByteArray("a NaN\nb Nan\nc +Inf\nd -inf\n# EOF\n") << "a NaN | b NaN | c +Inf | d -Inf";
        QTest::newRow("OM samples without metadata")
            << om << QByteArray("foo_total 17\nfoo_created 1\nfoo_total{a=\"b\"} 1\n# EOF\n")
            << "foo_total 17 | foo_created 1 | foo_total{a=b} 1";
        QTest::newRow("OM other types")
            << om
            << QByteArray("# TYPE g gaugehistogram\ng_bucket{le=\"+Inf\"} 1\ng_gcount 1\ng_gsum 2\n"
                          "# TYPE i info\ni_info{v=\"1\"} 1\n# TYPE s stateset\ns{s=\"a\"} 1\n"
                          "# TYPE u unknown\nu 1\n# EOF\n")
            << "TYPE g gaugehistogram | g_bucket{le=+Inf} 1 | g_gcount 1 | g_gsum 2 | TYPE i info | "
               "i_info{v=1} 1 | "
               "TYPE s stateset | s{s=a} 1 | TYPE u unknown | u 1";
    }

    void accepts()
    {
        QFETCH(Format, format);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Outcome outcome = parse(input, format);
        QVERIFY2(outcome.ok, outcome.error.toString().c_str());
        QCOMPARE(QString::fromStdString(outcome.entries), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");

        // 0.0.4: every reject rule of specs.md §3 has its own row.
        QTest::newRow("single-quoted value")
            << prom << QByteArray("a{b='c'} 1\n") << 1 << 5 << "double quotes";
        QTest::newRow("invalid UTF-8 in label value") << prom << QByteArray("a{b=\"ok\xff\"} 1\n") << 1 << 8
                                                      << "invalid UTF-8 in the value of label \"b\"";
        QTest::newRow("overlong UTF-8 in label value")
            << prom << QByteArray("a{b=\"\xc0\xaf\"} 1\n") << 1 << 6 << "invalid UTF-8";
        QTest::newRow("UTF-16 surrogate in label value")
            << prom << QByteArray("a{b=\"\xed\xa0\x80\"} 1\n") << 1 << 6 << "invalid UTF-8";
        QTest::newRow("truncated UTF-8 in label value")
            << prom << QByteArray("a{b=\"\xe2\x9c\"} 1\n") << 1 << 6 << "invalid UTF-8";
        QTest::newRow("empty label name")
            << prom << QByteArray("a{=\"b\"} 1\n") << 1 << 3 << "cannot be empty";
        QTest::newRow("labels without a metric name")
            << prom << QByteArray("{a=\"b\"} 1\n") << 1 << 1 << "expected a metric name before the labels";
        QTest::newRow("value true") << prom << QByteArray("a true\n") << 1 << 3 << "expected a number";
        QTest::newRow("junk after the timestamp")
            << prom << QByteArray("a 1 1000 x\n") << 1 << 10 << "after the timestamp";
        QTest::newRow("hex float") << prom << QByteArray("a 0x1p-3\n") << 1 << 3 << "expected a number";
        QTest::newRow("hex integer") << prom << QByteArray("a 0x10\n") << 1 << 3 << "expected a number";
        QTest::newRow("underscore in value")
            << prom << QByteArray("a 1_000\n") << 1 << 3 << "expected a number";
        QTest::newRow("underscore in timestamp")
            << prom << QByteArray("a 1 1_000\n") << 1 << 5 << "expected a timestamp in milliseconds";
        QTest::newRow("fractional timestamp in 0.0.4")
            << prom << QByteArray("a 1 1.5\n") << 1 << 5 << "expected a timestamp in milliseconds";
        QTest::newRow("value out of range") << prom << QByteArray("a 1e999\n") << 1 << 3 << "out of range";
        QTest::newRow("signed NaN") << prom << QByteArray("a -NaN\n") << 1 << 3 << "expected a number";
        QTest::newRow("exponent without digits")
            << prom << QByteArray("a 1e\n") << 1 << 3 << "expected a number";
        QTest::newRow("no value") << prom << QByteArray("a\n") << 1 << 2
                                  << "expected a blank and the sample value";
        QTest::newRow("no value after labels")
            << prom << QByteArray("a{b=\"c\"}\n") << 1 << 9 << "expected a blank and the sample value";
        QTest::newRow("unterminated label value")
            << prom << QByteArray("a{b=\"c} 1\n") << 1 << 10 << "to close the value of label \"b\"";
        QTest::newRow("double comma")
            << prom << QByteArray("a{b=\"c\",,d=\"e\"} 1\n") << 1 << 9 << "label name";
        QTest::newRow("label name missing =")
            << prom << QByteArray("a{b \"c\"} 1\n") << 1 << 5 << "expected '='";
        QTest::newRow("exemplar in 0.0.4")
            << prom << QByteArray("a 1 # {b=\"c\"} 1\n") << 1 << 5 << "expected a timestamp";
        QTest::newRow("unknown TYPE")
            << prom << QByteArray("# TYPE a gaugee\n") << 1 << 10 << "expected counter";
        QTest::newRow("OpenMetrics type in 0.0.4")
            << prom << QByteArray("# TYPE a gaugehistogram\n") << 1 << 10 << "untyped";
        QTest::newRow("HELP without a name")
            << prom << QByteArray("# HELP \n") << 1 << 8 << "expected a metric name";
        QTest::newRow("TYPE after the first sample")
            << prom << QByteArray("a 1\n# TYPE a gauge\n") << 2 << 1 << "before the first sample";
        QTest::newRow("second TYPE line")
            << prom << QByteArray("# TYPE a gauge\n# TYPE a counter\na 1\n") << 2 << 1 << "second TYPE";
        QTest::newRow("column counts code points")
            << prom << QByteArray("ok 1\nok 2\nmetric{l=\"\xc3\xbc\"} x\n") << 3 << 15 << "expected a number";

        // OpenMetrics 1.0.
        QTest::newRow("OM without # EOF")
            << om << QByteArray("a 1\n") << 2 << 1 << "expected '# EOF' as the last line";
        QTest::newRow("OM cut off in the last line")
            << om << QByteArray("a 1\nb 2") << 2 << 4 << "'# EOF' as the last line";
        QTest::newRow("OM empty input") << om << QByteArray() << 1 << 1 << "'# EOF'";
        QTest::newRow("OM data after # EOF")
            << om << QByteArray("# EOF\na 1\n") << 2 << 1 << "unexpected data after '# EOF'";
        QTest::newRow("OM empty line after # EOF")
            << om << QByteArray("a 1\n# EOF\n\n") << 3 << 1 << "unexpected data after '# EOF'";
        QTest::newRow("OM text after EOF on its line")
            << om << QByteArray("# EOF x\n") << 1 << 6 << "after '# EOF'";
        QTest::newRow("OM NaN timestamp")
            << om << QByteArray("a 1 NaN\n# EOF\n") << 1 << 5 << "timestamp in seconds (a finite number)";
        QTest::newRow("OM counter sample without _total")
            << om << QByteArray("# TYPE a counter\na 1\n# EOF\n") << 2 << 1 << "must be named \"a_total\"";
        QTest::newRow("OM sample outside its family's suffixes")
            << om << QByteArray("# TYPE a gauge\na_total 1\n# EOF\n") << 2 << 1
            << "does not belong to the gauge";
        QTest::newRow("OM interleaved samples")
            << om << QByteArray("# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n# EOF\n") << 5 << 1
            << "interleaved";
        QTest::newRow("OM interleaved metadata")
            << om << QByteArray("# TYPE a gauge\na 1\nb 1\n# HELP a x\n# EOF\n") << 4 << 1 << "interleaved";
        QTest::newRow("OM HELP after samples")
            << om << QByteArray("# TYPE a gauge\na 1\n# HELP a x\n# EOF\n") << 3 << 1 << "after its samples";
        QTest::newRow("OM exemplar labels over 128 code points")
            << om
            << (QByteArray("# TYPE c counter\nc_total 5 # {a=\"") + QByteArray(128, 'x') + "\"} 1\n# EOF\n")
            << 2 << 13 << "at most 128";
        QTest::newRow("OM exemplar without value")
            << om << QByteArray("# TYPE c counter\nc_total 1 # {a=\"b\"}\n# EOF\n") << 2 << 20
            << "exemplar value";
        QTest::newRow("OM empty line") << om << QByteArray("a 1\n\n# EOF\n") << 2 << 1 << "no empty lines";
        QTest::newRow("OM plain comment")
            << om << QByteArray("# hello\n# EOF\n") << 1 << 3 << "HELP, TYPE, UNIT";
        QTest::newRow("OM tab after #") << om << QByteArray("#\tTYPE a gauge\n# EOF\n") << 1 << 1 << "'# '";
        QTest::newRow("OM tab as separator") << om << QByteArray("a\t1\n# EOF\n") << 1 << 2 << "space";
        QTest::newRow("OM blank inside braces")
            << om << QByteArray("a{b=\"c\", d=\"e\"} 1\n# EOF\n") << 1 << 9 << "label name";
        QTest::newRow("OM missing comma")
            << om << QByteArray("a{b=\"c\"d=\"e\"} 1\n# EOF\n") << 1 << 8 << "expected ',' or '}'";
        QTest::newRow("OM HELP without text")
            << om << QByteArray("# HELP a\n# EOF\n") << 1 << 9 << "help text";
        QTest::newRow("OM unit not a suffix")
            << om << QByteArray("# UNIT a_bytes seconds\n# EOF\n") << 1 << 16 << "not a suffix";
        QTest::newRow("OM untyped is 0.0.4 only")
            << om << QByteArray("# TYPE a untyped\n# EOF\n") << 1 << 10 << "unknown";
        QTest::newRow("OM trailing space")
            << om << QByteArray("a 1 2 \n# EOF\n") << 1 << 6 << "after the timestamp";
        QTest::newRow("OM hex float")
            << om << QByteArray("a 0x1p-3\n# EOF\n") << 1 << 3 << "expected a number";
        QTest::newRow("OM underscore") << om << QByteArray("a 1_2\n# EOF\n") << 1 << 3 << "expected a number";
        QTest::newRow("OM single-quoted value")
            << om << QByteArray("a{b='c'} 1\n# EOF\n") << 1 << 5 << "double quotes";
        QTest::newRow("OM value true")
            << om << QByteArray("a true\n# EOF\n") << 1 << 3 << "expected a number";
    }

    void rejects()
    {
        QFETCH(Format, format);
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const Outcome outcome = parse(input, format);
        QVERIFY2(!outcome.ok, ("accepted: " + outcome.entries).c_str());
        const QString message = QString::fromStdString(outcome.error.toString());
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(int(outcome.error.line), line);
        QCOMPARE(int(outcome.error.column), column);
        QVERIFY2(message.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)),
                 qPrintable(message));
    }

    void staysFailedAfterAnError()
    {
        const std::string_view text = "a true\nb 1\n";
        Parser parser(text, prom);
        QCOMPARE(parser.next(), Entry::Error);
        QCOMPARE(parser.next(), Entry::Error);
        QCOMPARE(parser.error().line, std::size_t(1));
    }

    void viewsPointIntoTheScrape()
    {
        const std::string text = "# HELP a The \\\\ help\na{b=\"x\\\"y\"} 1\n";
        Parser parser(text, prom);
        QCOMPARE(parser.next(), Entry::Help);
        QCOMPARE(parser.helpRaw().data(), text.data() + text.find("The"));
        QCOMPARE(parser.next(), Entry::Sample);
        const auto labels = parser.labels();
        QCOMPARE(labels.size(), std::size_t(1));
        QCOMPARE(labels[0].rawValue, std::string_view("x\\\"y"));
        QCOMPARE(labels[0].rawValue.data(), text.data() + text.find("x\\"));
        QCOMPARE(parser.metricName().data(), text.data() + text.find("a{"));
        QVERIFY(hasEscapes(labels[0].rawValue));
        QCOMPARE(unescapeLabelValue(labels[0].rawValue, prom), std::string("x\"y"));
        QCOMPARE(parser.familyName(), std::string_view("a"));
        QCOMPARE(parser.line(), std::size_t(2));
        QCOMPARE(parser.next(), Entry::End);
    }

    void samplesKnowTheirFamily()
    {
        const std::string_view text =
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 1\nh_count 1\nh_sum 2\nother 3\n";
        Parser parser(text, prom);
        QCOMPARE(parser.next(), Entry::Type);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(parser.next(), Entry::Sample);
            QCOMPARE(parser.familyName(), std::string_view("h"));
            QCOMPARE(parser.familyType(), MetricType::Histogram);
        }
        QCOMPARE(parser.next(), Entry::Sample);
        QCOMPARE(parser.familyName(), std::string_view("other"));
        QCOMPARE(parser.familyType(), MetricType::Unknown);
    }

    void formatFromContentType_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<Format>("format");
        QTest::newRow("OpenMetrics 1.0.0")
            << "application/openmetrics-text; version=1.0.0; charset=utf-8" << om;
        QTest::newRow("OpenMetrics without version") << "application/openmetrics-text" << om;
        QTest::newRow("OpenMetrics, odd case and spaces")
            << "Application/OpenMetrics-Text ;Version=1.0.0" << om;
        QTest::newRow("OpenMetrics unknown version") << "application/openmetrics-text; version=2.0.0" << prom;
        QTest::newRow("0.0.4") << "text/plain; version=0.0.4; charset=utf-8" << prom;
        QTest::newRow("plain text") << "text/plain" << prom;
        QTest::newRow("missing header") << "" << prom;
        QTest::newRow("unknown type") << "application/json" << prom;
    }

    void formatFromContentType()
    {
        QFETCH(QString, contentType);
        QFETCH(Format, format);
        QCOMPARE(gatehouse::promtext::formatFromContentType(contentType.toStdString()), format);
    }
};

QTEST_GUILESS_MAIN(TestPromParser)
#include "tst_promparser.moc"
