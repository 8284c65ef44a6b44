#include "ui/settings/ChatHistorySettings.h"

#include "core/history/ChatHistory.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace gatehouse::ui {

ChatHistorySettings::ChatHistorySettings(Settings& settings, ConsoleDatabase& database, QWidget* parent)
    : QGroupBox(tr("Chat history"), parent)
    , m_settings(settings)
    , m_database(database)
    , m_keep(new QCheckBox(tr("&Keep chat history (encrypted, key in the keychain)"), this))
    , m_days(new QSpinBox(this))
    , m_clear(new QPushButton(tr("Clear &history…"), this))
    , m_count(new QLabel(this))
{
    m_keep->setChecked(settings.keepChatHistory());
    connect(m_keep, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::KeepChatHistory, on);
        m_days->setEnabled(on);
    });
    m_days->setRange(0, 3650);
    m_days->setSpecialValueText(tr("never"));
    m_days->setSuffix(tr(" days"));
    m_days->setValue(settings.chatHistoryDays());
    m_days->setEnabled(settings.keepChatHistory());
    m_days->setAccessibleName(tr("Delete chat history after"));
    connect(m_days, &QSpinBox::valueChanged, this,
            [this](int days) { m_settings.setValue(Settings::Key::ChatHistoryDays, days); });
    m_count->setForegroundRole(QPalette::PlaceholderText);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Clear chat history"),
                                  tr("Delete every stored question and answer? This cannot be undone.")) !=
            QMessageBox::Yes)
            return;
        if (!ChatHistory::clearAll(m_database))
            QMessageBox::warning(this, tr("Clear chat history"), tr("The history could not be deleted."));
        updateCount();
    });

    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clear);
    clearRow->addWidget(m_count, 1);
    auto* form = new QFormLayout(this);
    form->addRow(m_keep);
    form->addRow(tr("&Delete after:"), m_days);
    form->addRow(clearRow);
    updateCount();
}

void ChatHistorySettings::updateCount()
{
    const int n = ChatHistory(m_database, HistoryCipher({})).count();
    m_count->setText(tr("%n exchange(s) stored", nullptr, n));
}

} // namespace gatehouse::ui
