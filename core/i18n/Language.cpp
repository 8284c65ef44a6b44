#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gatehouse {

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString chooseLanguage(const QString& override)
{
    const QStringList shipped = shippedLanguages();
    if (shipped.contains(override))
        return override;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        // "ru-RU", "ru_RU", "ru" — the language part decides.
        const QString language = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString& language, QObject* owner, QString* error)
{
    if (!owner)
        owner = QCoreApplication::instance();
    auto* own = new QTranslator(owner);
    if (!own->load(QStringLiteral(":/i18n/gatehouse_%1.qm").arg(language))) {
        delete own;
        if (error)
            *error = QStringLiteral("the %1 translation is not built into this program").arg(language);
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(owner);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return true;
}

void useLocaleOfLanguage(const QString& language)
{
    const QLocale wanted(language);
    QLocale::setDefault(QLocale::system().language() == wanted.language() ? QLocale::system() : wanted);
}

} // namespace gatehouse
