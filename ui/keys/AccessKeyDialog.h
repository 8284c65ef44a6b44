#pragma once

#include "core/admin/AccessKey.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gatehouse::ui {

// Asks for an access key's name, allowed models, rate limits, expiry and whether its prompts may
// be logged. For a new key everything is sent; for an existing one only what changed.
class AccessKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new key.
    explicit AccessKeyDialog(const AccessKey* existing, QWidget* parent = nullptr);

    AccessKeyChanges changes() const;
    void accept() override;
    QString errorText() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* modelsField() const { return m_models; }
    QSpinBox* rpmField() const { return m_rpm; }
    QSpinBox* tpmField() const { return m_tpm; }

private:
    QStringList models() const;

    std::optional<AccessKey> m_existing;
    QLineEdit* m_name;
    QLineEdit* m_models;
    QSpinBox* m_rpm;
    QSpinBox* m_tpm;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiry;
    QCheckBox* m_logContent;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace gatehouse::ui
