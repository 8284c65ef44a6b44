#include "ui/rules/RuleForm.h"

#include "ui/rules/ProblemColor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace gatehouse::ui {

namespace {

using rules::Action;
using rules::MessageSpan;
using rules::PiiDetector;
using rules::RuleKind;

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string toStd(const QString& s)
{
    return s.toStdString();
}

QString joinList(const std::vector<std::string>& items, const QString& separator)
{
    QStringList out;
    for (const std::string& item : items)
        out << fromStd(item);
    return out.join(separator);
}

// The items of a comma-separated (or one-per-line) field, trimmed, without empty ones.
std::vector<std::string> splitList(const QString& text, QChar separator)
{
    std::vector<std::string> out;
    for (const QString& item : text.split(separator, Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out.push_back(toStd(trimmed));
    }
    return out;
}

// What a list field cannot hold: an item that splitList() would not give back as it is.
bool fitsList(const std::vector<std::string>& items, QChar separator)
{
    for (const std::string& item : items) {
        const QString s = fromStd(item);
        if (s.isEmpty() || s.trimmed() != s || s.contains(separator) || s.contains(QLatin1Char('\n')))
            return false;
    }
    return true;
}

bool oneLine(const std::string& s)
{
    return s.find('\n') == std::string::npos && s.find('\r') == std::string::npos;
}

constexpr int priorityRange = 999999; // wider would make the spin box wider than the form

QSpinBox* limitField(QWidget* parent, const QString& accessibleName, const QString& none)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(0, std::numeric_limits<int>::max());
    spin->setSpecialValueText(none);
    spin->setGroupSeparatorShown(true);
    spin->setAccessibleName(accessibleName);
    return spin;
}

// The section of the form a problem's JSON field belongs to: "keywords[2]" → "keywords".
QString sectionOf(const std::string& field)
{
    for (const std::string section :
         {"id", "pattern", "keywords", "detectors", "limits", "label", "publicMessage", "scope", "action"}) {
        if (field == section || field.starts_with(section + ".") || field.starts_with(section + "["))
            return QString::fromStdString(section);
    }
    return {};
}

} // namespace

