#include "FramePhase.h"

#include "CpuTime.h"
#include "DashboardGrid.h"
#include "PaintWait.h"

#include <QEventLoop>
#include <QTimer>

#include <cmath>

namespace gatehouse::bench {

namespace {

// Handles events (without spinning) until the steady clock reads `at` seconds.
void idleUntil(double at)
{
    const double remaining = at - wallSeconds();
    if (remaining <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(std::ceil(remaining * 1000)), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

PhaseFigures runFramePhase(DashboardGrid& grid, PaintWait& paints, FrameKind kind, double rate, int seconds,
                           qint64& dataMs)
{
    PhaseFigures f;
    f.kind = kind;
    const int frames = std::max(1, int(std::lround(seconds * rate)));
    const double interval = 1 / rate;
    f.frameMs.reserve(std::size_t(frames));
    const double cpuStart = processCpuSeconds();
    const double xStart = siblingProcessCpuSeconds("Xvfb");
    const double start = wallSeconds();
    for (int i = 0; i < frames; ++i) {
        const double due = start + i * interval;
        if (wallSeconds() > due + 0.001)
            ++f.late;
        idleUntil(due);
        paints.reset();
        const double t0 = wallSeconds();
        if (kind == FrameKind::Update) {
            dataMs += 1000;
            grid.appendSecond(dataMs);
            grid.refresh(dataMs);
        } else {
            grid.requestRepaint();
        }
        if (!paints.waitForAll(2000))
            ++f.timeouts;
        f.frameMs.push_back(1000 * (wallSeconds() - t0));
        f.paints += paints.paints();
    }
    idleUntil(start + frames * interval); // the last frame's period belongs to the phase too
    f.seconds = frames * interval;
    f.cpuSeconds = processCpuSeconds() - cpuStart;
    const double xEnd = siblingProcessCpuSeconds("Xvfb");
    if (xStart >= 0 && xEnd >= 0)
        f.xServerCpuSeconds = xEnd - xStart;
    f.drawnPoints = grid.drawnPoints();
    return f;
}

} // namespace gatehouse::bench
