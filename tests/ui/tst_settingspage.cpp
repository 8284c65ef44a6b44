#include "core/database/ConsoleDatabase.h"
#include "core/settings/Settings.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void changesAreStoredAndThemeApplies()
    {
        QTemporaryDir dir;
        ConsoleDatabase db(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(ini);
            ui::SettingsPage page(settings, db);
            page.show();

            const QColor before = QApplication::palette().color(QPalette::Window);
            page.themeBox()->setCurrentIndex(page.themeBox()->findData(QStringLiteral("dark")));
            const QColor dark = QApplication::palette().color(QPalette::Window);
            QVERIFY(dark.lightness() < 100);
            QVERIFY(dark != before);
            page.themeBox()->setCurrentIndex(page.themeBox()->findData(QStringLiteral("light")));
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);

            page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("ru")));
            page.clipboardSecondsBox()->setValue(45);
            settings.sync();
        }
        Settings reread(ini);
        QCOMPARE(reread.theme(), QStringLiteral("light"));
        QCOMPARE(reread.language(), QStringLiteral("ru"));
        QCOMPARE(reread.clipboardClearSeconds(), 45);
    }

    void aNewLanguageOffersARestart()
    {
        QTemporaryDir dir;
        ConsoleDatabase db(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::SettingsPage page(settings, db);
        page.show();
        auto* restart = page.findChild<QPushButton*>(QStringLiteral("restartButton"));
        QVERIFY(restart);
        QVERIFY(!restart->isVisible()); // nothing to restart for yet
        QSignalSpy asked(&page, &ui::SettingsPage::restartRequested);
        page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("ru")));
        QVERIFY(restart->isVisible());
        QCOMPARE(settings.language(), QStringLiteral("ru")); // stored before the restart is asked
        restart->click();
        QCOMPARE(asked.count(), 1);
    }

    void theRawMetricsBudgetCanBeLifted()
    {
        QTemporaryDir dir;
        ConsoleDatabase db(dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY(db.open());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.value(Settings::Key::HistoryRawBudgetMiB).toInt(), 2048);
        {
            ui::SettingsPage page(settings, db);
            QSignalSpy changed(&page, &ui::SettingsPage::historyRetentionChanged);
            QSpinBox* budget = nullptr;
            for (QSpinBox* box : page.findChildren<QSpinBox*>()) {
                if (box->accessibleName().startsWith(QStringLiteral("Largest metric history")))
                    budget = box;
            }
            QVERIFY(budget);
            QCOMPARE(budget->value(), 2048);
            budget->setValue(0);
            QCOMPARE(budget->text(), QStringLiteral("No limit"));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(settings.value(Settings::Key::HistoryRawBudgetMiB).toInt(), 0);
        }
        ui::SettingsPage again(settings, db); // a stored 0 is shown as it is, not as the minimum of 1
        for (QSpinBox* box : again.findChildren<QSpinBox*>()) {
            if (box->accessibleName().startsWith(QStringLiteral("Largest metric history")))
                QCOMPARE(box->text(), QStringLiteral("No limit"));
        }
        QCOMPARE(settings.value(Settings::Key::HistoryRawBudgetMiB).toInt(), 0);
    }

    void defaultsWhenNothingIsStored()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("empty.ini")));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.clipboardClearSeconds(), 30);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
