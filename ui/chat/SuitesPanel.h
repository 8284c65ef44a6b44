#pragma once

#include "core/suites/AnswerDiff.h"
#include "core/suites/PromptSuite.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace gatehouse {
class ChatClient;
class GatewayRegistry;
class SecretStore;
class SuiteRunner;
} // namespace gatehouse

namespace gatehouse::ui {

class MessageView;

// Prompt suites in the console: open a suite file (docs/prompt-suites.md), run it against the
// targets it names, one chosen here or several at once (every case against each), watch the
// progress, and read pass/fail per case; the selected case shows its answer with figures, every
// check with what was seen and, on a second or later target, how its answer differs from the
// first target's.
class SuitesPanel : public QWidget
{
    Q_OBJECT
public:
    SuitesPanel(GatewayRegistry& registry, SecretStore& secrets, ChatClient& client,
                QWidget* parent = nullptr);

    bool open(const QString& path); // false (and the reason shown) when the file is not a suite
    QString problem() const;        // why the last open failed, "" otherwise
    QTableWidget* table() const { return m_table; }
    QComboBox* targetBox() const { return m_target; }
    MessageView* answerView() const { return m_answer; }
    QListWidget* checksList() const { return m_checks; }
    QTextBrowser* diffView() const { return m_diff; }
    // Several targets at once (what "Several targets…" sets); one name or none as the combo does.
    void setTargets(const QStringList& names);
    QStringList targets() const; // what Run will use; empty: the suite's own
    QProgressBar* progress() const { return m_progress; }
    SuiteRunner* runner() const { return m_runner; }

public slots:
    void chooseFile();
    void run();
    void cancel();
    void reloadTargets();

signals:
    void runFinished();

private:
    void showCase(int row);
    void showDiff(int row);
    void chooseSeveral();
    void fillRows();
    const AnswerDiff* diffOf(int row); // against the first target's answer; null when not both in
    void updateRow(int row);
    void updateActions();

    GatewayRegistry& m_registry;
    SuiteRunner* m_runner;
    std::optional<PromptSuite> m_suite;
    QString m_path;
    QLabel* m_title;
    QComboBox* m_target;
    QPushButton* m_open;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_table;
    MessageView* m_answer;
    QListWidget* m_checks;
    QTextBrowser* m_diff;
    QStringList m_several;          // chosen with "Several targets…"
    QStringList m_rowTargets;       // what the table's rows were laid out for
    QHash<int, AnswerDiff> m_diffs; // per result row, once both answers are in
    int m_lastTargetIndex = 0;
};

} // namespace gatehouse::ui
