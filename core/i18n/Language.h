#pragma once

#include <QString>
#include <QStringList>

class QObject;

namespace gatehouse {

// The interface languages Gatehouse ships (English is the source language), and how the console
// and gatehousectl pick and install one at start.
QStringList shippedLanguages(); // "en", "ru"

// The language to use: the user's override if it is one we ship, otherwise the first of the
// system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) that we ship, otherwise
// English.
QString chooseLanguage(const QString& override);

// Installs the translators for `language` into the running QCoreApplication: Gatehouse's own
// (compiled into the program, :/i18n/gatehouse_<language>.qm) and Qt's (qtbase_<language>.qm
// from the Qt installation, for standard dialogs and buttons). English installs Gatehouse's
// plural forms only. The translators are children of `owner` (the application when null):
// deleting it uninstalls them. Returns false, with the reason in *error, when Gatehouse's own
// translation is missing; Qt's is optional.
bool installTranslations(const QString& language, QObject* owner = nullptr, QString* error = nullptr);

// Numbers, dates and data sizes in the console follow the interface language when the system's
// locale is of another language (Russian interface on an English system: "1,5 КБ", not "1.5 kB");
// otherwise the system's locale (with its regional choices) stays. gatehousectl keeps the
// system's, for scripts.
void useLocaleOfLanguage(const QString& language);

} // namespace gatehouse
