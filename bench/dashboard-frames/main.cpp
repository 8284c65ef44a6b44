// bench/dashboard-frames: a dashboard of 12 charts updating at 1 Hz (issue #5: "report CPU and
// worst frame time"). 12 ui/charts TimeCharts, 4 × 3, each with the lines of the gateway
// dashboard's chart of the same place (an hour at 1 s resolution per line), in a shown window.
// Each second every line gets a new point and each chart gets what GatewayDashboard gives it on a
// live refresh (setTimeRange, setSeries: decimated again); the frame runs to the end of the
// repaint. Reference in the same run: the window repainted without a data change (the floor).
// Without a display it runs itself under xvfb-run, so painting goes through a real X server.
//
//   ./dev bench dashboard-frames [--seconds 30] [--rate 1] [--rounds 2] [--charts 12] [--columns 4]

#include "DashboardGrid.h"
#include "FramePhase.h"
#include "FramesOptions.h"
#include "FramesReport.h"
#include "PaintWait.h"
#include "XvfbRelaunch.h"

#include <QApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QWindow>

#include <cstdio>

using namespace gatehouse::bench;

namespace {

bool waitForExposed(QWidget& window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return window.windowHandle() && window.windowHandle()->isExposed();
}

} // namespace

int main(int argc, char** argv)
{
    const FramesOptions o = parseFramesOptions(argc, argv);
    relaunchUnderXvfbIfHeadless(argc, argv);
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qint64 dataMs = QDateTime::currentMSecsSinceEpoch();
    DashboardGrid grid(o.charts, o.columns, o.historySeconds, dataMs);
    grid.resize(o.width, o.height);
    grid.show();
    if (!waitForExposed(grid, 10'000)) {
        std::fprintf(stderr, "dashboard-frames: the window was not shown within 10 s\n");
        return 1;
    }
    PaintWait paints(grid.plotViewports());
    printFramesHeader(o, grid, QApplication::platformName());
    // Warm-up: fonts, caches and the first layout are not what a running dashboard pays.
    runFramePhase(grid, paints, FrameKind::Update, 10, 1, dataMs);
    std::vector<PhaseFigures> updates;
    std::vector<PhaseFigures> floors;
    for (int r = 1; r <= o.rounds; ++r) {
        updates.push_back(runFramePhase(grid, paints, FrameKind::Update, o.rate, o.seconds, dataMs));
        floors.push_back(runFramePhase(grid, paints, FrameKind::Floor, o.rate, o.seconds, dataMs));
        printRound(r, updates.back(), floors.back());
    }
    if (o.rounds > 1)
        printSummary(updates, floors);
    return 0;
}
