#include "ui/dashboard/AlertThresholdsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace gatehouse::ui {

AlertThresholdsDialog::AlertThresholdsDialog(const QString& gatewayName, const metrics::AlertThresholds& t,
                                             QWidget* parent)
    : QDialog(parent)
    , m_original(t)
    , m_latency(new QCheckBox(tr("p95 latency above"), this))
    , m_latencyMs(new QSpinBox(this))
    , m_latencyMinutes(new QSpinBox(this))
    , m_errors(new QCheckBox(tr("Error ratio above"), this))
    , m_errorPercent(new QDoubleSpinBox(this))
    , m_errorMinutes(new QSpinBox(this))
    , m_down(new QCheckBox(tr("The gateway is down (its metrics cannot be scraped)"), this))
{
    setWindowTitle(tr("Alerts for %1").arg(gatewayName));
    m_latencyMs->setRange(1, 600000);
    m_latencyMs->setSuffix(tr(" ms"));
    m_latencyMs->setValue(t.p95AboveSeconds ? int(std::lround(*t.p95AboveSeconds * 1000)) : 2000);
    m_latencyMs->setAccessibleName(tr("p95 latency threshold"));
    m_latencyMinutes->setRange(0, 1440);
    m_latencyMinutes->setSuffix(tr(" min"));
    m_latencyMinutes->setValue(t.p95ForSeconds / 60);
    m_latencyMinutes->setAccessibleName(tr("p95 latency duration"));
    m_latency->setChecked(t.p95AboveSeconds.has_value());
    m_errorPercent->setRange(0.01, 100);
    m_errorPercent->setDecimals(2);
    m_errorPercent->setSuffix(tr(" %"));
    m_errorPercent->setValue(t.errorRatioAbove ? *t.errorRatioAbove * 100 : 5);
    m_errorPercent->setAccessibleName(tr("Error ratio threshold"));
    m_errorMinutes->setRange(0, 1440);
    m_errorMinutes->setSuffix(tr(" min"));
    m_errorMinutes->setValue(t.errorForSeconds / 60);
    m_errorMinutes->setAccessibleName(tr("Error ratio duration"));
    m_errors->setChecked(t.errorRatioAbove.has_value());
    m_down->setChecked(t.whenDown);

    auto* grid = new QGridLayout;
    grid->addWidget(m_latency, 0, 0);
    grid->addWidget(m_latencyMs, 0, 1);
    grid->addWidget(new QLabel(tr("for"), this), 0, 2);
    grid->addWidget(m_latencyMinutes, 0, 3);
    grid->addWidget(m_errors, 1, 0);
    grid->addWidget(m_errorPercent, 1, 1);
    grid->addWidget(new QLabel(tr("for"), this), 1, 2);
    grid->addWidget(m_errorMinutes, 1, 3);
    grid->addWidget(m_down, 2, 0, 1, 4);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Raise an alert (tray notification and alert log) when:"), this));
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

metrics::AlertThresholds AlertThresholdsDialog::thresholds() const
{
    metrics::AlertThresholds t = m_original;
    t.p95AboveSeconds =
        m_latency->isChecked() ? std::optional<double>(m_latencyMs->value() / 1000.0) : std::nullopt;
    t.p95ForSeconds = m_latencyMinutes->value() * 60;
    t.errorRatioAbove =
        m_errors->isChecked() ? std::optional<double>(m_errorPercent->value() / 100.0) : std::nullopt;
    t.errorForSeconds = m_errorMinutes->value() * 60;
    t.whenDown = m_down->isChecked();
    return t;
}

} // namespace gatehouse::ui
