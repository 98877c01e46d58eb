// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/settingscontroller.h"
#include "dashboard/winback.h"
#include "risk/churnreasons.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/dialogs/reliabilitydialog.h"
#include "views/dialogs/settingsdialog.h"
#include "views/language.h"
#include "views/mainwindow.h"
#include "views/usersettings.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestSettingsDialog : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    QString demoCopy() { return test::demoCopy(m_dir.path(), 300, u"copy%1.sqlite"_s.arg(++m_copies)); }

    static BusinessSettings::Values stored(const QString &path)
    {
        auto database = Database::open(path);
        if (!database)
            return {};
        auto values = BusinessSettings::read(**database);
        return values ? *values : BusinessSettings::Values {};
    }

    static QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(which);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QSettings().clear();
    }

    // Each test in English, whatever one before it chose (a dialog applies the stored choice with its values).
    void cleanup()
    {
        Language::store(Language::System);
        Language::apply(Language::localeFor(Language::English));
    }

    // The user's own settings round-trip through QSettings, without a database.
    void userSettingsRoundTrip()
    {
        UserSettings::addRecentFile(u"/tmp/a.sqlite"_s);
        SettingsDialog dialog(nullptr);
        QCOMPARE(dialog.findChild<QListWidget *>()->count(), 1);
        auto *start = dialog.findChild<QComboBox *>(u"startPage"_s);
        QVERIFY(start);
        QCOMPARE(start->currentData().toInt(), -1);
        start->setCurrentIndex(start->findData(int(MainWindow::Risk)));
        QVERIFY(dialog.apply());
        QCOMPARE(UserSettings::startPage(), int(MainWindow::Risk));
        // A new window opens on it.
        {
            MainWindow window;
            QCOMPARE(window.page(), MainWindow::Risk);
        }

        auto *forget = dialog.findChild<QPushButton *>(u"forgetRecent"_s);
        QVERIFY(forget && forget->isEnabled());
        QSignalSpy forgotten(&dialog, &SettingsDialog::recentFilesForgotten);
        forget->click();
        QCOMPARE(forgotten.count(), 1);
        QVERIFY(UserSettings::recentFiles().isEmpty());
        QVERIFY(!forget->isEnabled());

        start->setCurrentIndex(0);
        QVERIFY(dialog.apply());
        QCOMPARE(UserSettings::startPage(), -1);
    }

    // Choosing a language applies it at once: the program's locale, and the dialog's own texts.
    void languageAppliesAtOnce()
    {
        Language::apply(Language::localeFor(Language::English));
        SettingsDialog dialog(nullptr);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(language);
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->itemText(1), u"Deutsch"_s);
        language->setCurrentIndex(language->findData(int(Language::German)));
        QVERIFY(dialog.apply());
        QCOMPARE(Language::stored(), Language::German);
        QCOMPARE(QLocale().language(), QLocale::German);
        QTRY_COMPARE(dialog.windowTitle(), u"Einstellungen"_s);
        QCOMPARE(dialog.findChild<QListWidget *>()->item(0)->text(), u"Dieser Computer"_s);
        // Qt's own texts follow (its translations come with qt6-translations-l10n).
        QTRY_COMPARE(button(dialog, QDialogButtonBox::Cancel)->text(), u"Abbrechen"_s);
        // The choice stays as edited through the rebuild.
        language = dialog.findChild<QComboBox *>(u"language"_s);
        QCOMPARE(language->currentData().toInt(), int(Language::German));
        language->setCurrentIndex(language->findData(int(Language::English)));
        QVERIFY(dialog.apply());
        QCOMPARE(QLocale().language(), QLocale::English);
        QTRY_COMPARE(dialog.windowTitle(), u"Settings"_s);
        Language::store(Language::System);
    }

    void showsEverySettingInItsGroup()
    {
        const QString path = demoCopy();
        SettingsController controller(path);
        SettingsDialog dialog(&controller);
        for (const SettingInfo &info : BusinessSettings::catalog()) {
            QWidget *editor = dialog.editor(info.key);
            QVERIFY2(editor, qPrintable(info.key));
            QVERIFY2(editor->toolTip().contains(info.helpText()), qPrintable(info.key));
        }
        // This computer's settings, then the database's twelve groups.
        QCOMPARE(dialog.findChild<QListWidget *>()->count(), 14);
        QCOMPARE(dialog.findChild<QListWidget *>()->currentRow(), 1);
        QCOMPARE(dialog.values(), BusinessSettings::defaults());
        auto *days = qobject_cast<QSpinBox *>(dialog.editor(u"risk.inactive_red_days"_s));
        QVERIFY(days);
        QCOMPARE(days->value(), 60);
        QCOMPARE(days->suffix(), u" days"_s);
        auto *share = qobject_cast<QDoubleSpinBox *>(dialog.editor(u"risk.red_share_max"_s));
        QVERIFY(share);
        QCOMPARE(share->value(), 15.0);
        QCOMPARE(share->suffix(), u" %"_s);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void editsKeywordsAndMessages()
    {
        const QString path = demoCopy();
        SettingsController controller(path);
        SettingsDialog dialog(&controller);
        auto *price = qobject_cast<QLineEdit *>(dialog.editor(u"reasons.price"_s));
        auto *subject = qobject_cast<QLineEdit *>(dialog.editor(u"winback.inactive.subject"_s));
        auto *body = qobject_cast<QPlainTextEdit *>(dialog.editor(u"winback.inactive.body"_s));
        QVERIFY(price && subject && body);
        // Empty: the built-in words and texts, which the empty fields show greyed.
        QVERIFY(price->text().isEmpty() && body->toPlainText().isEmpty());
        QCOMPARE(subject->placeholderText(), WinBack::subject(WinBackTemplate::Inactive));
        QCOMPARE(body->placeholderText(), WinBack::body(WinBackTemplate::Inactive));
        QVERIFY(price->toolTip().contains(ReasonClassifier::builtInKeywords(ChurnReason::Price).constFirst()));

        price->setText(u" Rabatt ,  Aufpreis "_s);
        subject->setText(u"Lange nicht gesehen, {name}"_s);
        body->setPlainText(u"Hallo {name},\nmelden Sie sich.\n{owner}"_s); // typed with its line breaks
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        auto database = Database::open(path);
        QVERIFY(database);
        const auto values = BusinessSettings::read(**database);
        QVERIFY(values);
        QCOMPARE(values->value(u"reasons.price"_s), u"Rabatt, Aufpreis"_s);
        QCOMPARE(values->value(u"winback.inactive.subject"_s), u"Lange nicht gesehen, {name}"_s);
        QCOMPARE(values->value(u"winback.inactive.body"_s), u"Hallo {name},\nmelden Sie sich.\n{owner}"_s);

        // A misspelt placeholder is refused with the setting's name, and nothing is stored.
        subject->setText(u"Hallo {nmae}"_s);
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.errorText().contains(u"{nmae}"_s), qPrintable(dialog.errorText()));
        QCOMPARE(
            BusinessSettings::read(**database)->value(u"winback.inactive.subject"_s), u"Lange nicht gesehen, {name}"_s);
        // Emptied, the built-in text applies again.
        subject->clear();
        QVERIFY(dialog.apply());
        QCOMPARE(BusinessSettings::read(**database)->value(u"winback.inactive.subject"_s), QString());
    }

    void appliesAndSignals()
    {
        const QString path = demoCopy();
        SettingsController controller(path);
        SettingsDialog dialog(&controller);
        QSignalSpy changed(&controller, &SettingsController::changed);
        qobject_cast<QSpinBox *>(dialog.editor(u"risk.inactive_red_days"_s))->setValue(45);
        qobject_cast<QDoubleSpinBox *>(dialog.editor(u"risk.red_share_max"_s))->setValue(10);
        auto *currency = qobject_cast<QComboBox *>(dialog.editor(u"currency"_s));
        currency->setCurrentText(u"gbp"_s);
        auto *model = qobject_cast<QComboBox *>(dialog.editor(u"churn_model"_s));
        model->setCurrentIndex(model->findData(u"activity"_s));
        button(dialog, QDialogButtonBox::Apply)->click();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(changed.count(), 1);
        const auto values = stored(path);
        QCOMPARE(values.value(u"risk.inactive_red_days"_s), u"45"_s);
        QCOMPARE(values.value(u"risk.red_share_max"_s), u"0.1"_s);
        QCOMPARE(values.value(u"currency"_s), u"GBP"_s);
        QCOMPARE(values.value(u"churn_model"_s), u"activity"_s);
        // Nothing changed: nothing written, no signal.
        QVERIFY(dialog.apply());
        QCOMPARE(changed.count(), 1);

        // Restore Defaults fills in the defaults; they are written when applied.
        button(dialog, QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.values(), BusinessSettings::defaults());
        QCOMPARE(stored(path).value(u"currency"_s), u"GBP"_s);
        button(dialog, QDialogButtonBox::Ok)->click();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(stored(path), BusinessSettings::defaults());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void refusesWhatDoesNotFitTogether_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("yellow after red")
            << u"risk.inactive_yellow_days"_s << u"90"_s << u"inactive_yellow_days is above inactive_red_days"_s;
        QTest::addRow("band upside down") << u"band.established-yearly.low"_s << u"50"_s
                                          << u"band.established-yearly.low is above band.established-yearly.high"_s;
        QTest::addRow("short currency") << u"currency"_s << u"EU"_s << u"three-letter currency code"_s;
    }

    void refusesWhatDoesNotFitTogether()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QString path = demoCopy();
        SettingsController controller(path);
        SettingsDialog dialog(&controller);
        dialog.show();
        QSignalSpy changed(&controller, &SettingsController::changed);
        QWidget *editor = dialog.editor(key);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(value.toInt());
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(value.toDouble());
        else
            qobject_cast<QComboBox *>(editor)->setCurrentText(value);
        qobject_cast<QSpinBox *>(dialog.editor(u"risk.many_tickets"_s))->setValue(5); // fits, but goes with it
        button(dialog, QDialogButtonBox::Ok)->click();
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stored(path), BusinessSettings::defaults());
    }

    // Edit > Settings in the window: a change scores again with the new values.
    void windowScoresAgain()
    {
        const QString path = demoCopy();
        MainWindow window;
        // Without a database, only the user's own settings.
        SettingsDialog *own = window.showSettings();
        QVERIFY(own);
        QCOMPARE(own->findChild<QListWidget *>()->count(), 1);
        QVERIFY(!own->editor(u"risk.red_share_max"_s));
        own->close();
        QVERIFY(window.openDatabase(path));
        QVERIFY(QTest::qWaitFor(
            [&] { return window.snapshot() && !window.snapshot()->partial && !window.isBusy(); }, 30000));
        const qint64 red = window.snapshot()->risk.red;
        QVERIFY(red > 0);
        SettingsDialog *dialog = window.showSettings();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        qobject_cast<QDoubleSpinBox *>(dialog->editor(u"risk.red_share_max"_s))->setValue(2);
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        button(*dialog, QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !window.snapshot()->partial && !window.isBusy(), 30000);
        QCOMPARE(window.snapshot()->thresholds.redShareMax, 0.02);
        QVERIFY2(window.snapshot()->risk.red < red,
            qPrintable(u"%1 red before, %2 after"_s.arg(red).arg(window.snapshot()->risk.red)));

        // From the list's limits to the hindsight check, with the values shown applied first.
        dialog = window.showSettings();
        dialog->showGroup(SettingGroup::List);
        qobject_cast<QDoubleSpinBox *>(dialog->editor(u"risk.red_share_max"_s))->setValue(3);
        auto *tune = dialog->findChild<QPushButton *>(u"tuneLight"_s);
        QVERIFY(tune);
        QSignalSpy tuneRequested(dialog, &SettingsDialog::tuneRequested);
        tune->click();
        QCOMPARE(tuneRequested.count(), 1);
        QCOMPARE(stored(path).value(u"risk.red_share_max"_s), u"0.03"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ReliabilityDialog *>() != nullptr, 30000);
        QCOMPARE(window.page(), MainWindow::Risk);
        QCOMPARE(window.snapshot()->thresholds.redShareMax, 0.03);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
