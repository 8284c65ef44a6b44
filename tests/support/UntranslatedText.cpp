#include "tests/support/UntranslatedText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocument>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace gatehouse::test {

bool readsAsEnglish(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(QLatin1Char('&'));
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    // A word, then a lower-case word of two or more letters: "Add gateway", "no entries yet".
    static const QRegularExpression sentence(QStringLiteral("\\b[A-Za-z][a-z]*\\s+[a-z]{2,}\\b"));
    return !text.contains(cyrillic) && text.contains(sentence);
}

QStringList untranslatedTexts(const QWidget* root)
{
    QStringList out;
    auto check = [&](const QWidget* w, const QString& text) {
        if (readsAsEnglish(text))
            out << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
    };
    QList<const QWidget*> widgets{root};
    for (const QWidget* w : root->findChildren<QWidget*>())
        widgets << w;
    for (const QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<const QLabel*>(w))
            check(w, label->text());
        else if (auto* button = qobject_cast<const QAbstractButton*>(w))
            check(w, button->text());
        else if (auto* box = qobject_cast<const QGroupBox*>(w))
            check(w, box->title());
        else if (auto* edit = qobject_cast<const QLineEdit*>(w))
            check(w, edit->placeholderText());
        else if (auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(w, tabs->tabText(i));
        } else if (auto* header = qobject_cast<const QHeaderView*>(w)) {
            if (!header->model())
                continue;
            const int n = header->orientation() == Qt::Horizontal ? header->model()->columnCount()
                                                                  : header->model()->rowCount();
            for (int i = 0; i < n; ++i) {
                if (!header->isSectionHidden(i))
                    check(w, header->model()->headerData(i, header->orientation()).toString());
            }
        } else if (auto* tree = qobject_cast<const QTreeWidget*>(w)) {
            for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
                for (int c = 0; c < (*it)->columnCount(); ++c)
                    check(w, (*it)->text(c));
            }
        } else if (auto* list = qobject_cast<const QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i)
                check(w, list->item(i)->text());
        }
    }
    return out;
}

} // namespace gatehouse::test
