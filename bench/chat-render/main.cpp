// bench/chat-render: "rendering 2,000 streamed tokens at 200 tokens/s with no UI frame over 16 ms
// (report the worst frame)" (issue #4). Tokens arrive on a fixed schedule (token i due at i / rate
// seconds); every 33 ms — AnswerStream's render interval — the answer so far goes into the
// chat's answer view, a MarkdownView in a scroll area as on the Chat page, and the frame is timed
// from that call to the end of its repaint. Reference in the same run: the same tokens appended
// to a QPlainTextEdit at the same times (plain text, no Markdown: the floor of a text widget).
// Without a display it runs itself under xvfb-run, so painting goes through a real X server.
//
//   ./dev bench chat-render [--tokens 2000] [--rate 200] [--rounds 2]

#include "CpuTime.h"
#include "MachineLoad.h"
#include "PaintWait.h"
#include "Percentiles.h"
#include "StreamedAnswer.h"
#include "WindowExposed.h"
#include "XvfbRelaunch.h"
#include "ui/chat/MarkdownView.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace gatehouse;
using namespace gatehouse::bench;

namespace {

constexpr double renderInterval = 0.033; // AnswerStream's throttle

struct Options
{
    int tokens = 2000;
    double rate = 200;
    int rounds = 2;
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const auto next = [&] {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "chat-render: %s needs a value\n", argv[i]);
                std::exit(2);
            }
            return argv[++i];
        };
        if (!std::strcmp(argv[i], "--tokens"))
            o.tokens = std::max(1, std::atoi(next()));
        else if (!std::strcmp(argv[i], "--rate"))
            o.rate = std::max(1.0, std::atof(next()));
        else if (!std::strcmp(argv[i], "--rounds"))
            o.rounds = std::max(1, std::atoi(next()));
        else {
            std::fprintf(stderr, "usage: chat-render [--tokens 2000] [--rate 200] [--rounds 2]\n");
            std::exit(2);
        }
    }
    return o;
}

