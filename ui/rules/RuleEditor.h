#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabBar;

namespace gatehouse::ui {

class RuleForm;

// One rule, as a form (RuleForm) or as JSON (the admin API's form, docs/admin-api.md), checked as
// it is edited with the engine the gateways run — JSON syntax with line and column, unknown
// fields, RE2 patterns with the offset of the mistake — so Save is only offered for a rule the
// gateway will take. The JSON text is the rule: the form writes into it on every change and is
// filled from it; a text the form cannot hold keeps the JSON view and says why.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    enum View
    {
        FormView,
        JsonView
    };

    explicit RuleEditor(QWidget* parent = nullptr);

    void showRule(const QJsonObject& rule); // an existing rule; "" id: a new one
    void clear();
    QJsonObject rule() const; // valid when problem() is empty
    QString problem() const { return m_problem; }
    bool isModified() const;
    QPlainTextEdit* textField() const { return m_text; }
    RuleForm* form() const { return m_form; }
    QTabBar* viewTabs() const { return m_views; }
    View view() const;
    void setView(View view);
    QString formNote() const; // why the form cannot show the JSON, or ""
    void focusFirstField();   // of the view shown
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }

    static QJsonObject newRuleTemplate();

signals:
    void saveRequested(const QJsonObject& rule);
    void deleteRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void check();
    void colourStatus();
    void writeFormToText();
    void showView(int index);

    QTabBar* m_views;
    QStackedWidget* m_viewStack;
    QScrollArea* m_formArea;
    RuleForm* m_form;
    QLabel* m_note; // over the JSON: why the form cannot show it
    QPlainTextEdit* m_text;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_delete;
    QString m_original;
    QString m_id; // of the rule shown, "" for a new one
    QString m_problem;
    QJsonObject m_rule;
    QString m_formProblem;      // why the form cannot show the text, "" when it can
    bool m_writingForm = false; // the text changes because the form did
};

} // namespace gatehouse::ui
