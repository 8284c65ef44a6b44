#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

// One rule as JSON (the admin API's form, docs/admin-api.md), checked as it is typed with the
// engine the gateways run — JSON syntax with line and column, unknown fields, RE2 patterns with
// the offset of the mistake — so Save is only offered for a rule the gateway will take.
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget* parent = nullptr);

    void showRule(const QJsonObject& rule); // an existing rule; "" id: a new one
    void clear();
    QJsonObject rule() const; // valid when problem() is empty
    QString problem() const { return m_problem; }
    bool isModified() const;
    QPlainTextEdit* textField() const { return m_text; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }

    static QJsonObject newRuleTemplate();

signals:
    void saveRequested(const QJsonObject& rule);
    void deleteRequested(const QString& id);

private:
    void check();

    QPlainTextEdit* m_text;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_delete;
    QString m_original;
    QString m_id; // of the rule shown, "" for a new one
    QString m_problem;
    QJsonObject m_rule;
};

} // namespace gatehouse::ui