RuleForm::RuleForm(QWidget* parent)
    : QWidget(parent)
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Ena&bled"), this))
    , m_priority(new QSpinBox(this))
    , m_tags(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_action(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_publicMessage(new QLineEdit(this))
    , m_input(new QCheckBox(tr("Inp&ut"), this))
    , m_output(new QCheckBox(tr("&Output"), this))
    , m_roles(new QLineEdit(this))
    , m_span(new QComboBox(this))
{
    m_id->setAccessibleName(tr("Rule id"));
    m_id->setPlaceholderText(tr("e.g. no-card-numbers"));
    m_name->setAccessibleName(tr("Rule name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Why the rule exists"));
    m_priority->setRange(-priorityRange, priorityRange);
    m_priority->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("When rules compete for the same text, the larger priority wins."));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("e.g. pii, compliance"));
    m_tags->setToolTip(tr("Comma-separated; the table's tag filter finds rules by them."));
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Regex"), int(RuleKind::Regex));
    m_kind->addItem(tr("Keywords"), int(RuleKind::Keywords));
    m_kind->addItem(tr("PII"), int(RuleKind::Pii));
    m_kind->addItem(tr("Limits"), int(RuleKind::Limit));
    m_pages->addWidget(regexPage());
    m_pages->addWidget(keywordsPage());
    m_pages->addWidget(piiPage());
    m_pages->addWidget(limitsPage());

    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Block"), int(Action::Block));
    m_action->setItemData(0, tr("Refuse the request, or stop the answer"), Qt::ToolTipRole);
    m_action->addItem(tr("Redact"), int(Action::Redact));
    m_action->setItemData(1, tr("Replace the matched text with a label and let the rest through"),
                          Qt::ToolTipRole);
    m_action->addItem(tr("Flag"), int(Action::Flag));
    m_action->setItemData(2, tr("Let it through and count it in the gateway's metrics and log"),
                          Qt::ToolTipRole);
    m_label->setAccessibleName(tr("Redaction label"));
    m_label->setPlaceholderText(tr("empty: the kind's default"));
    m_label->setToolTip(tr("The text put in place of a match, in brackets: [LABEL]."));
    m_publicMessage->setAccessibleName(tr("Public message"));
    m_publicMessage->setPlaceholderText(tr("empty: the gateway's default"));
    m_publicMessage->setToolTip(tr("What a blocked client is told."));
    m_input->setToolTip(tr("Check the messages sent to the model."));
    m_output->setToolTip(tr("Check the model's answers."));
    m_roles->setAccessibleName(tr("Roles"));
    m_roles->setPlaceholderText(tr("empty: every role"));
    m_roles->setToolTip(
        tr("The message roles the rule reads (system, user, assistant, tool), comma-separated."));
    m_span->setAccessibleName(tr("Which messages"));
    m_span->addItem(tr("all of them"), int(MessageSpan::All));
    m_span->addItem(tr("the last one"), int(MessageSpan::Last));
    m_span->setToolTip(tr("Read every input message of the roles above, or only the last one."));

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    const auto withProblem = [](QWidget* field, QLabel* problem) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(problem);
        return column;
    };

    // One form layout for all rows, so the labels above and below the kind's page line up.
    auto* fields = new QFormLayout(this);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow side panels, long Russian labels
    fields->addRow(label(tr("&ID:"), m_id), withProblem(m_id, addProblem("id", tr("Id problem"))));
    fields->addRow(label(tr("&Name:"), m_name), m_name);
    fields->addRow(label(tr("D&escription:"), m_description), m_description);
    fields->addRow(QString(), m_enabled);
    fields->addRow(label(tr("Priorit&y:"), m_priority), m_priority);
    fields->addRow(label(tr("T&ags:"), m_tags), m_tags);
    fields->addRow(label(tr("&Kind:"), m_kind), m_kind);

    m_matchBox = new QGroupBox(tr("What it matches"), this);
    auto* matchLayout = new QVBoxLayout(m_matchBox);
    matchLayout->addWidget(m_pages);
    fields->addRow(m_matchBox);

    fields->addRow(label(tr("A&ction:"), m_action),
                   withProblem(m_action, addProblem("action", tr("Action problem"))));
    fields->addRow(label(tr("Redaction &label:"), m_label),
                   withProblem(m_label, addProblem("label", tr("Redaction label problem"))));
    fields->addRow(label(tr("Public &message:"), m_publicMessage),
                   withProblem(m_publicMessage, addProblem("publicMessage", tr("Public message problem"))));
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_input);
    scopeRow->addWidget(m_output);
    scopeRow->addStretch(1);
    auto* scopeColumn = new QVBoxLayout;
    scopeColumn->setSpacing(2);
    scopeColumn->addLayout(scopeRow);
    scopeColumn->addWidget(addProblem("scope", tr("Scope problem")));
    fields->addRow(new QLabel(tr("Checks:"), this), scopeColumn);
    fields->addRow(label(tr("&Roles:"), m_roles), m_roles);
    fields->addRow(label(tr("&Which messages:"), m_span), m_span);

    m_tabOrder = {m_id,   m_name, m_description, m_enabled,  m_priority,
                  m_tags, m_kind, m_pattern,     m_keywords, m_wholeWords};
    for (PiiDetector d : rules::allDetectors())
        m_tabOrder.push_back(m_detectors.value(d));
    m_tabOrder.insert(m_tabOrder.end(), {m_maxCharacters, m_maxTokens, m_maxMessages, m_action, m_label,
                                         m_publicMessage, m_input, m_output, m_roles, m_span});
    placeInTabOrder(nullptr, nullptr);

    for (QLineEdit* edit :
         {m_id, m_name, m_description, m_tags, m_pattern, m_label, m_publicMessage, m_roles})
        connect(edit, &QLineEdit::textEdited, this, &RuleForm::changed);
    connect(m_keywords, &QPlainTextEdit::textChanged, this, &RuleForm::changed);
    for (QCheckBox* box : {m_enabled, m_wholeWords, m_input, m_output})
        connect(box, &QCheckBox::toggled, this, &RuleForm::changed);
    for (QCheckBox* box : m_detectors)
        connect(box, &QCheckBox::toggled, this, &RuleForm::changed);
    for (QSpinBox* spin : {m_priority, m_maxCharacters, m_maxTokens, m_maxMessages})
        connect(spin, &QSpinBox::valueChanged, this, &RuleForm::changed);
    for (QComboBox* combo : {m_kind, m_action, m_span})
        connect(combo, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    colourProblems();
    followKindAndAction();
}

