#include "core/sse/Utf8Repair.h"

#include <QTest>

using gatehouse::sse::isValidUtf8;
using gatehouse::sse::repairUtf8;

class TestUtf8Repair : public QObject
{
    Q_OBJECT

private slots:
    void repairs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray r("\xEF\xBF\xBD");
        QTest::newRow("ascii") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("cyrillic") << QByteArray("ёж") << QByteArray("ёж");
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("lone continuation") << QByteArray("a\x80"
                                                         "b")
                                           << QByteArray("a" + r + "b");
        QTest::newRow("truncated 3-byte") << QByteArray("a\xE2\x82") << QByteArray("a" + r);
        QTest::newRow("truncated then ascii") << QByteArray("\xE2\x82"
                                                            "a")
                                              << QByteArray(r + "a");
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QByteArray(r + r);
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QByteArray(r + r + r);
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray(r + r + r + r);
        QTest::newRow("0xFF") << QByteArray("\xFF") << r;
        // Long ASCII runs are checked eight bytes at a time: a bad byte at every offset around one.
        for (int at = 0; at < 19; ++at) {
            const QByteArray ascii(at, 'x');
            QTest::newRow(qPrintable(QStringLiteral("bad after %1 ascii").arg(at)))
                << QByteArray(ascii + "\x80" + "0123456789") << QByteArray(ascii + r + "0123456789");
            QTest::newRow(qPrintable(QStringLiteral("valid after %1 ascii").arg(at)))
                << QByteArray(ascii + "\xD1\x91" + "0123456789")
                << QByteArray(ascii + "\xD1\x91" + "0123456789");
            QTest::newRow(qPrintable(QStringLiteral("truncated after %1 ascii").arg(at)))
                << QByteArray(ascii + "\xE2\x82") << QByteArray(ascii + r);
        }
    }

    void repairs()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const std::string out = repairUtf8(std::string_view(input.constData(), size_t(input.size())));
        QCOMPARE(QByteArray::fromStdString(out), expected);
        QCOMPARE(isValidUtf8(std::string_view(input.constData(), size_t(input.size()))), input == expected);
    }
};

QTEST_GUILESS_MAIN(TestUtf8Repair)
#include "tst_utf8repair.moc"
