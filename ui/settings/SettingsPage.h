#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace gatehouse {
class ConsoleDatabase;
class Settings;
} // namespace gatehouse

namespace gatehouse::ui {

// Preferences: interface language, theme, how long copied keys stay on the clipboard, where the
// console keeps its data and how long it keeps metric history.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Settings& settings, ConsoleDatabase& database, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QSpinBox* clipboardSecondsBox() const { return m_clipboardSeconds; }
    QSpinBox* historyRawHoursBox() const { return m_rawHours; }

signals:
    // One of the metric history's retention settings changed (already saved).
    void historyRetentionChanged();
    // The user asked to restart now so that a new language applies.
    void restartRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateDataSize();

    Settings& m_settings;
    ConsoleDatabase& m_database;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_clipboardSeconds;
    QLabel* m_languageNote;
    QLabel* m_dataSize;
    QSpinBox* m_rawHours = nullptr;
};

} // namespace gatehouse::ui
