#include "ui/common/ColumnChoice.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace gatehouse::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::ColumnChoice)
};

} // namespace

void offerColumnChoice(QHeaderView* header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint& at) {
        if (!header->model())
            return;
        QMenu menu(header);
        menu.setTitle(Text::tr("Columns"));
        const int shown = header->count() - header->hiddenSectionCount();
        for (int column = 0; column < header->count(); ++column) {
            const QString title = header->model()->headerData(column, header->orientation()).toString();
            QAction* action = menu.addAction(title.isEmpty() ? Text::tr("Column %1").arg(column + 1) : title);
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(header->isSectionHidden(column) || shown > 1);
            QObject::connect(action, &QAction::toggled, header,
                             [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(at));
    });
}

} // namespace gatehouse::ui
