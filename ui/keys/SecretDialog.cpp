#include "ui/keys/SecretDialog.h"

#include "ui/common/ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace gatehouse::ui {

SecretDialog::SecretDialog(const QString& name, SecretKind kind, const QStringList& existingNames,
                           QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_existing(existingNames)
    , m_replacing(!name.isEmpty())
{
    setWindowTitle(m_replacing ? tr("Replace key") : tr("Add key"));
    setMinimumWidth(480);

    m_name->setReadOnly(m_replacing);
    m_name->setPlaceholderText(tr("e.g. openai-prod"));
    m_name->setAccessibleName(tr("Name"));
    for (SecretKind k :
         {SecretKind::ProviderKey, SecretKind::AdminToken, SecretKind::AccessKey, SecretKind::Other})
        m_kind->addItem(secretKindDisplayName(k), secretKindId(k));
    m_kind->setCurrentIndex(m_kind->findData(secretKindId(kind)));
    m_kind->setAccessibleName(tr("Kind"));

    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("paste the key here"));
    QAction* show =
        m_value->addAction(themedIcon(QStringLiteral("reveal"), palette()), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the value"));
    connect(show, &QAction::toggled, this, [this, show](bool on) {
        m_value->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setIcon(themedIcon(on ? QStringLiteral("hide") : QStringLiteral("reveal"), palette()));
        show->setToolTip(on ? tr("Hide the value") : tr("Show the value"));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);

    auto* note = new QLabel(
        tr("The value is stored in your system keychain only; Gatehouse keeps just the name."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_error->setPalette(p);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    (m_replacing ? m_value : m_name)->setFocus();
}

SecretDialog::~SecretDialog()
{
    // QLineEdit keeps its text in a QString; overwrite it before the widget goes.
    m_value->setText(QString(m_value->text().size(), QLatin1Char(' ')));
    m_value->clear();
}

QString SecretDialog::name() const
{
    return m_name->text().trimmed();
}

SecretKind SecretDialog::kind() const
{
    return secretKindFromId(m_kind->currentData().toString());
}

QByteArray SecretDialog::value() const
{
    return m_value->text().toUtf8();
}

QString SecretDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SecretDialog::accept()
{
    QString problem;
    if (!SecretCatalog::isValidName(name()))
        problem = tr("Name: use 1–128 letters, digits and . _ - : / starting with a letter or digit.");
    else if (!m_replacing && m_existing.contains(name()))
        problem = tr("Name: a key named “%1” exists already; select it and choose Replace.").arg(name());
    else if (m_value->text().isEmpty())
        problem = tr("Value: paste the key; an empty value cannot be stored.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace gatehouse::ui
