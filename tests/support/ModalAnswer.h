#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace gatehouse::test {

// Answers the next modal dialog (a QDialog::exec() or QMessageBox the code under test opens) the
// way a user would, by running `answer` on it once it is shown. Polls, because exec() blocks the
// caller until the answer closes it.
template <typename Dialog> void answerNextModal(std::function<void(Dialog*)> answer, int attempts = 200)
{
    QTimer::singleShot(20, [answer, attempts] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            answer(dialog);
            return;
        }
        if (attempts > 0)
            answerNextModal<Dialog>(answer, attempts - 1);
    });
}

} // namespace gatehouse::test
