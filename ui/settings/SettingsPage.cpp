#include "ui/settings/SettingsPage.h"

#include "core/buildinfo/BuildInfo.h"
#include "core/database/ConsoleDatabase.h"
#include "core/settings/Settings.h"
#include "ui/common/DataSize.h"
#include "ui/common/PageHeader.h"
#include "ui/common/ThemedIcon.h"
#include "ui/settings/ChatHistorySettings.h"
#include "ui/shell/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace gatehouse::ui {

SettingsPage::SettingsPage(Settings& settings, ConsoleDatabase& database, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_database(database)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_clipboardSeconds(new QSpinBox(this))
    , m_languageNote(new QLabel(this))
    , m_dataSize(new QLabel(this))
{
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("A new language applies the next time Gatehouse starts."));
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->setVisible(false);
    auto* restart = new QPushButton(tr("&Restart now"), this);
    restart->setObjectName(QStringLiteral("restartButton"));
    restart->setVisible(false);
    connect(restart, &QPushButton::clicked, this, &SettingsPage::restartRequested);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restart] {
        m_settings.setValue(Settings::Key::Language, m_language->currentData());
        m_languageNote->setVisible(true);
        restart->setVisible(true);
    });

    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme())));
    m_theme->setAccessibleName(tr("Theme"));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const QString theme = m_theme->currentData().toString();
        m_settings.setValue(Settings::Key::Theme, theme);
        applyTheme(theme);
    });

    m_clipboardSeconds->setRange(5, 600);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setValue(settings.clipboardClearSeconds());
    m_clipboardSeconds->setAccessibleName(tr("Clear copied keys after"));
    connect(m_clipboardSeconds, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_settings.setValue(Settings::Key::ClipboardClearSeconds, seconds); });

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_languageNote, 1);
    noteRow->addWidget(restart);
    appearanceForm->addRow(QString(), noteRow);
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    auto* startLocal = new QCheckBox(tr("Start the &local gateway with Gatehouse"), this);
    startLocal->setChecked(settings.startLocalGateway());
    startLocal->setToolTip(
        tr("A gatehoused on 127.0.0.1 with the offline demo model, listed on the Gateways page"));
    connect(startLocal, &QCheckBox::toggled, this,
            [this](bool on) { m_settings.setValue(Settings::Key::StartLocalGateway, on); });
    auto* local = new QGroupBox(tr("Local gateway"), this);
    auto* localLayout = new QVBoxLayout(local);
    localLayout->addWidget(startLocal);

    auto* security = new QGroupBox(tr("Security"), this);
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(tr("&Clear copied keys after:"), m_clipboardSeconds);

    auto* dataBox = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(dataBox);
    const QString folder = QFileInfo(database.path()).absolutePath();
    auto* path = new QLineEdit(QDir::toNativeSeparators(database.path()), dataBox);
    path->setReadOnly(true);
    path->setAccessibleName(tr("Database file"));
    path->setCursorPosition(0);
    auto* open =
        new QPushButton(themedIcon(QStringLiteral("folder"), palette()), tr("&Open folder"), dataBox);
    connect(open, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(open);
    dataForm->addRow(tr("Database:"), pathRow);
    dataForm->addRow(tr("Size:"), m_dataSize);
    // Metric history retention: raw samples, then the 1-minute and 1-hour rollups.
    auto retention = [this, dataBox](Settings::Key key, int max, const QString& suffix) {
        auto* box = new QSpinBox(dataBox);
        box->setRange(1, max);
        box->setSuffix(suffix);
        box->setValue(m_settings.value(key).toInt());
        connect(box, &QSpinBox::valueChanged, this, [this, key](int value) {
            m_settings.setValue(key, value);
            emit historyRetentionChanged();
        });
        return box;
    };
    m_rawHours = retention(Settings::Key::HistoryRawHours, 24 * 90, tr(" hours"));
    m_rawHours->setAccessibleName(tr("Keep raw metric samples for"));
    QSpinBox* minuteDays = retention(Settings::Key::HistoryMinuteDays, 3650, tr(" days"));
    minuteDays->setAccessibleName(tr("Keep 1-minute metric rollups for"));
    QSpinBox* hourDays = retention(Settings::Key::HistoryHourDays, 3650 * 3, tr(" days"));
    hourDays->setAccessibleName(tr("Keep 1-hour metric rollups for"));
    // A disk budget for raw samples: a large fleet polled every few seconds fills it within hours.
    QSpinBox* budget = retention(Settings::Key::HistoryRawBudgetMiB, 1024 * 1024, tr(" MiB"));
    budget->setMinimum(0); // "No limit"
    {
        const QSignalBlocker quiet(budget); // a stored 0 was clamped to 1 above
        budget->setValue(m_settings.value(Settings::Key::HistoryRawBudgetMiB).toInt());
    }
    budget->setSingleStep(256);
    budget->setSpecialValueText(tr("No limit"));
    budget->setAccessibleName(tr("Largest metric history before the oldest raw samples go"));
    budget->setToolTip(tr("When the console database grows past this, the oldest raw metric samples are "
                          "deleted first; the 1-minute and 1-hour rollups stay, and charts further back "
                          "use them."));
    dataForm->addRow(tr("Keep raw metrics:"), m_rawHours);
    dataForm->addRow(tr("Trim raw metrics above:"), budget);
    dataForm->addRow(tr("Keep 1-minute rollups:"), minuteDays);
    dataForm->addRow(tr("Keep 1-hour rollups:"), hourDays);

    auto* about = new QLabel(
        tr("Gatehouse %1 · Qt %2")
            .arg(QString::fromUtf8(buildinfo::version().data(), qsizetype(buildinfo::version().size())),
                 QString::fromLatin1(qVersion())),
        this);
    about->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QVBoxLayout;
    column->addWidget(appearance);
    column->addWidget(local);
    column->addWidget(security);
    column->addWidget(new ChatHistorySettings(settings, database, this));
    column->addWidget(dataBox);
    column->addStretch(1);
    column->addWidget(about);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(
        new PageHeader(tr("Settings"), tr("How Gatehouse looks and where it keeps its data."), this));
    auto* limited = new QHBoxLayout;
    limited->addLayout(column, 0);
    limited->addStretch(1);
    column->setSizeConstraint(QLayout::SetDefaultConstraint);
    appearance->setMinimumWidth(560);
    layout->addLayout(limited, 1);
    updateDataSize();
}

void SettingsPage::showEvent(QShowEvent* event)
{
    updateDataSize();
    QWidget::showEvent(event);
}

void SettingsPage::updateDataSize()
{
    qint64 bytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(m_database.path() + suffix).size();
    m_dataSize->setText(dataSizeText(bytes));
}

} // namespace gatehouse::ui
