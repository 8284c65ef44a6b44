#include "ui/dashboard/AlertLogDialog.h"

#include "ui/dashboard/AlertCenter.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

AlertLogDialog::AlertLogDialog(const AlertCenter& alerts, QWidget* parent)
    : QDialog(parent)
    , m_entries(new QTreeWidget(this))
{
    setWindowTitle(tr("Alert log"));
    resize(760, 420);
    m_entries->setObjectName(QStringLiteral("alertLog"));
    m_entries->setRootIsDecorated(false);
    m_entries->setUniformRowHeights(true);
    m_entries->setHeaderLabels({tr("When"), tr("Gateway"), tr("State"), tr("What")});
    m_entries->header()->setStretchLastSection(true);
    for (const metrics::AlertLogEntry& e : alerts.recent(500)) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(
            0, QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, alerts.gatewayName(e.gatewayId));
        item->setText(2, e.firing ? tr("alert") : tr("resolved"));
        item->setText(3, e.message);
    }
    for (int c = 0; c < 3; ++c)
        m_entries->resizeColumnToContents(c);
    if (m_entries->topLevelItemCount() == 0) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(3, tr("No alerts yet. Set thresholds with Alerts… on a gateway's dashboard."));
        item->setFlags(Qt::NoItemFlags);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_entries, 1);
    layout->addWidget(buttons);
}

} // namespace gatehouse::ui
