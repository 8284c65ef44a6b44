#include "ui/common/EmptyState.h"

#include "ui/common/ThemedIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

EmptyState::EmptyState(const QString& iconName, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_iconName(iconName)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_button(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(themedIcon(m_iconName, palette()).pixmap(64, 64, QIcon::Disabled));
    m_icon->setAccessibleName(title);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_button->setVisible(false);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_title);
    // Centred by stretches, not by alignment: an aligned label gets its narrow size hint and a
    // wrapped text would be cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setAction(const QString& text)
{
    m_button->setText(text);
    m_button->setVisible(true);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_icon->setPixmap(themedIcon(m_iconName, palette()).pixmap(64, 64, QIcon::Disabled));
    QWidget::changeEvent(event);
}

} // namespace gatehouse::ui
