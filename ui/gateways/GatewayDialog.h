#pragma once

#include "core/registry/GatewayProfile.h"
#include "core/registry/GatewayRegistry.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gatehouse::ui {

// Add or edit one registry entry. Problems are shown next to the field they concern and the
// dialog stays open until the profile is stored; nothing is stored on Cancel.
class GatewayDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<RegistryResult(GatewayProfile& profile)>;

    // secretNames: names in the keychain, offered for the key and token references.
    GatewayDialog(const GatewayProfile& profile, const QStringList& secretNames, Save save,
                  QWidget* parent = nullptr);

    GatewayProfile profile() const;

    // For tests and for the page: the error currently shown under a field ("" when none).
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    QLabel* addField(const QString& field, const QString& label, QWidget* editor, const QString& help = {});
    void showErrors(const RegistryResult& result);
    void kindChanged();
    void updateMetricsSuggestion();

    GatewayProfile m_profile;
    Save m_save;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_baseUrl;
    QLineEdit* m_metricsUrl;
    QLineEdit* m_adminUrl;
    QComboBox* m_apiKeySecret;
    QComboBox* m_adminTokenSecret;
    QLineEdit* m_caFile;
    QLineEdit* m_pin;
    QSpinBox* m_pollInterval;
    QLineEdit* m_tags;
    QPlainTextEdit* m_headers;
    QComboBox* m_tokenLimitField;
    QComboBox* m_streamOptions;
    QLabel* m_generalError;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLabel*> m_errorLabels;
    QHash<QString, QWidget*> m_editors;
};

} // namespace gatehouse::ui
