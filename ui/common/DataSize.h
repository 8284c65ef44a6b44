#pragma once

#include <QString>

namespace gatehouse::ui {

// A size as people read it in the interface's locale: "762 bytes" / "762 байта" below a
// kilobyte (with the language's plural), then "1.5 kB", "256.0 MB" (powers of 1024, the
// traditional units every file manager shows).
QString dataSizeText(qint64 bytes);

} // namespace gatehouse::ui
