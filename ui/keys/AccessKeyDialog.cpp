#include "ui/keys/AccessKeyDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

constexpr int maxLimit = 1'000'000'000;

QSpinBox* limitBox(QWidget* parent, const QString& suffix, const std::optional<qint64>& value)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, maxLimit);
    box->setSpecialValueText(QObject::tr("Unlimited"));
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setValue(value ? int(std::min<qint64>(*value, maxLimit)) : 0);
    return box;
}

std::optional<qint64> limitOf(const QSpinBox* box)
{
    return box->value() == 0 ? std::nullopt : std::optional<qint64>(box->value());
}

} // namespace

AccessKeyDialog::AccessKeyDialog(const AccessKey* existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing ? std::optional<AccessKey>(*existing) : std::nullopt)
    , m_name(new QLineEdit(this))
    , m_models(new QLineEdit(this))
    , m_rpm(limitBox(this, tr(" req/min"), existing ? existing->rpm : std::nullopt))
    , m_tpm(limitBox(this, tr(" tok/min"), existing ? existing->tpm : std::nullopt))
    , m_expires(new QCheckBox(tr("Expires on"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_logContent(new QCheckBox(tr("Log prompt and answer text for this key"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing ? tr("Edit access key") : tr("New access key"));
    m_name->setPlaceholderText(tr("e.g. web-shop-prod"));
    m_name->setAccessibleName(tr("Key name"));
    m_models->setPlaceholderText(tr("All models (or a comma-separated list)"));
    m_models->setAccessibleName(tr("Allowed models"));
    m_rpm->setAccessibleName(tr("Requests per minute"));
    m_tpm->setAccessibleName(tr("Tokens per minute"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setAccessibleName(tr("Expiry"));
    m_logContent->setToolTip(tr("Off by default: the access log then holds timings and sizes, never text."));
    if (existing) {
        m_name->setText(existing->name);
        m_models->setText(existing->models.join(QStringLiteral(", ")));
        m_expires->setChecked(existing->expiresAt.isValid());
        m_logContent->setChecked(existing->logContent);
    }
    m_expiry->setDateTime(existing && existing->expiresAt.isValid()
                              ? existing->expiresAt.toLocalTime()
                              : QDateTime::currentDateTime().addDays(90));
    m_expiry->setEnabled(m_expires->isChecked());
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::BrightText, QColor(0xb0, 0x3a, 0x2e));
    m_error->setPalette(red);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Models:"), m_models);
    form->addRow(tr("&Requests:"), m_rpm);
    form->addRow(tr("&Tokens:"), m_tpm);
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiry, 1);
    form->addRow(tr("Expiry:"), expiry);
    form->addRow(QString(), m_logContent);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccessKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Create key"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QStringList AccessKeyDialog::models() const
{
    QStringList list;
    for (const QString& part : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString model = part.trimmed();
        if (!model.isEmpty() && !list.contains(model))
            list << model;
    }
    return list;
}

AccessKeyChanges AccessKeyDialog::changes() const
{
    AccessKeyChanges c;
    const QString name = m_name->text().trimmed();
    const QStringList allowed = models();
    const auto rpm = limitOf(m_rpm);
    const auto tpm = limitOf(m_tpm);
    const QDateTime expiry = m_expires->isChecked() ? m_expiry->dateTime().toUTC() : QDateTime();
    const bool log = m_logContent->isChecked();
    if (!m_existing || m_existing->name != name)
        c.name = name;
    if (!m_existing || m_existing->models != allowed)
        c.models = allowed;
    if (!m_existing || m_existing->rpm != rpm)
        c.rpm = rpm;
    if (!m_existing || m_existing->tpm != tpm)
        c.tpm = tpm;
    if (!m_existing || m_existing->expiresAt.isValid() != expiry.isValid() ||
        (expiry.isValid() && m_existing->expiresAt.secsTo(expiry) != 0))
        c.expiresAt = expiry;
    if (!m_existing || m_existing->logContent != log)
        c.logContent = log;
    return c;
}

QString AccessKeyDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AccessKeyDialog::accept()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the key a name, so that the access log and metrics can tell its callers apart.");
    else if (m_expires->isChecked() && m_expiry->dateTime() <= QDateTime::currentDateTime())
        problem = tr("The expiry is in the past; pick a later date or untick \"Expires on\".");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace gatehouse::ui