void idleUntil(double at)
{
    const double remaining = at - wallSeconds();
    if (remaining <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(std::ceil(remaining * 1000)), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Phase
{
    const char* name;
    std::vector<double> frameMs;
    double seconds = 0;
    double cpuSeconds = 0;
    double xCpuSeconds = -1;
    int over16 = 0;
    int timeouts = 0;
};

// Streams `tokens` at `rate` into `show` (called with the answer so far and how many tokens it
// holds), once per render interval; `view` is the widget whose repaint ends a frame.
template <typename Show>
Phase stream(const char* name, const QStringList& tokens, double rate, QWidget* view, Show show)
{
    Phase p{name, {}};
    PaintWait paints({view});
    const double cpu0 = processCpuSeconds();
    const double x0 = siblingProcessCpuSeconds("Xvfb");
    const double start = wallSeconds();
    const double end = start + tokens.size() / rate;
    QString answer;
    int given = 0;
    for (int frame = 1;; ++frame) {
        const double due = std::min(end, start + frame * renderInterval);
        idleUntil(due);
        const int arrived = std::min<int>(int(tokens.size()), int(std::floor((due - start) * rate + 1e-9)));
        if (arrived > given) {
            while (given < arrived)
                answer += tokens.at(given++);
            paints.reset();
            const double t0 = wallSeconds();
            show(answer, given);
            if (!paints.waitForAll(2000))
                ++p.timeouts;
            const double ms = 1000 * (wallSeconds() - t0);
            p.frameMs.push_back(ms);
            if (ms > 16)
                ++p.over16;
        }
        if (due >= end)
            break;
    }
    p.seconds = wallSeconds() - start;
    p.cpuSeconds = processCpuSeconds() - cpu0;
    const double x1 = siblingProcessCpuSeconds("Xvfb");
    if (x0 >= 0 && x1 >= 0)
        p.xCpuSeconds = x1 - x0;
    return p;
}

void print(const Phase& p)
{
    std::printf("  %-34s %6zu %7.1f %%", p.name, p.frameMs.size(), 100 * p.cpuSeconds / p.seconds);
    if (p.xCpuSeconds >= 0)
        std::printf(" + %4.1f %%", 100 * p.xCpuSeconds / p.seconds);
    else
        std::printf("         ");
    std::printf(" %8.2f %8.2f %8.2f ms %6d over 16 ms%s\n", percentile(p.frameMs, 0.5),
                percentile(p.frameMs, 0.99), percentile(p.frameMs, 1.0), p.over16,
                p.timeouts ? " (some repaints timed out)" : "");
}

} // namespace

int main(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    relaunchUnderXvfbIfHeadless(argc, argv);
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList tokens = streamedAnswer(o.tokens);

    QWidget window;
    window.resize(900, 700);
    auto* layout = new QVBoxLayout(&window);
    auto* scroll = new QScrollArea(&window);
    scroll->setWidgetResizable(true);
    auto* markdown = new ui::MarkdownView(scroll);
    scroll->setWidget(markdown);
    auto* plain = new QPlainTextEdit(&window);
    plain->setReadOnly(true);
    layout->addWidget(scroll);
    layout->addWidget(plain);
    window.show();
    if (!waitForExposed(window)) {
        std::fprintf(stderr, "chat-render: the window was not shown within 10 s\n");
        return 1;
    }
    std::printf("chat-render: %d tokens at %.0f tokens/s (%.1f s), rendered every %.0f ms as AnswerStream "
                "does, window 900×700\n",
                o.tokens, o.rate, o.tokens / o.rate, renderInterval * 1000);
    std::printf("machine: load average %s at the start, Qt %s, platform %s\n", loadAverages().c_str(),
                qVersion(), qPrintable(QApplication::platformName()));

    const auto toMarkdown = [&](const QString& answer, int) {
        markdown->setStreamingMarkdown(answer); // as MessageView::setStreamingText does
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum()); // follow the end
    };
    int shown = 0;
    const auto toPlain = [&](const QString&, int count) {
        QString delta;
        for (; shown < count; ++shown)
            delta += tokens.at(shown);
        QTextCursor end(plain->document());
        end.movePosition(QTextCursor::End);
        end.insertText(delta);
        plain->verticalScrollBar()->setValue(plain->verticalScrollBar()->maximum());
    };
    // Warm-up: fonts and the first layouts are not what a running chat pays.
    stream("warm-up", streamedAnswer(200), o.rate, markdown->viewport(), toMarkdown);
    std::vector<double> all;
    for (int r = 1; r <= o.rounds; ++r) {
        markdown->setMarkdownText(QString());
        plain->clear();
        shown = 0;
        const Phase m = stream("answer view (Markdown)", tokens, o.rate, markdown->viewport(), toMarkdown);
        // When the stream ends, MessageView::showOutcome sets the whole text once (kept as streamed).
        const double f0 = wallSeconds();
        markdown->setMarkdownText(tokens.join(QString()));
        QCoreApplication::processEvents(); // a repaint, if it changed anything
        const double finalMs = 1000 * (wallSeconds() - f0);
        const Phase p =
            stream("QPlainTextEdit append (reference)", tokens, o.rate, plain->viewport(), toPlain);
        std::printf("\nround %d (load average %s after it)\n", r, loadAverages().c_str());
        std::printf("  %-34s %6s %9s %9s %8s %8s %8s\n", "", "frames", "CPU", "+ Xvfb", "p50", "p99",
                    "worst");
        print(m);
        print(p);
        std::printf("  the whole text set as the stream ends (showOutcome): %.2f ms\n", finalMs);
        all.insert(all.end(), m.frameMs.begin(), m.frameMs.end());
    }
    std::printf("\nanswer view, all rounds: worst frame %.2f ms (target: none over 16 ms)\n",
                percentile(all, 1.0));
    return 0;
}
