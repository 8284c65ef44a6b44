#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

namespace gatehouse {

// The console's preferences, keyed by an enum so that a typo cannot create a second setting and
// every default lives in one place. Backed by QSettings (the platform's native store); never holds
// a secret. Tests construct it over a temporary INI file.
class Settings
{
public:
    enum class Key
    {
        Language,              // "" = follow the system, or "en", "ru"
        Theme,                 // "system", "light", "dark"
        ClipboardClearSeconds, // copied secrets are cleared from the clipboard after this long
        WindowGeometry,
        WindowState,
        CurrentPage,
        StartLocalGateway,   // start the bundled gatehoused with the console
        KeepChatHistory,     // keep chat exchanges (encrypted) in the console database
        ChatHistoryDays,     // delete history older than this many days; 0 = keep until cleared
        HistoryRawHours,     // metric history: raw samples are kept this many hours
        HistoryMinuteDays,   // 1-minute rollups, days
        HistoryHourDays,     // 1-hour rollups, days
        HistoryRawBudgetMiB, // raw samples trimmed oldest-first above this database size; 0 = none
        WelcomeShown,        // the first-run welcome was answered
    };

    Settings();                                // the user's settings
    explicit Settings(const QString& iniFile); // an explicit file (tests)
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QVariant defaultValue(Key key);

    QString language() const { return value(Key::Language).toString(); }
    QString theme() const { return value(Key::Theme).toString(); }
    int clipboardClearSeconds() const { return value(Key::ClipboardClearSeconds).toInt(); }
    bool startLocalGateway() const { return value(Key::StartLocalGateway).toBool(); }
    bool keepChatHistory() const { return value(Key::KeepChatHistory).toBool(); }
    int chatHistoryDays() const { return value(Key::ChatHistoryDays).toInt(); }

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace gatehouse
