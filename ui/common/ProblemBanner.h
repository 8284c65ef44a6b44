#pragma once

#include <QLabel>

namespace gatehouse::ui {

// The amber strip at the top of a page that says what went wrong, in one selectable sentence;
// starts hidden; the page shows it when it has something to say.
class ProblemBanner : public QLabel
{
    Q_OBJECT
public:
    ProblemBanner(const QString& accessibleName, QWidget* parent = nullptr);
};

} // namespace gatehouse::ui
