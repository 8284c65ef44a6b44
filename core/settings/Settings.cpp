#include "core/settings/Settings.h"

namespace gatehouse {

namespace {

QString keyName(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Language:
        return QStringLiteral("ui/language");
    case Settings::Key::Theme:
        return QStringLiteral("ui/theme");
    case Settings::Key::ClipboardClearSeconds:
        return QStringLiteral("security/clipboardClearSeconds");
    case Settings::Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Settings::Key::WindowState:
        return QStringLiteral("window/state");
    case Settings::Key::CurrentPage:
        return QStringLiteral("window/currentPage");
    case Settings::Key::StartLocalGateway:
        return QStringLiteral("localGateway/startWithConsole");
    case Settings::Key::KeepChatHistory:
        return QStringLiteral("chat/keepHistory");
    case Settings::Key::ChatHistoryDays:
        return QStringLiteral("chat/historyDays");
    case Settings::Key::HistoryRawHours:
        return QStringLiteral("history/rawHours");
    case Settings::Key::HistoryMinuteDays:
        return QStringLiteral("history/minuteDays");
    case Settings::Key::HistoryHourDays:
        return QStringLiteral("history/hourDays");
    case Settings::Key::HistoryRawBudgetMiB:
        return QStringLiteral("history/rawBudgetMiB");
    case Settings::Key::WelcomeShown:
        return QStringLiteral("ui/welcomeShown");
    }
    return {};
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QString();
    case Key::Theme:
        return QStringLiteral("system");
    case Key::ClipboardClearSeconds:
        return 30;
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    case Key::CurrentPage:
        return QStringLiteral("gateways");
    case Key::StartLocalGateway:
        return true;
    case Key::KeepChatHistory:
        return true;
    case Key::ChatHistoryDays:
        return 90;
    case Key::HistoryRawHours:
        return 48;
    case Key::HistoryMinuteDays:
        return 30;
    case Key::HistoryHourDays:
        return 400;
    case Key::HistoryRawBudgetMiB:
        return 2048; // as metrics::HistoryRetention
    case Key::WelcomeShown:
        return false;
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace gatehouse
