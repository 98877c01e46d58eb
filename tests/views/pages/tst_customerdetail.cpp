// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "itemmodels/risktablemodel.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/mainwindow.h"
#include "views/pages/customerdetail.h"
#include "views/pages/riskpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

// The customer detail's "Export data…" and "Erase customer…", in the window as a user meets them. The file
// dialog and the confirmation are replaced, so that nothing waits for a click.
class TestCustomerDetail : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    // A demo business of its own for each test, which may change it.
    QString demoCopy()
    {
        const QString demo = test::demoDatabase(m_dir.path(), 300);
        if (demo.isEmpty())
            return {};
        const QString copy = m_dir.filePath(u"copy%1.sqlite"_s.arg(++m_copies));
        return QFile::copy(demo, copy) ? copy : QString();
    }

    // The window on the at-risk page with its first customer selected, once the whole picture is there.
    static bool showFirstCustomer(MainWindow &window, const QString &path)
    {
        window.resize(1280, 800);
        window.show();
        if (!window.openDatabase(path))
            return false;
        if (!QTest::qWaitFor(
                [&window] { return window.snapshot() && !window.snapshot()->partial && !window.isBusy(); }, 30000))
            return false;
        window.setPage(MainWindow::Risk);
        window.riskPage()->selectRow(0);
        return window.riskPage()->detail()->customerId() > 0;
    }

    static QString externalIdOf(const RiskTableModel &model, qint64 customerId)
    {
        const int row = model.rowOfCustomer(customerId);
        if (row < 0)
            return {};
        return model.dataset()->customers.at(model.report().customers.at(row).customer).externalId;
    }

    static qint64 idInDatabase(const QString &path, const QString &externalId)
    {
        auto db = Database::open(path);
        if (!db)
            return -2;
        auto id = ReviewRepository(**db).customerId(externalId);
        return id && id->has_value() ? **id : -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"RetentionDeskTests"_s);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void actionsWaitForACustomer()
    {
        CustomerDetail detail;
        QVERIFY(detail.exportAction());
        QVERIFY(detail.eraseAction());
        QCOMPARE(detail.exportAction()->text(), u"Export data…"_s);
        QCOMPARE(detail.eraseAction()->text(), u"Erase customer…"_s);
        QVERIFY(!detail.exportAction()->isEnabled());
        QVERIFY(!detail.eraseAction()->isEnabled());
        // Each has a button in the panel.
        QSet<QAction *> shown;
        for (QToolButton *button : detail.findChildren<QToolButton *>())
            shown.insert(button->defaultAction());
        QVERIFY(shown.contains(detail.exportAction()));
        QVERIFY(shown.contains(detail.eraseAction()));
        // Without a customer they do nothing, and ask nothing.
        bool asked = false;
        detail.setFileChooser([&asked](const QString &) {
            asked = true;
            return QString();
        });
        detail.setConfirmation([&asked](const QString &, const QString &) {
            asked = true;
            return true;
        });
        detail.exportAction()->trigger();
        detail.eraseAction()->trigger();
        QVERIFY(!asked);
    }

    void exportsTheSelectedCustomer()
    {
        const QString path = demoCopy();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(showFirstCustomer(window, path));
        CustomerDetail *detail = window.riskPage()->detail();
        QVERIFY(detail->exportAction()->isEnabled());
        QVERIFY(detail->eraseAction()->isEnabled());
        const QString externalId = externalIdOf(*window.riskPage()->model(), detail->customerId());
        QVERIFY(!externalId.isEmpty());

        QString suggested;
        const QString target = m_dir.filePath(u"chosen"_s); // without a suffix: .json is added
        detail->setFileChooser([&](const QString &proposal) {
            suggested = proposal;
            return target;
        });
        detail->exportAction()->trigger();
        QVERIFY2(suggested.endsWith(u"personal-data-"_s + externalId + u".json"_s), qPrintable(suggested));
        QFile file(target + u".json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(data.value(u"external_id"_s).toString(), externalId);
        QCOMPARE(data.value(u"customer"_s).toObject().value(u"id"_s).toInteger(), detail->customerId());

        // Cancelled: nothing written.
        detail->setFileChooser([](const QString &) { return QString(); });
        QVERIFY(QFile::remove(target + u".json"_s));
        detail->exportAction()->trigger();
        QVERIFY(!QFile::exists(target + u".json"_s));
    }

    void erasesAfterConfirmationAndScoresAgain()
    {
        const QString path = demoCopy();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(showFirstCustomer(window, path));
        RiskPage *risk = window.riskPage();
        CustomerDetail *detail = risk->detail();
        const qint64 customerId = detail->customerId();
        const QString externalId = externalIdOf(*risk->model(), customerId);
        QVERIFY(!externalId.isEmpty());
        const int listed = risk->model()->rowCount();
        const int customers = window.snapshot()->data->customerCount();

        // Declined: nothing happens.
        QString question;
        QString consequences;
        detail->setConfirmation([&](const QString &asked, const QString &told) {
            question = asked;
            consequences = told;
            return false;
        });
        detail->eraseAction()->trigger();
        QVERIFY2(question.contains(externalId), qPrintable(question));
        QVERIFY2(consequences.contains(u"cannot be undone"_s), qPrintable(consequences));
        QCOMPARE(risk->model()->rowCount(), listed);
        QCOMPARE(idInDatabase(path, externalId), customerId);

        // Confirmed: the customer leaves the list at once, and the window reads the data again.
        detail->setConfirmation([](const QString &, const QString &) { return true; });
        QSignalSpy erased(risk, &RiskPage::customerErased);
        QSignalSpy ready(&window, &MainWindow::snapshotReady);
        detail->eraseAction()->trigger();
        QVERIFY(!detail->eraseAction()->isEnabled()); // erasing in a worker
        QTRY_COMPARE_WITH_TIMEOUT(erased.count(), 1, 30000);
        QCOMPARE(erased.at(0).at(0).toLongLong(), customerId);
        QCOMPARE(risk->model()->rowCount(), listed - 1);
        QCOMPARE(risk->model()->rowOfCustomer(customerId), -1);
        QVERIFY(detail->customerId() != customerId);
        QCOMPARE(idInDatabase(path, externalId), -1);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !window.snapshot()->partial && !window.isBusy(), 30000);
        QCOMPARE(window.snapshot()->data->customerCount(), customers - 1);
        for (const MetricsCustomer &customer : window.snapshot()->data->customers)
            QVERIFY(customer.externalId != externalId);
        QCOMPARE(risk->model()->rowOfCustomer(customerId), -1);
    }
};

QTEST_MAIN(TestCustomerDetail)
#include "tst_customerdetail.moc"