QWidget* RuleForm::regexPage()
{
    auto* page = new QWidget(this);
    m_pattern = new QLineEdit(page);
    m_pattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->setPlaceholderText(tr("RE2, e.g. (?i)confidential"));
    auto* label = new QLabel(tr("&Pattern:"), page);
    label->setBuddy(m_pattern);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(m_pattern);
    layout->addWidget(addProblem("pattern", tr("Pattern problem")));
    layout->addStretch(1);
    return page;
}

QWidget* RuleForm::keywordsPage()
{
    auto* page = new QWidget(this);
    m_keywords = new QPlainTextEdit(page);
    m_keywords->setAccessibleName(tr("Keywords"));
    m_keywords->setPlaceholderText(tr("top secret\nproject hedgehog"));
    m_keywords->setTabChangesFocus(true);
    m_keywords->setFixedHeight(m_keywords->fontMetrics().lineSpacing() * 5 + 12);
    m_wholeWords = new QCheckBox(tr("Whole words only"), page);
    m_wholeWords->setToolTip(
        tr("Match only at word boundaries, in any script; letters match in either case."));
    auto* label = new QLabel(tr("Keywords, one &per line:"), page);
    label->setBuddy(m_keywords);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(m_keywords);
    layout->addWidget(addProblem("keywords", tr("Keywords problem")));
    layout->addWidget(m_wholeWords);
    layout->addStretch(1);
    return page;
}

QWidget* RuleForm::piiPage()
{
    auto* page = new QWidget(this);
    const QMap<PiiDetector, QString> names{
        {PiiDetector::Email, tr("Email addresses")},
        {PiiDetector::Phone, tr("Phone numbers")},
        {PiiDetector::PaymentCard, tr("Payment cards")},
        {PiiDetector::Iban, tr("IBANs")},
        {PiiDetector::Ipv4, tr("IPv4 addresses")},
        {PiiDetector::Ipv6, tr("IPv6 addresses")},
        {PiiDetector::OpenAiKey, tr("OpenAI keys (sk-…)")},
        {PiiDetector::AwsAccessKey, tr("AWS access keys")},
        {PiiDetector::Jwt, tr("JSON web tokens")},
        {PiiDetector::ApiKeyAssignment, tr("Secrets in text (password=…)")},
    };
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (PiiDetector d : rules::allDetectors()) {
        auto* box = new QCheckBox(names.value(d, fromStd(std::string(rules::detectorName(d)))), page);
        box->setToolTip(tr("Detector \"%1\"").arg(fromStd(std::string(rules::detectorName(d)))));
        m_detectors.insert(d, box);
        grid->addWidget(box, i, 0); // one column: two would widen a narrow side panel
        ++i;
    }
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(tr("Detect:"), page));
    layout->addLayout(grid);
    layout->addWidget(addProblem("detectors", tr("Detectors problem")));
    layout->addStretch(1);
    return page;
}

