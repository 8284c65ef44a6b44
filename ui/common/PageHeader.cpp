#include "ui/common/PageHeader.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace gatehouse::ui {

PageHeader::PageHeader(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_actions(new QHBoxLayout)
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAccessibleName(title);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    // Title and actions share the first row; the subtitle has the full width below them.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0);
    layout->addLayout(m_actions, 0, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_subtitle, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    m_actions->setSpacing(6);
}

void PageHeader::addAction(QWidget* widget)
{
    m_actions->addWidget(widget);
}

} // namespace gatehouse::ui
