#include "core/suites/AnswerDiff.h"

#include <QTest>

using namespace gatehouse;

namespace {

// The pieces as "=same", "-removed", "+added" strings, in order.
QStringList render(const AnswerDiff& d)
{
    QStringList out;
    for (const DiffPiece& p : d.pieces)
        out << (p.kind == DiffPiece::Kind::Same      ? u'='
                : p.kind == DiffPiece::Kind::Removed ? u'-'
                                                     : u'+') +
                   p.text;
    return out;
}

// Both answers come back from the pieces: what was kept and removed is the first, kept and added
// the second.
void verifyRebuilds(const QString& a, const QString& b)
{
    const AnswerDiff d = diffAnswers(a, b);
    QString first;
    QString second;
    for (const DiffPiece& p : d.pieces) {
        if (p.kind != DiffPiece::Kind::Added)
            first += p.text;
        if (p.kind != DiffPiece::Kind::Removed)
            second += p.text;
    }
    QCOMPARE(first, a);
    QCOMPARE(second, b);
}

} // namespace

class TestAnswerDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalAnswersAreOnePiece()
    {
        const AnswerDiff d =
            diffAnswers(QStringLiteral("Paris is the capital."), QStringLiteral("Paris is the capital."));
        QVERIFY(d.identical());
        QCOMPARE(render(d), QStringList{QStringLiteral("=Paris is the capital.")});
        QCOMPARE(d.sameRatio, 1.0);
    }

    void aChangedWordIsRemovedThenAdded()
    {
        const AnswerDiff d = diffAnswers(QStringLiteral("The capital is Paris, in France."),
                                         QStringLiteral("The capital is Lyon, in France."));
        QVERIFY(!d.identical());
        QCOMPARE(render(d), (QStringList{QStringLiteral("=The capital is "), QStringLiteral("-Paris, "),
                                         QStringLiteral("+Lyon, "), QStringLiteral("=in France.")}));
        QVERIFY(d.sameRatio > 0.7 && d.sameRatio < 1);
    }

    void insertionsAndCyrillic()
    {
        const AnswerDiff d =
            diffAnswers(QStringLiteral("Столица — Москва."), QStringLiteral("Столица России — Москва."));
        QCOMPARE(render(d), (QStringList{QStringLiteral("=Столица "), QStringLiteral("+России "),
                                         QStringLiteral("=— Москва.")}));
    }

    void emptyAnswers()
    {
        QVERIFY(diffAnswers({}, {}).identical());
        QCOMPARE(render(diffAnswers({}, QStringLiteral("hello"))), QStringList{QStringLiteral("+hello")});
        QCOMPARE(render(diffAnswers(QStringLiteral("hello"), {})), QStringList{QStringLiteral("-hello")});
        QCOMPARE(diffAnswers(QStringLiteral("hello"), {}).sameRatio, 0.0);
    }

    void theAnswersComeBackFromThePieces()
    {
        verifyRebuilds(QStringLiteral("a b c d e"), QStringLiteral("a x c y e z"));
        verifyRebuilds(QStringLiteral("line one\nline two\n"),
                       QStringLiteral("line one\nline 2\nline three\n"));
        verifyRebuilds(QStringLiteral("  leading space"), QStringLiteral("leading  space  "));
    }

    void longAnswersFallBackToLinesAndStayQuick()
    {
        // 3,000 words each, every line different: word by word would be 9 million cells.
        QString a;
        QString b;
        for (int i = 0; i < 300; ++i) {
            a += QStringLiteral("alpha beta gamma delta epsilon zeta eta theta iota %1\n").arg(i);
            b +=
                QStringLiteral("alpha beta gamma delta epsilon zeta eta theta iota %1\n").arg(i % 2 ? i : -i);
        }
        const AnswerDiff d = diffAnswers(a, b);
        verifyRebuilds(a, b);
        QVERIFY(!d.identical());
        QVERIFY2(d.sameRatio > 0.4 && d.sameRatio < 0.6, qPrintable(QString::number(d.sameRatio)));
    }
};

QTEST_GUILESS_MAIN(TestAnswerDiff)
#include "tst_answerdiff.moc"
