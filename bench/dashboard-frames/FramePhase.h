#pragma once

#include <QtGlobal>

#include <vector>

namespace gatehouse::bench {

class DashboardGrid;
class PaintWait;

enum class FrameKind
{
    Update, // one new point per line, the dashboard's refresh, and the repaint it causes
    Floor,  // the same window repainted with nothing changed
};

struct PhaseFigures
{
    FrameKind kind = FrameKind::Update;
    double seconds = 0;            // the phase's period (frames / rate)
    double cpuSeconds = 0;         // this process, every thread
    double xServerCpuSeconds = -1; // Xvfb beside it (xvfb-run), -1 when there is none
    std::vector<double> frameMs;   // from the start of the update to the end of the repaint
    int timeouts = 0;              // frames whose repaint did not come within 2 s
    int late = 0;                  // frames that started after their time (the one before overran)
    qint64 paints = 0;             // plot paint events in all
    int drawnPoints = 0;           // points handed to Qt Charts after the last update
};

// `seconds × rate` frames, one every 1/rate s on the clock. An update frame moves the dashboard's
// clock `dataMs` on by 1 s: data points stay one second apart at any rate.
PhaseFigures runFramePhase(DashboardGrid& grid, PaintWait& paints, FrameKind kind, double rate, int seconds,
                           qint64& dataMs);

} // namespace gatehouse::bench
