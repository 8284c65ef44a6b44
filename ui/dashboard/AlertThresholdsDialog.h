#pragma once

#include "core/metrics/AlertRules.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

// Edits one gateway's alert thresholds: p95 above X ms for Y minutes, error ratio above Z % for
// Y minutes, and whether it alerts when down.
namespace gatehouse::ui {

class AlertThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    AlertThresholdsDialog(const QString& gatewayName, const metrics::AlertThresholds& thresholds,
                          QWidget* parent = nullptr);

    metrics::AlertThresholds thresholds() const;

private:
    metrics::AlertThresholds m_original;
    QCheckBox* m_latency;
    QSpinBox* m_latencyMs;
    QSpinBox* m_latencyMinutes;
    QCheckBox* m_errors;
    QDoubleSpinBox* m_errorPercent;
    QSpinBox* m_errorMinutes;
    QCheckBox* m_down;
};

} // namespace gatehouse::ui
