#pragma once

#include "core/admin/CacheClient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gatehouse::ui {

// "Add FAQ answer": a curated answer for one question to one model, stored pinned (never expired
// or evicted). The question must be asked exactly as clients ask it — same system prompt, same
// parameters that change the answer (e.g. temperature) — for the gateway to serve it.
class FaqAnswerDialog : public QDialog
{
    Q_OBJECT
public:
    FaqAnswerDialog(const QString& gateway, const QStringList& models, QWidget* parent = nullptr);

    // Fills the editor from an existing entry: its model, messages and answer.
    void startFrom(const CacheEntry& entry);

    QComboBox* modelField() const { return m_model; }
    QPlainTextEdit* systemField() const { return m_system; }
    QPlainTextEdit* questionField() const { return m_question; }
    QPlainTextEdit* answerField() const { return m_answer; }
    QLineEdit* parametersField() const { return m_parameters; }
    QString problemText() const;

    CacheFaq faq() const; // the last one submitted
    // OK checks the fields and emits submitted(); the dialog stays open, fields disabled, until the
    // caller says how the gateway answered: "" closes it, a problem shows with everything kept.
    void accept() override;
    void finishSubmit(const QString& problem);

signals:
    void submitted(const gatehouse::CacheFaq& faq);

private:
    QString check(CacheFaq* faq) const; // the first problem, or "" with *faq filled
    void showProblem(const QString& text);
    void setBusy(bool busy);

    QComboBox* m_model;
    QPlainTextEdit* m_system;
    QPlainTextEdit* m_question;
    QPlainTextEdit* m_answer;
    QLineEdit* m_parameters;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    CacheFaq m_faq;
};

} // namespace gatehouse::ui
