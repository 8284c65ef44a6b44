#pragma once

#include "FramePhase.h"
#include "FramesOptions.h"

#include <QString>

#include <vector>

namespace gatehouse::bench {

class DashboardGrid;

void printFramesHeader(const FramesOptions& options, const DashboardGrid& grid, const QString& platform);
void printRound(int round, const PhaseFigures& update, const PhaseFigures& floor);
// Every round's update frames together: the worst frame and p99 of the whole run, CPU on average.
void printSummary(const std::vector<PhaseFigures>& updates, const std::vector<PhaseFigures>& floors);

} // namespace gatehouse::bench