QWidget* RuleForm::limitsPage()
{
    auto* page = new QWidget(this);
    const QString none = tr("No limit");
    m_maxCharacters = limitField(page, tr("Maximum characters"), none);
    m_maxTokens = limitField(page, tr("Maximum estimated tokens"), none);
    m_maxMessages = limitField(page, tr("Maximum messages"), none);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](const QString& text, QSpinBox* spin) {
        auto* label = new QLabel(text, page);
        label->setBuddy(spin);
        form->addRow(label, spin);
    };
    row(tr("Ma&x characters:"), m_maxCharacters);
    row(tr("Max estimated tokens:"), m_maxTokens);
    row(tr("Max messages:"), m_maxMessages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(form);
    layout->addWidget(addProblem("limits", tr("Limits problem")));
    layout->addStretch(1);
    return page;
}

void RuleForm::placeInTabOrder(QWidget* before, QWidget* after)
{
    std::vector<QWidget*> chain;
    if (before)
        chain.push_back(before);
    chain.insert(chain.end(), m_tabOrder.begin(), m_tabOrder.end());
    if (after)
        chain.push_back(after);
    for (std::size_t i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

QSize RuleForm::minimumSizeHint() const
{
    // As wide as the widest kind's page needs, so switching kinds never clips one.
    QSize size = QWidget::minimumSizeHint();
    const QMargins box = m_matchBox->contentsMargins() + m_matchBox->layout()->contentsMargins();
    const int frame = box.left() + box.right();
    for (int i = 0; i < m_pages->count(); ++i)
        size.setWidth(std::max(size.width(), m_pages->widget(i)->minimumSizeHint().width() + frame));
    return size;
}

QLabel* RuleForm::addProblem(const QString& section, const QString& accessibleName)
{
    auto* problem = new QLabel(this);
    problem->setAccessibleName(accessibleName);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem->hide();
    m_problems.insert(section, problem);
    return problem;
}

QString RuleForm::cannotShow(const rules::Rule& rule)
{
    if (!fitsList(rule.tags, QLatin1Char(',')))
        return tr("a tag is empty, has a comma in it or spaces around it");
    if (!fitsList(rule.scope.roles, QLatin1Char(',')))
        return tr("a role is empty, has a comma in it or spaces around it");
    if (!fitsList(rule.keywords, QLatin1Char('\n')))
        return tr("a keyword is empty, spans lines or has spaces around it");
    for (const std::string* text :
         {&rule.id, &rule.name, &rule.description, &rule.pattern, &rule.label, &rule.publicMessage}) {
        if (!oneLine(*text))
            return tr("a text field has a line break in it");
    }
    if (rule.priority < -priorityRange || rule.priority > priorityRange)
        return tr("the priority is outside ±%L1").arg(priorityRange);
    const std::uint64_t most = std::numeric_limits<int>::max();
    if (rule.limits.maxCharacters > most || rule.limits.maxTokens > most || rule.limits.maxMessages > most)
        return tr("a limit is above %L1").arg(most);
    return {};
}

void RuleForm::showRule(const rules::Rule& rule, bool existing)
{
    m_filling = true;
    m_id->setText(fromStd(rule.id));
    m_id->setReadOnly(existing);
    m_id->setToolTip(existing ? tr("A saved rule keeps its id; make a new rule for another id.") : QString());
    m_name->setText(fromStd(rule.name));
    m_description->setText(fromStd(rule.description));
    m_enabled->setChecked(rule.enabled);
    m_priority->setValue(rule.priority);
    m_tags->setText(joinList(rule.tags, QStringLiteral(", ")));
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_pattern->setText(fromStd(rule.pattern));
    if (m_keywords->toPlainText() != joinList(rule.keywords, QStringLiteral("\n")))
        m_keywords->setPlainText(joinList(rule.keywords, QStringLiteral("\n")));
    m_wholeWords->setChecked(rule.wholeWords);
    for (auto it = m_detectors.cbegin(); it != m_detectors.cend(); ++it)
        it.value()->setChecked(std::find(rule.detectors.begin(), rule.detectors.end(), it.key()) !=
                               rule.detectors.end());
    m_maxCharacters->setValue(int(rule.limits.maxCharacters));
    m_maxTokens->setValue(int(rule.limits.maxTokens));
    m_maxMessages->setValue(int(rule.limits.maxMessages));
    m_action->setCurrentIndex(m_action->findData(int(rule.action)));
    m_label->setText(fromStd(rule.label));
    m_publicMessage->setText(fromStd(rule.publicMessage));
    m_input->setChecked(rule.scope.input);
    m_output->setChecked(rule.scope.output);
    m_roles->setText(joinList(rule.scope.roles, QStringLiteral(", ")));
    m_span->setCurrentIndex(m_span->findData(int(rule.scope.messages)));
    followKindAndAction();
    m_filling = false;
}

rules::Rule RuleForm::rule() const
{
    rules::Rule r;
    r.id = toStd(m_id->text());
    r.name = toStd(m_name->text());
    r.description = toStd(m_description->text());
    r.enabled = m_enabled->isChecked();
    r.priority = m_priority->value();
    r.tags = splitList(m_tags->text(), QLatin1Char(','));
    r.kind = RuleKind(m_kind->currentData().toInt());
    r.pattern = toStd(m_pattern->text());
    r.keywords = splitList(m_keywords->toPlainText(), QLatin1Char('\n'));
    r.wholeWords = m_wholeWords->isChecked();
    for (PiiDetector d : rules::allDetectors()) {
        if (m_detectors.value(d)->isChecked())
            r.detectors.push_back(d);
    }
    r.limits.maxCharacters = std::uint64_t(m_maxCharacters->value());
    r.limits.maxTokens = std::uint64_t(m_maxTokens->value());
    r.limits.maxMessages = std::uint64_t(m_maxMessages->value());
    r.action = Action(m_action->currentData().toInt());
    r.label = toStd(m_label->text());
    r.publicMessage = toStd(m_publicMessage->text());
    r.scope.input = m_input->isChecked();
    r.scope.output = m_output->isChecked();
    r.scope.roles = splitList(m_roles->text(), QLatin1Char(','));
    r.scope.messages = MessageSpan(m_span->currentData().toInt());
    return r;
}

void RuleForm::showProblems(const std::vector<rules::RuleError>& errors)
{
    QMap<QString, QStringList> texts;
    for (const rules::RuleError& e : errors) {
        const QString section = sectionOf(e.field);
        if (section.isEmpty())
            continue;
        QString text = fromStd(e.message);
        if (e.offset)
            text = tr("At offset %1: %2").arg(*e.offset).arg(text);
        else if (e.field.find('[') != std::string::npos)
            text = fromStd(e.field) + QStringLiteral(": ") + text; // which keyword, detector or role
        texts[section] << text;
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString text = texts.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

QString RuleForm::problemOf(const QString& section) const
{
    const QLabel* label = m_problems.value(section);
    return label ? label->text() : QString();
}

void RuleForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourProblems();
}

void RuleForm::colourProblems()
{
    const QColor colour = problemColor(palette());
    for (QLabel* label : std::as_const(m_problems)) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colour);
        label->setPalette(p);
    }
}

void RuleForm::followKindAndAction()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // The page box as tall as the kind's own fields, not as the tallest kind's.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }

    const auto action = Action(m_action->currentData().toInt());
    m_label->setEnabled(action == Action::Redact);
    m_publicMessage->setEnabled(action == Action::Block);
    // The input's messages and roles mean nothing to a rule that reads answers only.
    m_roles->setEnabled(m_input->isChecked());
    m_span->setEnabled(m_input->isChecked());
}

void RuleForm::changed()
{
    followKindAndAction();
    if (!m_filling)
        emit edited();
}

} // namespace gatehouse::ui
