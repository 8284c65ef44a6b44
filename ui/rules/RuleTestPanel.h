#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gatehouse::ui {

// "Try a text": what the gateway's rules in force do to it (POST /admin/v1/rules/test) — the
// verdict, every match with its rule, action and the matched text, highlighted in the text itself
// in its action's colour (picking a match selects it there; editing the text clears them), the
// redacted text, and what a blocked client would be told.
class RuleTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RuleTestPanel(QWidget* parent = nullptr);

    QPlainTextEdit* textField() const { return m_text; }
    QComboBox* stageField() const { return m_stage; }
    QPushButton* testButton() const { return m_test; }
    QTreeWidget* matches() const { return m_matches; }
    QString verdictText() const;
    QString redactedText() const;
    bool hasHighlights() const { return m_highlighted; }

    QJsonObject request() const; // {"text", "stage"}
    void showResult(const QJsonObject& result);
    void showProblem(const QString& text);
    void setBusy(bool busy);

signals:
    void testRequested(const QJsonObject& request);

private:
    void highlight();
    void clearHighlights();
    void selectMatch(const QTreeWidgetItem* item);

    QPlainTextEdit* m_text;
    QComboBox* m_stage;
    QPushButton* m_test;
    QLabel* m_verdict;
    QTreeWidget* m_matches;
    QPlainTextEdit* m_redacted;
    QString m_tested; // the text the result is about
    bool m_highlighted = false;
};

} // namespace gatehouse::ui
