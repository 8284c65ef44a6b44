#pragma once

#include "core/rules/Rule.h"
#include "core/rules/RuleError.h"

#include <QMap>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace gatehouse::ui {

// One rule as a form with a page of fields per kind, so an administrator need not write JSON. It
// only holds values: RuleEditor turns them into the rule's JSON, checks that with core/rules and
// hands the problems back to be shown under the fields they name.
class RuleForm : public QWidget
{
    Q_OBJECT
public:
    explicit RuleForm(QWidget* parent = nullptr);

    // Why the fields cannot hold `rule` as it is ("" when they can), e.g. a tag with a comma in it.
    static QString cannotShow(const rules::Rule& rule);

    // Fills the fields without emitting edited(); `existing`: a saved rule, whose id cannot change.
    void showRule(const rules::Rule& rule, bool existing);
    QSize minimumSizeHint() const override;
    // Puts the fields, in reading order, between `before` and `after` (either may be null) in the
    // window's tab order; call it again after the form is moved into another widget.
    void placeInTabOrder(QWidget* before, QWidget* after);
    rules::Rule rule() const;
    // Each problem under its field; a problem of no field here is left to RuleEditor's status line.
    void showProblems(const std::vector<rules::RuleError>& errors);
    QString problemOf(const QString& section) const; // "id", "pattern", "keywords", "detectors", …

    QLineEdit* idField() const { return m_id; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* descriptionField() const { return m_description; }
    QCheckBox* enabledBox() const { return m_enabled; }
    QSpinBox* priorityField() const { return m_priority; }
    QLineEdit* tagsField() const { return m_tags; }
    QComboBox* kindBox() const { return m_kind; }
    QStackedWidget* kindPages() const { return m_pages; }
    QLineEdit* patternField() const { return m_pattern; }
    QPlainTextEdit* keywordsField() const { return m_keywords; }
    QCheckBox* wholeWordsBox() const { return m_wholeWords; }
    QCheckBox* detectorBox(rules::PiiDetector detector) const { return m_detectors.value(detector); }
    QSpinBox* maxCharactersField() const { return m_maxCharacters; }
    QSpinBox* maxTokensField() const { return m_maxTokens; }
    QSpinBox* maxMessagesField() const { return m_maxMessages; }
    QComboBox* actionBox() const { return m_action; }
    QLineEdit* labelField() const { return m_label; }
    QLineEdit* publicMessageField() const { return m_publicMessage; }
    QCheckBox* inputBox() const { return m_input; }
    QCheckBox* outputBox() const { return m_output; }
    QLineEdit* rolesField() const { return m_roles; }
    QComboBox* spanBox() const { return m_span; }

signals:
    void edited(); // by the user; not by showRule()

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* regexPage();
    QWidget* keywordsPage();
    QWidget* piiPage();
    QWidget* limitsPage();
    QLabel* addProblem(const QString& section, const QString& accessibleName);
    void followKindAndAction();
    void colourProblems();
    void changed();

    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QCheckBox* m_enabled;
    QSpinBox* m_priority;
    QLineEdit* m_tags;
    QComboBox* m_kind;
    QGroupBox* m_matchBox = nullptr;
    QStackedWidget* m_pages;
    QLineEdit* m_pattern = nullptr;
    QPlainTextEdit* m_keywords = nullptr;
    QCheckBox* m_wholeWords = nullptr;
    QMap<rules::PiiDetector, QCheckBox*> m_detectors;
    QSpinBox* m_maxCharacters = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QSpinBox* m_maxMessages = nullptr;
    QComboBox* m_action;
    QLineEdit* m_label;
    QLineEdit* m_publicMessage;
    QCheckBox* m_input;
    QCheckBox* m_output;
    QLineEdit* m_roles;
    QComboBox* m_span;
    std::vector<QWidget*> m_tabOrder;  // the fields in reading order
    QMap<QString, QLabel*> m_problems; // section → the label under its field
    bool m_filling = false;
};

} // namespace gatehouse::ui
