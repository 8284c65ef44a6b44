// bench/dashboard-frames: a dashboard of 12 charts updating at 1 Hz (issue #5: "report CPU and
// worst frame time"). 12 ui/charts TimeCharts, 4 × 3, each with the lines of the gateway
// dashboard's chart of the same place (an hour at 1 s resolution per line), in a shown window.
// Each second every line gets a new point and each chart gets what GatewayDashboard gives it on a
// live refresh (setTimeRange, setSeries: decimated again); the frame runs to the end of the
// repaint. Reference in the same run: the window repainted without a data change (the floor).
// Without a display it runs itself under xvfb-run, so painting goes through a real X server.
//
// With --visible-rows N the grid is in a scroll area showing N rows (a dashboard taller than its
// window), then, in the same run, with every row in view.
//
//   ./dev bench dashboard-frames [--seconds 30] [--rate 1] [--rounds 2] [--charts 12] [--columns 4]
//                                [--visible-rows N]

#include "DashboardGrid.h"
#include "FramePhase.h"
#include "FramesOptions.h"
#include "FramesReport.h"
#include "PaintWait.h"
#include "WindowExposed.h"
#include "XvfbRelaunch.h"

#include <QApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QScrollArea>
#include <QScrollBar>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace gatehouse::bench;

namespace {

// The warm-up, then `o.rounds` rounds of an update phase and a floor phase, each printed.
void runRounds(const FramesOptions& o, DashboardGrid& grid, qint64& dataMs)
{
    PaintWait paints(grid.plotViewports());
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
}

} // namespace

int main(int argc, char** argv)
{
    const FramesOptions o = parseFramesOptions(argc, argv);
    relaunchUnderXvfbIfHeadless(argc, argv);
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    qint64 dataMs = QDateTime::currentMSecsSinceEpoch();
    auto* grid = new DashboardGrid(o.charts, o.columns, o.historySeconds, dataMs);
    QScrollArea area; // with --visible-rows: the window, the grid inside it (owned by it)
    QWidget* window = grid;
    const int rows = (o.charts + o.columns - 1) / o.columns;
    if (o.visibleRows > 0) {
        grid->setFixedSize(o.width, o.height); // each chart as large as without the scroll area
        area.setWidget(grid);
        area.setFrameShape(QFrame::NoFrame);
        area.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        area.resize(o.width + area.verticalScrollBar()->sizeHint().width(),
                    o.height * std::min(o.visibleRows, rows) / rows);
        window = &area;
    } else {
        grid->resize(o.width, o.height);
    }
    window->show();
    if (!waitForExposed(*window)) {
        std::fprintf(stderr, "dashboard-frames: the window was not shown within 10 s\n");
        return 1;
    }
    printFramesHeader(o, *grid, QApplication::platformName());
    if (o.visibleRows > 0)
        std::printf("scrolled: %d of %d rows in view (%lld of %d charts paint), the window %d×%d\n",
                    std::min(o.visibleRows, rows), rows, static_cast<long long>(grid->plotViewports().size()),
                    o.charts, area.width(), area.height());
    runRounds(o, *grid, dataMs);
    if (o.visibleRows > 0 && o.visibleRows < rows) {
        // The reference in the same run: the same grid with every row in view.
        area.resize(area.width(), o.height);
        QCoreApplication::processEvents();
        std::printf("\n== the same grid, every row in view (%lld of %d charts paint), the window %d×%d ==\n",
                    static_cast<long long>(grid->plotViewports().size()), o.charts, area.width(),
                    area.height());
        runRounds(o, *grid, dataMs);
    }
    return 0;
}
