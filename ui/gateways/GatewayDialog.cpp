#include "ui/gateways/GatewayDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QComboBox* secretCombo(const QStringList& names, const QString& current, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(names);
    combo->setCurrentText(current);
    combo->lineEdit()->setPlaceholderText(GatewayDialog::tr("none"));
    return combo;
}

} // namespace

GatewayDialog::GatewayDialog(const GatewayProfile& profile, const QStringList& secretNames, Save save,
                             QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_save(std::move(save))
    , m_name(new QLineEdit(profile.name, this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(profile.baseUrl.toString(), this))
    , m_metricsUrl(new QLineEdit(profile.metricsUrl.toString(), this))
    , m_adminUrl(new QLineEdit(profile.adminUrl.toString(), this))
    , m_apiKeySecret(secretCombo(secretNames, profile.apiKeySecret, this))
    , m_adminTokenSecret(secretCombo(secretNames, profile.adminTokenSecret, this))
    , m_caFile(new QLineEdit(profile.tls.caFile, this))
    , m_pin(new QLineEdit(profile.tls.pinSha256, this))
    , m_pollInterval(new QSpinBox(this))
    , m_tags(new QLineEdit(profile.tags.join(QStringLiteral(", ")), this))
    , m_headers(new QPlainTextEdit(this))
    , m_tokenLimitField(new QComboBox(this))
    , m_streamOptions(new QComboBox(this))
    , m_generalError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(profile.id == 0 ? tr("Add gateway") : tr("Edit gateway"));
    setMinimumWidth(560);

    for (GatewayKind kind : allGatewayKinds())
        m_kind->addItem(gatewayKindDisplayName(kind), gatewayKindId(kind));
    m_kind->setCurrentIndex(m_kind->findData(gatewayKindId(profile.kind)));

    m_name->setPlaceholderText(tr("e.g. Production EU"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://gateway.example.com/v1"));
    m_metricsUrl->setPlaceholderText(QStringLiteral("https://gateway.example.com/metrics"));
    m_adminUrl->setPlaceholderText(QStringLiteral("https://gateway.example.com/admin/v1"));
    m_pin->setPlaceholderText(tr("sha256//base64 of the public key, optional"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. prod, eu"));
    m_pollInterval->setRange(1, 3600);
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setValue(profile.pollIntervalSeconds);

    auto* caRow = new QWidget(this);
    auto* caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    auto* browse = new QPushButton(tr("Browse…"), caRow);
    browse->setAccessibleName(tr("Choose CA file"));
    caLayout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    // The form joins the dialog's layout before rows are added, so its labels get the dialog as parent.
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // Each field gets a hidden error label below it; see addField().
    auto field = [&](const QString& id, const QString& label, QWidget* editor, const QString& help = {}) {
        QLabel* error = addField(id, label, editor, help);
        form->addRow(label, editor);
        form->addRow(QString(), error);
        if (!help.isEmpty()) {
            auto* hint = new QLabel(help, this);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            form->addRow(QString(), hint);
        }
    };
    field(QStringLiteral("name"), tr("&Name:"), m_name);
    field(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    field(QStringLiteral("baseUrl"), tr("&Address:"), m_baseUrl,
          tr("The OpenAI-compatible API root (ends in /v1 for most gateways and model servers)."));
    field(QStringLiteral("metricsUrl"), tr("&Metrics URL:"), m_metricsUrl);
    field(QStringLiteral("adminUrl"), tr("A&dmin API URL:"), m_adminUrl);
    field(QStringLiteral("apiKeySecret"), tr("API &key:"), m_apiKeySecret,
          tr("The name of a key stored on the Keys page; the key itself stays in your keychain."));
    field(QStringLiteral("adminTokenSecret"), tr("Admin &token:"), m_adminTokenSecret);
    field(QStringLiteral("tls.caFile"), tr("&CA file:"), caRow);
    m_editors[QStringLiteral("tls.caFile")] = m_caFile;
    field(QStringLiteral("tls.pinSha256"), tr("Certificate &pin:"), m_pin);
    field(QStringLiteral("pollIntervalSeconds"), tr("&Poll every:"), m_pollInterval);
    field(QStringLiteral("tags"), tr("T&ags:"), m_tags);

    // Advanced: how the chat talks to this entry.
    QStringList headerLines;
    for (const auto& [name, value] : profile.chat.extraHeaders)
        headerLines << QStringLiteral("%1: %2").arg(name, value);
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    m_headers->setPlaceholderText(
        QStringLiteral("x-portkey-api-key: {secret:portkey}\nx-portkey-config: pc-..."));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(80);
    m_tokenLimitField->addItem(tr("as usual for the kind"), QString());
    m_tokenLimitField->addItem(QStringLiteral("max_tokens"), QStringLiteral("max_tokens"));
    m_tokenLimitField->addItem(QStringLiteral("max_completion_tokens"),
                               QStringLiteral("max_completion_tokens"));
    m_tokenLimitField->setCurrentIndex(qMax(0, m_tokenLimitField->findData(profile.chat.tokenLimitField)));
    m_streamOptions->addItem(tr("as usual for the kind"));
    m_streamOptions->addItem(tr("ask for it (stream_options)"));
    m_streamOptions->addItem(tr("do not ask (the server refuses stream_options)"));
    m_streamOptions->setCurrentIndex(!profile.chat.streamOptions ? 0 : *profile.chat.streamOptions ? 1 : 2);
    auto* advanced = new QLabel(tr("<b>Advanced chat settings</b>"), this);
    form->addRow(advanced);
    field(QStringLiteral("chat.headers"), tr("Extra &headers:"), m_headers,
          tr("One \"Name: value\" per line, sent with every chat request. Write {secret:NAME} to send a "
             "key from the Keys page without storing it here."));
    field(QStringLiteral("chat.tokenLimitField"), tr("Token &limit field:"), m_tokenLimitField);
    field(QStringLiteral("chat.streamOptions"), tr("&Usage in streams:"), m_streamOptions);

    m_generalError->setWordWrap(true);
    m_generalError->setVisible(false);
    m_generalError->setForegroundRole(QPalette::BrightText);
    outer->addWidget(m_generalError);
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GatewayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GatewayDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GatewayDialog::kindChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &GatewayDialog::updateMetricsSuggestion);
    kindChanged();
}

QLabel* GatewayDialog::addField(const QString& field, const QString& label, QWidget* editor, const QString&)
{
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->setVisible(false);
    QPalette p = error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    error->setPalette(p);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_errorLabels[field] = error;
    m_editors[field] = editor;
    return error;
}

void GatewayDialog::kindChanged()
{
    const auto kind =
        gatewayKindFromId(m_kind->currentData().toString()).value_or(GatewayKind::OpenAiCompatible);
    const bool admin = kindHasAdminApi(kind);
    m_adminUrl->setEnabled(admin);
    m_adminTokenSecret->setEnabled(admin);
    const bool prometheus = kind == GatewayKind::PrometheusServer;
    // A Prometheus server is reached at its root, kept as the metrics URL; it has no chat API.
    m_baseUrl->setEnabled(!prometheus);
    m_baseUrl->setPlaceholderText(prometheus ? QString() : exampleBaseUrl(kind));
    m_metricsUrl->setEnabled(kindHasMetrics(kind));
    updateMetricsSuggestion();
}

void GatewayDialog::updateMetricsSuggestion()
{
    const auto kind =
        gatewayKindFromId(m_kind->currentData().toString()).value_or(GatewayKind::OpenAiCompatible);
    const QUrl suggestion = suggestedMetricsUrl(kind, QUrl(m_baseUrl->text().trimmed()));
    m_metricsUrl->setPlaceholderText(
        suggestion.isEmpty()
            ? (kind == GatewayKind::PrometheusServer ? QStringLiteral("http://prometheus:9090") : tr("none"))
            : tr("%1 (used when left empty)").arg(suggestion.toDisplayString()));
}

GatewayProfile GatewayDialog::profile() const
{
    GatewayProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.kind = gatewayKindFromId(m_kind->currentData().toString()).value_or(GatewayKind::OpenAiCompatible);
    p.baseUrl = QUrl(m_baseUrl->text().trimmed());
    p.metricsUrl = m_metricsUrl->isEnabled() ? QUrl(m_metricsUrl->text().trimmed()) : QUrl();
    if (p.metricsUrl.isEmpty() && m_metricsUrl->isEnabled())
        p.metricsUrl = suggestedMetricsUrl(p.kind, p.baseUrl); // the placeholder promised it
    if (!m_baseUrl->isEnabled())
        p.baseUrl = QUrl();
    p.adminUrl = m_adminUrl->isEnabled() ? QUrl(m_adminUrl->text().trimmed()) : QUrl();
    p.apiKeySecret = m_apiKeySecret->currentText().trimmed();
    p.adminTokenSecret =
        m_adminTokenSecret->isEnabled() ? m_adminTokenSecret->currentText().trimmed() : QString();
    p.tls.caFile = m_caFile->text().trimmed();
    p.tls.pinSha256 = m_pin->text().trimmed();
    p.pollIntervalSeconds = m_pollInterval->value();
    p.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            p.tags << tag.trimmed();
    }
    p.chat.extraHeaders.clear();
    for (const QString& line : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        // A line without a colon keeps its whole text as the name, which validation then refuses.
        p.chat.extraHeaders.append({colon < 0 ? line.trimmed() : line.left(colon).trimmed(),
                                    colon < 0 ? QString() : line.mid(colon + 1).trimmed()});
    }
    p.chat.tokenLimitField = m_tokenLimitField->currentData().toString();
    p.chat.streamOptions = m_streamOptions->currentIndex() == 0
                               ? std::nullopt
                               : std::optional<bool>(m_streamOptions->currentIndex() == 1);
    return p;
}

QString GatewayDialog::fieldError(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    if (label)
        return label->isVisibleTo(this) ? label->text() : QString();
    return field.isEmpty() && m_generalError->isVisibleTo(this) ? m_generalError->text() : QString();
}

void GatewayDialog::showErrors(const RegistryResult& result)
{
    for (QLabel* label : std::as_const(m_errorLabels))
        label->setVisible(false);
    QWidget* first = nullptr;
    QStringList unplaced;
    for (const FieldError& e : result.errors) {
        QLabel* label = m_errorLabels.value(e.field);
        if (!label) {
            unplaced << e.message;
            continue;
        }
        label->setText(e.message);
        label->setVisible(true);
        if (!first)
            first = m_editors.value(e.field);
    }
    if (!result.message.isEmpty())
        unplaced << result.message;
    m_generalError->setText(unplaced.join(QLatin1Char('\n')));
    m_generalError->setVisible(!unplaced.isEmpty());
    if (first)
        first->setFocus();
}

void GatewayDialog::accept()
{
    GatewayProfile p = profile();
    RegistryResult result;
    result.errors = validateProfile(p);
    if (result.ok())
        result = m_save(p);
    if (!result.ok()) {
        showErrors(result);
        return;
    }
    m_profile = p;
    QDialog::accept();
}

} // namespace gatehouse::ui
