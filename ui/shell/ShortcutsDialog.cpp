#include "ui/shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

struct Entry
{
    QString what;
    QString keys;
};

// The actions and shortcuts under `root` that have keys, without duplicates (an action shown as
// a button and in a menu is one entry).
QList<Entry> entriesUnder(const QObject* root)
{
    QList<Entry> out;
    QStringList seen;
    auto add = [&](const QString& what, const QKeySequence& keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        if (what.isEmpty() || text.isEmpty() || seen.contains(what + text))
            return;
        seen << what + text;
        out.append({what, text});
    };
    for (const QAction* a : root->findChildren<QAction*>()) {
        if (!a->isSeparator() && !a->menu())
            add(plain(a->text()), a->shortcut());
    }
    for (const QShortcut* s : root->findChildren<QShortcut*>())
        add(s->whatsThis(), s->key());
    return out;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, const QList<QPair<QString, QWidget*>>& pages,
                                 QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto addGroup = [this](const QString& title, const QList<Entry>& entries) {
        if (entries.isEmpty())
            return;
        auto* group = new QTreeWidgetItem(m_list, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Entry& e : entries)
            new QTreeWidgetItem(group, {e.what, e.keys});
        group->setExpanded(true);
    };
    // The menus work everywhere; the pages' keys work while that page is shown.
    QList<Entry> everywhere;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        for (QAction* menu : main->menuBar()->actions()) {
            if (menu->menu())
                everywhere += entriesUnder(menu->menu());
        }
    }
    addGroup(tr("Everywhere"), everywhere);
    for (const auto& [title, page] : pages)
        addGroup(title, entriesUnder(page));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 560);
}

void ShortcutsDialog::applyFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace gatehouse::ui
