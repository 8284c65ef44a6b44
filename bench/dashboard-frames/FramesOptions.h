#pragma once

namespace gatehouse::bench {

// dashboard-frames' command line (see main.cpp for the usage line).
struct FramesOptions
{
    int seconds = 30; // each phase runs this long
    double rate = 1;  // updates (and floor repaints) per second
    int rounds = 2;   // update phase then floor phase, this many times
    int charts = 12;  // laid out `columns` wide
    int columns = 4;
    int historySeconds = 3600; // points per line before the run (one a second): the "Last hour" range
    int width = 1600;          // the window, in device-independent pixels
    int height = 1000;
    // 0: the whole grid in the window. N: the grid (still width × height) in a scroll area showing
    // its first N rows, as a dashboard taller than its window; then the same with every row in view.
    int visibleRows = 0;
};

// Exits with status 2 and a message on an unknown option or a value that does not parse.
FramesOptions parseFramesOptions(int argc, char** argv);

} // namespace gatehouse::bench
