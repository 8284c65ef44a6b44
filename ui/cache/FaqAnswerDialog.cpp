#include "ui/cache/FaqAnswerDialog.h"

#include "ui/common/ProblemBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QPlainTextEdit* textField(const QString& name, int lines, QWidget* parent)
{
    auto* field = new QPlainTextEdit(parent);
    field->setAccessibleName(name);
    field->setTabChangesFocus(true);
    field->setMinimumHeight(field->fontMetrics().lineSpacing() * lines + 12);
    return field;
}

} // namespace

FaqAnswerDialog::FaqAnswerDialog(const QString& gateway, const QStringList& models, QWidget* parent)
    : QDialog(parent)
    , m_model(new QComboBox(this))
    , m_system(textField(tr("System prompt"), 2, this))
    , m_question(textField(tr("Question"), 2, this))
    , m_answer(textField(tr("Answer"), 8, this))
    , m_parameters(new QLineEdit(this))
    , m_problem(new ProblemBanner(tr("FAQ answer problem"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add FAQ answer — %1").arg(gateway));
    m_model->setEditable(true);
    m_model->addItems(models);
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(24);
    m_system->setPlaceholderText(tr("Optional — only when your application sends one"));
    m_question->setPlaceholderText(tr("Exactly as users ask it"));
    m_answer->setPlaceholderText(tr("The answer every client asking this question gets"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_parameters->setPlaceholderText(QStringLiteral("{\"temperature\": 0}"));
    m_parameters->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* intro = new QLabel(
        tr("The gateway answers this question from the cache, without calling the model, for as long as "
           "the entry exists. FAQ answers are pinned: they never expire and are never evicted."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&System prompt:"), m_system);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(tr("&Parameters:"), m_parameters);
    auto* parametersHint =
        new QLabel(tr("Request fields that are part of the question, as JSON — the same values your "
                      "application sends, e.g. its temperature."),
                   this);
    parametersHint->setWordWrap(true);
    parametersHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), parametersHint);

    auto* buttons = m_buttons;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Store answer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FaqAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FaqAnswerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

void FaqAnswerDialog::startFrom(const CacheEntry& entry)
{
    m_model->setCurrentText(entry.model);
    QStringList system;
    QString question;
    for (const QJsonValue m : entry.request.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = m.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (role == QLatin1String("system"))
            system << message.value(QLatin1String("content")).toString();
        else if (role == QLatin1String("user"))
            question = message.value(QLatin1String("content")).toString();
    }
    m_system->setPlainText(system.join(QLatin1Char('\n')));
    m_question->setPlainText(question);
    m_answer->setPlainText(entry.answerText());
    QJsonObject parameters;
    for (auto it = entry.request.begin(); it != entry.request.end(); ++it) {
        if (it.key() != QLatin1String("model") && it.key() != QLatin1String("messages"))
            parameters.insert(it.key(), it.value());
    }
    if (!parameters.isEmpty())
        m_parameters->setText(QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
}

QString FaqAnswerDialog::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

CacheFaq FaqAnswerDialog::faq() const
{
    return m_faq;
}

QString FaqAnswerDialog::check(CacheFaq* faq) const
{
    faq->model = m_model->currentText().trimmed();
    if (faq->model.isEmpty())
        return tr("Name the model the question is asked of.");
    const QString question = m_question->toPlainText();
    if (question.trimmed().isEmpty())
        return tr("Write the question, exactly as users ask it.");
    faq->answer = m_answer->toPlainText();
    if (faq->answer.trimmed().isEmpty())
        return tr("Write the answer the gateway should give.");
    faq->messages = {};
    if (!m_system->toPlainText().isEmpty())
        faq->messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                         {QStringLiteral("content"), m_system->toPlainText()}});
    faq->messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), question}});
    faq->parameters = {};
    const QString parameters = m_parameters->text().trimmed();
    if (!parameters.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(parameters.toUtf8(), &error);
        if (!json.isObject())
            return json.isNull() ? tr("Parameters: %1 at character %2; write a JSON object such as "
                                      "{\"temperature\": 0}.")
                                       .arg(error.errorString())
                                       .arg(error.offset + 1)
                                 : tr("Parameters must be a JSON object such as {\"temperature\": 0}.");
        faq->parameters = json.object();
        for (const char* reserved : {"model", "messages", "stream"}) {
            if (faq->parameters.contains(QLatin1String(reserved)))
                return tr("Parameters: \"%1\" is set by the editor; leave it out.")
                    .arg(QLatin1String(reserved));
        }
    }
    return {};
}

void FaqAnswerDialog::accept()
{
    CacheFaq faq;
    const QString problem = check(&faq);
    showProblem(problem);
    if (!problem.isEmpty())
        return;
    m_faq = std::move(faq);
    setBusy(true);
    emit submitted(m_faq);
}

void FaqAnswerDialog::finishSubmit(const QString& problem)
{
    setBusy(false);
    showProblem(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

void FaqAnswerDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void FaqAnswerDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_model, m_system, m_question, m_answer, m_parameters})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Storing…") : tr("&Store answer"));
}

} // namespace gatehouse::ui
