#include "tests/support/ClippedText.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QTabBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace gatehouse::test {

namespace {

// Layout rounding and style frames may differ by a pixel from what sizeHint() promises.
constexpr int slack = 1;

QString describe(const QWidget* w, const QString& text, int has, int needs, const char* unit = "px")
{
    const QString name = w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName();
    return QStringLiteral("%1%2 \"%3\" %4 < %5 %6")
        .arg(QString::fromLatin1(w->metaObject()->className()), name, text)
        .arg(has)
        .arg(needs)
        .arg(QString::fromLatin1(unit));
}

void checkLabel(const QLabel* label, QStringList& out)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    if (label->wordWrap()) {
        const int needs = label->heightForWidth(label->width());
        if (needs > label->height() + slack)
            out << describe(label, label->text(), label->height(), needs, "px high");
    } else if (label->sizeHint().width() > label->width() + slack) {
        out << describe(label, label->text(), label->width(), label->sizeHint().width());
    }
}

void checkButton(const QAbstractButton* button, QStringList& out)
{
    if (button->text().isEmpty())
        return;
    if (auto* tool = qobject_cast<const QToolButton*>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return;
    if (button->sizeHint().width() > button->width() + slack)
        out << describe(button, button->text(), button->width(), button->sizeHint().width());
}

void checkGroupBox(const QGroupBox* box, QStringList& out)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    const QRect label =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    const int needs = box->fontMetrics().horizontalAdvance(QString(box->title()).remove(QLatin1Char('&')));
    if (needs > label.width() + slack)
        out << describe(box, box->title(), label.width(), needs);
}

void checkTabs(const QTabBar* tabs, QStringList& out)
{
    // What QTabBar itself asks for a tab: the text, the style's padding and the icon.
    const int padding = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        const int icon = tabs->tabIcon(i).isNull() ? 0 : tabs->iconSize().width() + 4;
        const int needs =
            tabs->fontMetrics().horizontalAdvance(QString(tabs->tabText(i)).remove(QLatin1Char('&'))) +
            padding + icon;
        if (tabs->tabRect(i).width() + slack < needs)
            out << describe(tabs, tabs->tabText(i), tabs->tabRect(i).width(), needs);
    }
}

void checkCombo(const QComboBox* combo, QStringList& out)
{
    // The shown item only: the popup list is as wide as its longest item anyway.
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return;
    const int needs = combo->fontMetrics().horizontalAdvance(text);
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = text;
    option.currentIcon = combo->itemIcon(combo->currentIndex());
    option.iconSize = combo->iconSize();
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
    const int has = field.width() - icon;
    if (needs > has + slack)
        out << describe(combo, text, has, needs);
}

void checkHeader(const QHeaderView* header, QStringList& out)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    // Columns that do not fit side by side: the last ones hide behind a horizontal scroll bar.
    if (header->length() > header->viewport()->width() + slack)
        out << describe(header, QStringLiteral("all columns"), header->viewport()->width(), header->length());
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            continue;
        const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
        const int needs = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        // The last section stretches to whatever is left; the others were sized by the page.
        if (!text.isEmpty() && header->sectionSize(i) + slack < needs)
            out << describe(header, text, header->sectionSize(i), needs);
    }
}

void checkPlaceholder(const QLineEdit* edit, QStringList& out)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    const QMargins m = edit->textMargins();
    const int has = edit->width() - m.left() - m.right() - 12; // the frame and the text's inset
    const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needs > has + slack)
        out << describe(edit, edit->placeholderText(), has, needs);
}

// Small fixed lists (QTreeWidget): every column as wide as its widest cell, within the view.
void checkTree(const QTreeWidget* tree, QStringList& out)
{
    const auto* view = static_cast<const QAbstractItemView*>(tree);
    for (int c = 0; c < tree->columnCount(); ++c) {
        if (tree->isColumnHidden(c))
            continue;
        const int needs = view->sizeHintForColumn(c);
        const int visible = tree->viewport()->width() - tree->header()->sectionViewportPosition(c);
        const int has = std::min(tree->columnWidth(c), visible);
        if (needs > has + slack)
            out << describe(tree, tree->headerItem()->text(c), has, needs, "px (column)");
    }
}

void checkList(const QListWidget* list, QStringList& out)
{
    const int room = list->viewport()->width();
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->isHidden())
            continue;
        const QRect rect = list->visualItemRect(item);
        const int icon = item->icon().isNull() ? 0 : list->iconSize().width() + 8;
        const int needs = list->fontMetrics().horizontalAdvance(item->text()) + icon + 8;
        if (needs > std::min(room, rect.width()) + slack)
            out << describe(list, item->text(), std::min(room, rect.width()), needs);
    }
}

} // namespace

QStringList clippedTexts(const QWidget* root)
{
    QStringList out;
    QList<const QWidget*> widgets{root};
    for (const QWidget* w : root->findChildren<QWidget*>())
        widgets << w;
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto* label = qobject_cast<const QLabel*>(w))
            checkLabel(label, out);
        else if (auto* button = qobject_cast<const QAbstractButton*>(w))
            checkButton(button, out);
        else if (auto* box = qobject_cast<const QGroupBox*>(w))
            checkGroupBox(box, out);
        else if (auto* tabs = qobject_cast<const QTabBar*>(w))
            checkTabs(tabs, out);
        else if (auto* combo = qobject_cast<const QComboBox*>(w))
            checkCombo(combo, out);
        else if (auto* list = qobject_cast<const QListWidget*>(w))
            checkList(list, out);
        else if (auto* tree = qobject_cast<const QTreeWidget*>(w))
            checkTree(tree, out);
        else if (auto* header = qobject_cast<const QHeaderView*>(w))
            checkHeader(header, out);
        else if (auto* edit = qobject_cast<const QLineEdit*>(w))
            checkPlaceholder(edit, out);
    }
    return out;
}

} // namespace gatehouse::test
