#include "ui/chat/SuiteTargetsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse::ui {

SuiteTargetsDialog::SuiteTargetsDialog(const QStringList& available, const QStringList& chosen,
                                       QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Run against several targets"));
    auto* intro = new QLabel(tr("Every case runs once against each target you tick; the answers of the "
                                "others are compared with the first one's."),
                             this);
    intro->setWordWrap(true);
    for (const QString& name : available) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setAccessibleName(tr("Targets"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] { m_ok->setEnabled(!this->chosen().isEmpty()); };
    connect(m_list, &QListWidget::itemChanged, this, update);
    update();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 320);
}

QStringList SuiteTargetsDialog::chosen() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->text();
    }
    return names;
}

} // namespace gatehouse::ui
