#include "ui/chat/ChatParametersPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

// A spin box whose lowest value reads "default" and means "not sent".
void makeOptional(QDoubleSpinBox* box, double max, double step)
{
    box->setRange(-step, max);
    box->setSingleStep(step);
    box->setDecimals(2);
    box->setSpecialValueText(ChatParametersPanel::tr("default"));
    box->setValue(-step);
}

} // namespace

ChatParametersPanel::ChatParametersPanel(QWidget* parent)
    : QWidget(parent)
    , m_system(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_useSeed(new QCheckBox(this))
    , m_seed(new QSpinBox(this))
    , m_stop(new QPlainTextEdit(this))
{
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setTabChangesFocus(true);
    makeOptional(m_temperature, 2.0, 0.05);
    m_temperature->setAccessibleName(tr("Temperature"));
    makeOptional(m_topP, 1.0, 0.05);
    m_topP->setAccessibleName(tr("Top p"));
    m_maxTokens->setRange(0, 1'000'000);
    m_maxTokens->setSpecialValueText(tr("default"));
    m_maxTokens->setAccessibleName(tr("Maximum tokens"));
    m_seed->setRange(0, 2'147'483'647);
    m_seed->setEnabled(false);
    m_seed->setAccessibleName(tr("Seed"));
    m_useSeed->setAccessibleName(tr("Use a fixed seed"));
    m_useSeed->setToolTip(tr("Send the same seed with every request, for repeatable answers"));
    connect(m_useSeed, &QCheckBox::toggled, m_seed, &QSpinBox::setEnabled);
    m_stop->setPlaceholderText(tr("One stop sequence per line"));
    m_stop->setAccessibleName(tr("Stop sequences"));
    m_stop->setTabChangesFocus(true);
    m_stop->setMaximumHeight(70);

    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_useSeed);
    seedRow->addWidget(m_seed, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("Top &p:"), m_topP);
    form->addRow(tr("Max &tokens:"), m_maxTokens);
    form->addRow(tr("Fixed seed:"), seedRow);
    form->addRow(tr("&Stop:"), m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("System prompt"), this));
    layout->addWidget(m_system, 1);
    layout->addLayout(form);
}

QString ChatParametersPanel::systemPrompt() const
{
    return m_system->toPlainText().trimmed();
}

ChatParameters ChatParametersPanel::parameters() const
{
    ChatParameters p;
    if (m_temperature->value() >= 0)
        p.temperature = m_temperature->value();
    if (m_topP->value() >= 0)
        p.topP = m_topP->value();
    if (m_maxTokens->value() > 0)
        p.maxTokens = m_maxTokens->value();
    if (m_useSeed->isChecked())
        p.seed = m_seed->value();
    for (const QString& line : m_stop->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        p.stop << line;
    return p;
}

void ChatParametersPanel::restore(const QString& systemPrompt, const ChatParameters& parameters)
{
    m_system->setPlainText(systemPrompt);
    m_temperature->setValue(parameters.temperature.value_or(m_temperature->minimum()));
    m_topP->setValue(parameters.topP.value_or(m_topP->minimum()));
    m_maxTokens->setValue(parameters.maxTokens.value_or(m_maxTokens->minimum()));
    m_useSeed->setChecked(parameters.seed.has_value());
    if (parameters.seed)
        m_seed->setValue(int(*parameters.seed));
    m_stop->setPlainText(parameters.stop.join(QLatin1Char('\n')));
}

} // namespace gatehouse::ui
