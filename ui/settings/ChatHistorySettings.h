#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gatehouse {
class ConsoleDatabase;
class Settings;
} // namespace gatehouse

namespace gatehouse::ui {

// Settings → Chat history: keep it or not, how many days, and clear it all.
class ChatHistorySettings : public QGroupBox
{
    Q_OBJECT
public:
    ChatHistorySettings(Settings& settings, ConsoleDatabase& database, QWidget* parent = nullptr);

    QCheckBox* keepBox() const { return m_keep; }
    QSpinBox* daysBox() const { return m_days; }
    QPushButton* clearButton() const { return m_clear; }

private:
    void updateCount();

    Settings& m_settings;
    ConsoleDatabase& m_database;
    QCheckBox* m_keep;
    QSpinBox* m_days;
    QPushButton* m_clear;
    QLabel* m_count;
};

} // namespace gatehouse::ui
