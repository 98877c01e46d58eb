// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "itemmodels/importpreviewmodel.h"
#include "itemmodels/rejectedrowsmodel.h"
#include "storage/database.h"
#include "support/testcase.h"
#include "views/dialogs/importdialog.h"
#include "views/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace rd;

class TestImportDialog : public rd::test::TestCase
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QString newDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return Database::open(path) ? path : QString();
    }

    static qint64 orders(const QString &path)
    {
        auto database = Database::open(path);
        return database ? (*database)->counts().value_or(TableCounts()).orders : -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void previewsImportsAndListsRejects()
    {
        const QString database = newDatabase(u"shop.sqlite"_s);
        const QString file = writeFile(u"rechnungen.csv"_s,
            "Kundennummer;Datum;Betrag;Notiz\n"
            "10001;31.01.2024;1.234,56;Eilig\n"
            "10002;01.02.2024;99,90;\n"
            "10001;31.02.2024;5,00;kein Datum\n"
            "10003;15.02.2024;20,00;\n");
        ImportDialog dialog(database);
        QAbstractItemModelTester previewTester(
            dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectsTester(
            dialog.rejectsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.setFilePath(file);
        QCOMPARE(dialog.kind(), ImportKind::Orders);
        QCOMPARE(dialog.previewModel()->rowCount(), 4);
        QCOMPARE(dialog.previewModel()->columnCount(), 4);
        QCOMPARE(dialog.previewModel()->field(0), Field::CustomerId);
        QCOMPARE(dialog.previewModel()->field(3), Field::Ignore);
        QVERIFY(dialog.problemText().isEmpty());
        QVERIFY(dialog.canImport());
        QCOMPARE(orders(database), 0); // a preview writes nothing

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        QVERIFY(imported.wait(30000));
        QVERIFY(!dialog.isImporting());
        QVERIFY(dialog.report()->committed);
        QCOMPARE(dialog.report()->accepted, 3);
        QCOMPARE(dialog.report()->rejected, 1);
        QCOMPARE(orders(database), 3);
        QVERIFY2(dialog.summaryText().contains(u"Imported 3 of 4 rows (1 rejected, 0 skipped)."_s),
            qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().contains(u"New customers: 3."_s));
        QCOMPARE(dialog.rejectsModel()->rowCount(), 1);
        QCOMPARE(dialog.rejectsModel()->rejects().constFirst().line, 4);
        QCOMPARE(dialog.rejectsModel()->rejects().constFirst().column, u"Datum"_s);
        QCOMPARE(dialog.rejectsModel()->rejects().constFirst().value, u"31.02.2024"_s);
        QVERIFY(!dialog.canImport()); // the same file again would change nothing
        QVERIFY(!dialog.compacted()); // a small import leaves the file as it is

        // Every rejected row can be saved, replacing an older file whole.
        const QString saved = writeFile(u"rejected.csv"_s, "old content\n");
        QVERIFY(dialog.saveRejectsTo(saved));
        QFile rejected(saved);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(rejected.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"line,column,value,reason"_s);
        QVERIFY2(lines.at(1).startsWith(u"4,Datum,31.02.2024,"_s), qPrintable(lines.at(1)));
        QVERIFY(!QFile::exists(saved + u".part"_s));
    }

    // A new business whose file names no currency is asked for one; it labels the amounts from then on.
    void asksForTheCurrencyOfANewBusiness()
    {
        const QString database = newDatabase(u"pounds.sqlite"_s);
        const QByteArray content = "customer_id,date,amount\nA1,2024-01-31,12.50\nA2,2024-02-01,8.00\n";
        {
            ImportDialog dialog(database);
            dialog.show();
            dialog.setFilePath(writeFile(u"no-currency.csv"_s, content));
            auto *currency = dialog.findChild<QComboBox *>(u"currency"_s);
            QVERIFY(currency);
            QVERIFY(currency->isVisibleTo(&dialog));
            QCOMPARE(currency->currentText(), u"EUR"_s); // the C locale has none of its own
            currency->setEditText(u"gb"_s);
            QVERIFY(!dialog.canImport()); // not a code yet
            currency->setEditText(u"gbp"_s);
            QVERIFY(dialog.canImport());
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            dialog.startImport();
            QVERIFY(imported.wait(30000));
        }
        auto opened = Database::open(database);
        QVERIFY(opened);
        QCOMPARE((*opened)->setting(u"currency"_s).value_or(QString()), u"GBP"_s);
        opened->reset();
        // The next file is labelled the same without asking.
        ImportDialog next(database);
        next.show();
        next.setFilePath(writeFile(u"more.csv"_s, "customer_id,date,amount\nA3,2024-03-01,5.00\n"));
        QVERIFY(!next.findChild<QComboBox *>(u"currency"_s)->isVisibleTo(&next));
        // A file with a currency column is not asked about either.
        ImportDialog other(newDatabase(u"named.sqlite"_s));
        other.show();
        other.setFilePath(writeFile(u"named.csv"_s, "customer_id,date,amount,currency\nB1,2024-01-31,3.00,USD\n"));
        QVERIFY(!other.findChild<QComboBox *>(u"currency"_s)->isVisibleTo(&other));
    }

    void aLargeImportCompactsTheFile()
    {
        const QString database = newDatabase(u"large-import.sqlite"_s);
        QByteArray content = "customer_id,date,amount\n";
        const qint64 rows = ImportDialog::CompactAfterRows;
        for (qint64 i = 0; i < rows; ++i)
            content += "K" + QByteArray::number(i % 2000) + ",2024-01-"
                + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ',' + QByteArray::number(i) + ".00\n";
        ImportDialog dialog(database);
        dialog.setFilePath(writeFile(u"many.csv"_s, content));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(imported.wait(60000));
        QCOMPARE(dialog.report()->accepted, rows);
        QVERIFY(dialog.compacted());
        QVERIFY2(dialog.summaryText().contains(u"laid out anew"_s), qPrintable(dialog.summaryText()));
        QCOMPARE(orders(database), rows);
    }

    void aColumnWithoutAKnownNameIsChosenByHand()
    {
        const QString database = newDatabase(u"by-hand.sqlite"_s);
        ImportDialog dialog(database);
        dialog.setFilePath(writeFile(u"unnamed.csv"_s, "Kd;Datum;Betrag\nK1;01.02.2024;5,00\nK2;02.02.2024;7,00\n"));
        QCOMPARE(dialog.kind(), ImportKind::Orders);
        QVERIFY(!dialog.canImport());
        QVERIFY2(
            dialog.problemText().contains(u"No column holds: Customer number."_s), qPrintable(dialog.problemText()));
        QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Kd\n(not imported)"_s);

        dialog.setColumnField(0, Field::CustomerId);
        QVERIFY(dialog.problemText().isEmpty());
        QVERIFY(dialog.canImport());
        QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Kd\n→ Customer number"_s);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(imported.wait(30000));
        QCOMPARE(dialog.report()->customersCreated, 2);
        QCOMPARE(orders(database), 2);
    }

    // One column rejecting a third of the rows was misread: nothing is imported, the rejected rows are
    // shown, and "Import the Valid Rows Anyway" imports the others.
    void aMisreadColumnAsksBeforeImporting()
    {
        const QString database = newDatabase(u"misread.sqlite"_s);
        QByteArray content = "order_id,customer_id,date,amount\n";
        for (int i = 0; i < 90; ++i) {
            const QByteArray day = QByteArray::number(10 + i % 9);
            content += "O" + QByteArray::number(i) + ",K" + QByteArray::number(i % 9)
                + (i % 3 == 0 ? QByteArray(",03/" + day + "/2024,") : QByteArray(",2024-03-" + day + ',')) + "5.00\n";
        }
        ImportDialog dialog(database);
        dialog.setFilePath(writeFile(u"misread.csv"_s, content));
        auto *anyway = dialog.findChild<QPushButton *>(u"importAnyway"_s);
        QVERIFY(anyway);
        QVERIFY(anyway->isHidden());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && dialog.report().has_value(), 30000);
        QVERIFY(!dialog.report()->committed);
        QVERIFY(dialog.report()->misread.has_value());
        QVERIFY2(dialog.problemText().contains(u"column \"date\" could not be read in 30 of 90 rows"_s),
            qPrintable(dialog.problemText()));
        QCOMPARE(orders(database), 0);
        QVERIFY(!anyway->isHidden());

        anyway->click();
        QVERIFY(imported.wait(30000));
        QCOMPARE(dialog.report()->accepted, 60);
        QCOMPARE(dialog.report()->rejected, 30);
        QCOMPARE(orders(database), 60);
        QVERIFY(anyway->isHidden());
    }

    void datesThatReadBothWaysAreChosenByHand()
    {
        const QString database = newDatabase(u"dates.sqlite"_s);
        ImportDialog dialog(database);
        dialog.setFilePath(writeFile(
            u"us.csv"_s, "customer_id,date,amount\nA,03/04/2024,1.00\nB,04/05/2024,2.00\nC,05/06/2024,3.00\n"));
        QVERIFY(dialog.canImport());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && dialog.report().has_value(), 30000);
        QVERIFY(!dialog.report()->committed);
        QCOMPARE(dialog.report()->ambiguousDateColumn, u"date"_s);
        QVERIFY2(dialog.problemText().contains(u"under Dates"_s), qPrintable(dialog.problemText()));
        QCOMPARE(orders(database), 0);

        dialog.setDateFormat(DateFormat::MonthDayYearSlash);
        QVERIFY(dialog.canImport());
        dialog.startImport();
        QVERIFY(imported.wait(30000));
        QCOMPARE(dialog.report()->accepted, 3);
        auto opened = Database::open(database);
        QVERIFY(opened);
        QCOMPARE((*opened)->dateRange()->first, QDate(2024, 3, 4)); // March 4th: month first
    }

    void guessesTheKindAndSaysWhatIsWrong()
    {
        ImportDialog dialog(newDatabase(u"kinds.sqlite"_s));
        dialog.setFilePath(
            writeFile(u"kunden.csv"_s, "customer_id,name,email,signup_date\nK1,Anna,a@b.de,2024-01-01\n"));
        QCOMPARE(dialog.kind(), ImportKind::Customers);
        QVERIFY(dialog.canImport());

        dialog.setFilePath(m_dir.filePath(u"gone.csv"_s));
        QVERIFY(!dialog.canImport());
        QVERIFY2(dialog.problemText().contains(u"gone.csv"_s), qPrintable(dialog.problemText()));
        dialog.setFilePath(writeFile(u"header-only.csv"_s, "customer_id,date,amount\n"));
        QVERIFY(!dialog.canImport());
        QCOMPARE(dialog.problemText(), u"The file has column names but no rows."_s);
    }

    void closingStopsTheImportAndWritesNothing()
    {
        const QString database = newDatabase(u"stopped.sqlite"_s);
        QByteArray content = "customer_id,date,amount\n";
        constexpr int Rows = 300'000;
        for (int i = 0; i < Rows; ++i)
            content += "K" + QByteArray::number(i % 5000) + ",2024-03-"
                + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ',' + QByteArray::number(10 + i % 90)
                + ".00\n";
        ImportDialog dialog(database);
        dialog.show();
        dialog.setFilePath(writeFile(u"large.csv"_s, content));
        QVERIFY(dialog.canImport());
        dialog.startImport();
        dialog.reject(); // Close while importing: stop, then close
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 60000);
        QVERIFY(!dialog.isImporting());
        // A stop pressed before the worker began is not lost, and a stopped import leaves nothing behind.
        QCOMPARE(orders(database), 0);
        QVERIFY(dialog.report().has_value());
        QVERIFY(!dialog.report()->committed);
        QVERIFY(dialog.report()->error);
    }

    void theWindowShowsWhatWasImported()
    {
        const QString database = newDatabase(u"window.sqlite"_s);
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        QVERIFY(window.openDatabase(database));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() && !window.isBusy() && !window.snapshot()->partial, 30000);
        QCOMPARE(window.snapshot()->data->customerCount(), 0);

        ImportDialog *dialog = window.importFile(writeFile(u"first.csv"_s,
            "customer_id,date,amount\nK1,2024-01-05,10.00\nK2,2024-02-05,20.00\nK3,2024-03-05,30.00\n"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->canImport());
        dialog->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), 30000);
        // The window reads the database again and shows the new customers.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.snapshot() && !window.isBusy() && window.snapshot()->data->customerCount() == 3, 30000);
        QCOMPARE(dateOf(window.snapshot()->data->lastDay), QDate(2024, 3, 5));
        dialog->close();

        // A CSV file dropped on the window opens the dialog for it.
        const QString second = writeFile(u"second.csv"_s, "customer_id,date,amount\nK4,2024-04-05,40.00\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(second)});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        ImportDialog *dropped = nullptr;
        for (ImportDialog *candidate : window.findChildren<ImportDialog *>()) {
            if (candidate->filePath() == second)
                dropped = candidate;
        }
        QVERIFY(dropped);
        QVERIFY(dropped->canImport());
        dropped->close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
