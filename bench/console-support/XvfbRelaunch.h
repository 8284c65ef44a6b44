#pragma once

namespace gatehouse::bench {

// With no display (neither DISPLAY nor WAYLAND_DISPLAY) and no QT_QPA_PLATFORM chosen, runs this
// program again under `xvfb-run -a` on the xcb platform so that painting goes through a real X
// server; returns only when that is not possible, after choosing the offscreen platform.
void relaunchUnderXvfbIfHeadless(int argc, char** argv);

} // namespace gatehouse::bench
