#pragma once

#include "core/secrets/SecretCatalog.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gatehouse::ui {

// Asks for a secret's name, kind and value. The value field is masked unless the user shows it;
// when replacing, the name is fixed.
class SecretDialog : public QDialog
{
    Q_OBJECT
public:
    // name empty: a new secret; otherwise the one being replaced.
    SecretDialog(const QString& name, SecretKind kind, const QStringList& existingNames,
                 QWidget* parent = nullptr);
    ~SecretDialog() override;

    QString name() const;
    SecretKind kind() const;
    QByteArray value() const; // the caller wipes its copy after use

    void accept() override;
    QString errorText() const;

private:
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_value;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QStringList m_existing;
    bool m_replacing;
};

} // namespace gatehouse::ui
