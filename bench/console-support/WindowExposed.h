#pragma once

class QWidget;

namespace gatehouse::bench {

// Handles events until `window` is shown on the screen (its QWindow exposed), or `timeoutMs` passed;
// false on a timeout. Frames are timed only once there is something to paint on.
bool waitForExposed(QWidget& window, int timeoutMs = 10'000);

} // namespace gatehouse::bench
