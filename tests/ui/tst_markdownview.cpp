#include "ui/chat/MarkdownView.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace gatehouse;

namespace {

// What a reader sees of a document: each block's text with its kind (heading level, list, code).
QStringList shape(const QTextDocument* document)
{
    QStringList out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        QString kind;
        if (b.text().isEmpty())
            continue; // an empty heading or paragraph (e.g. "#" on its own so far) shows nothing
        if (b.blockFormat().headingLevel() > 0)
            kind = QStringLiteral("h%1").arg(b.blockFormat().headingLevel());
        else if (b.blockFormat().hasProperty(QTextFormat::BlockCodeFence) ||
                 b.blockFormat().nonBreakableLines())
            kind = QStringLiteral("code");
        else if (b.textList())
            kind = QStringLiteral("li%1").arg(int(b.textList()->format().style()));
        else
            kind = QStringLiteral("p");
        out << kind + QStringLiteral(": ") + b.text();
    }
    return out;
}

// Streams `text` into one view a few characters at a time, as an answer arrives, and renders it
// whole into another: the two must read the same after every step.
void verifyStreamedLikeWhole(const QString& text, int step)
{
    ui::MarkdownView streamed;
    ui::MarkdownView whole;
    streamed.resize(500, 100);
    whole.resize(500, 100);
    for (qsizetype n = step; n < text.size() + step; n += step) {
        const QString prefix = text.left(n);
        streamed.setStreamingMarkdown(prefix);
        // A line that is only a marker so far ("-", "1.", "#") is read by Qt's whole parse in ways
        // that change with the next character (an empty item can turn the paragraph above into
        // one); those passing states are not compared.
        static const QRegularExpression bareMarker(
            QStringLiteral("(^|\\n)\\s*([-*+]|\\d+[.)]|#+|`+|>)\\s*$"));
        if (n < text.size() && bareMarker.match(prefix).hasMatch())
            continue;
        whole.setMarkdownText(prefix);
        const QStringList got = shape(streamed.document());
        const QStringList want = shape(whole.document());
        if (got != want) {
            QFAIL(qPrintable(QStringLiteral("after %1 characters:\n  streamed: %2\n  whole:    %3")
                                 .arg(n)
                                 .arg(got.join(QStringLiteral(" | ")), want.join(QStringLiteral(" | ")))));
        }
    }
}

const char* const answer =
    "## Setting up the gateway\n\n"
    "To route requests through **gatehoused**, point your client at `http://127.0.0.1:8080/v1`.\n"
    "It keeps the provider key.\n\n"
    "- cache frequent answers\n"
    "- filter what passes\n"
    "  and what does not\n"
    "- spread the load\n\n"
    "1. first\n"
    "2. second\n\n"
    "```cpp\n"
    "auto reply = client.send(endpoint, request);\n"
    "\n"
    "connect(reply, &ChatReply::progressed, view);\n"
    "```\n\n"
    "> a quote\n> over two lines\n\n"
    "Это тоже работает.\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "That is all.";

} // namespace

class TestMarkdownView : public QObject
{
    Q_OBJECT

private slots:
    void aStreamedAnswerReadsAsTheWholeOneAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("1 character") << 1;
        QTest::newRow("3 characters") << 3;
        QTest::newRow("17 characters") << 17;
    }

    void aStreamedAnswerReadsAsTheWholeOneAtEveryStep()
    {
        QFETCH(int, step);
        verifyStreamedLikeWhole(QString::fromUtf8(answer), step);
    }

    void codeBlocksAreMonospaceWhenStreamed()
    {
        ui::MarkdownView view;
        view.setStreamingMarkdown(QStringLiteral("Before.\n\n```\nint x;\n"));
        view.setStreamingMarkdown(QStringLiteral("Before.\n\n```\nint x;\n```\n\nAfter."));
        bool sawCode = false;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
            if (b.text() == QLatin1String("int x;")) {
                sawCode = true;
                // The system's fixed font, however the installed fonts report their pitch (Qt
                // takes Noto Sans Mono, fontconfig's monospace once it is installed, for
                // proportional).
                const QTextCharFormat code = b.begin().fragment().charFormat();
                const QString fixedFamily = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
                QVERIFY2(b.charFormat().fontFixedPitch() || code.fontFixedPitch() ||
                             QFontInfo(code.font()).fixedPitch() || code.font().family() == fixedFamily,
                         qPrintable(code.font().family() + QStringLiteral(" is not ") + fixedFamily));
            }
        }
        QVERIFY(sawCode);
    }

    void textThatDoesNotContinueIsRenderedAnew()
    {
        ui::MarkdownView view;
        view.setStreamingMarkdown(QStringLiteral("First answer.\n\nMore."));
        view.setStreamingMarkdown(QStringLiteral("Another answer."));
        QCOMPARE(shape(view.document()), QStringList{QStringLiteral("p: Another answer.")});
        QCOMPARE(view.markdownText(), QStringLiteral("Another answer."));
        // The final whole text after streaming it: the same document, read the same.
        view.setStreamingMarkdown(QStringLiteral("Another answer.\n\n- one"));
        view.setMarkdownText(QStringLiteral("Another answer.\n\n- one"));
        QCOMPARE(shape(view.document()),
                 (QStringList{QStringLiteral("p: Another answer."),
                              QStringLiteral("li%1: one").arg(int(QTextListFormat::ListDisc))}));
    }
};

QTEST_MAIN(TestMarkdownView)
#include "tst_markdownview.moc"
