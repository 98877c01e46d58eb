// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "dashboard/dashboardengine.h"
#include "itemmodels/riskfilterproxymodel.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"
#include "support/demofixture.h"
#include "support/testcase.h"
#include "views/dialogs/winbackdialog.h"
#include "views/language.h"
#include "views/pages/riskpage.h"

using namespace Qt::StringLiterals;
using namespace rd;

// Stands in for the desktop's mail program: what "Open in Mail Program" hands to it.
class MailProgram : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// "Prepare a Message…" in the at-risk list: who gets a message, the preview, the mail-merge file, the mail program,
// and the contacts it logs.
class TestWinBackDialog : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_copies = 0;
    MailProgram m_mail;

    static qint64 contacts(const QString &path, const QString &channel)
    {
        auto database = Database::open(path);
        if (!database)
            return -1;
        QSqlQuery query((*database)->connection());
        query.prepare(u"SELECT count(*) FROM contact_log WHERE channel = ?"_s);
        query.addBindValue(channel);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    // The at-risk page on a demo business of its own (red and yellow listed).
    bool showPage(RiskPage &page, QString &path)
    {
        path = test::demoCopy(m_dir.path(), 300, u"copy%1.sqlite"_s.arg(++m_copies));
        if (path.isEmpty())
            return false;
        auto snapshot = DashboardEngine(path).compute(DashboardRequest {});
        if (!snapshot)
            return false;
        page.setSnapshot(*snapshot, path);
        return page.proxy()->rowCount() >= 3;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Language::apply(Language::localeFor(Language::English)); // plural forms from the English translation
        QDesktopServices::setUrlHandler(u"mailto"_s, &m_mail, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"mailto"_s); }

    void init() { m_mail.opened.clear(); }

    void theSelectionOrTheListAsShown()
    {
        RiskPage page;
        QString path;
        QVERIFY(showPage(page, path));
        // Nothing selected: the list as it shows, in its order.
        page.view()->clearSelection();
        WinBackDialog *all = page.prepareMessages(true);
        QVERIFY(all);
        QCOMPARE(all->messages().size(), page.proxy()->rowCount());
        QCOMPARE(all->messages().constFirst().customerId,
            page.proxy()->index(0, 0).data(RiskTableModel::CustomerIdRole).toLongLong());
        QVERIFY2(all->summary().contains(u"of the list as shown"_s), qPrintable(all->summary()));
        QVERIFY2(all->messages().size() > 50, "enough customers to be too many mail windows");
        QVERIFY(!all->openAllButton()->isEnabled()); // a mail-merge file then
        QVERIFY(all->openAllButton()->toolTip().contains(u"mail-merge file"_s));
        all->close();

        // Two rows selected: those two, in the list's order whichever was picked first.
        QItemSelectionModel *selection = page.view()->selectionModel();
        selection->clearSelection();
        for (int row : {2, 0})
            selection->select(page.proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        WinBackDialog *two = page.prepareMessages(true);
        QVERIFY(two);
        QCOMPARE(two->messages().size(), 2);
        QCOMPARE(two->messages().at(0).customerId,
            page.proxy()->index(0, 0).data(RiskTableModel::CustomerIdRole).toLongLong());
        QCOMPARE(two->messages().at(1).customerId,
            page.proxy()->index(2, 0).data(RiskTableModel::CustomerIdRole).toLongLong());
        QVERIFY2(two->summary().startsWith(u"2 messages for the 2 selected customers."_s), qPrintable(two->summary()));
        QCOMPARE(two->customerList()->count(), 2);
        QVERIFY(two->openAllButton()->isEnabled());
        two->close();
    }

    void previewFollowsTheTemplate()
    {
        RiskPage page;
        QString path;
        QVERIFY(showPage(page, path));
        page.view()->selectRow(0);
        WinBackDialog *dialog = page.prepareMessages(true);
        QVERIFY(dialog);
        const QString name = page.proxy()->index(0, RiskTableModel::NameColumn).data().toString();
        QVERIFY2(dialog->preview()->toPlainText().contains(name), qPrintable(dialog->preview()->toPlainText()));
        QComboBox *templates = dialog->templateBox();
        templates->setCurrentIndex(templates->findData(u"failed_payment"_s));
        QCOMPARE(dialog->messages().constFirst().kind, WinBackTemplate::FailedPayment);
        QVERIFY2(dialog->preview()->toPlainText().contains(u"Subject: Your last payment did not go through"_s),
            qPrintable(dialog->preview()->toPlainText()));
        dialog->close();
    }

    void theMailMergeFileLogsTheContacts()
    {
        RiskPage page;
        QString path;
        QVERIFY(showPage(page, path));
        for (int row : {0, 1})
            page.view()->selectionModel()->select(
                page.proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        WinBackDialog *dialog = page.prepareMessages(true);
        QVERIFY(dialog);
        const QString file = m_dir.filePath(u"winback%1.csv"_s.arg(m_copies));
        QVERIFY(dialog->saveMailMerge(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(
            written.readAll().startsWith("\xEF\xBB\xBFname,email,reason,value,last_purchase,owner,subject,message"));
        QCOMPARE(contacts(path, u"mail_merge"_s), 2);
        // The list shows them as contacted at once.
        for (int row : {0, 1}) {
            const QModelIndex index = page.proxy()->index(row, RiskTableModel::ReviewStateColumn);
            QCOMPARE(index.data().toString(), u"Contacted"_s);
        }
        QVERIFY(m_mail.opened.isEmpty());

        // Without logging, the file is written and nothing is logged.
        dialog->logBox()->setChecked(false);
        QVERIFY(dialog->saveMailMerge(file));
        QCOMPARE(contacts(path, u"mail_merge"_s), 2);
        dialog->close();
    }

    void opensTheMailProgramPerCustomer()
    {
        RiskPage page;
        QString path;
        QVERIFY(showPage(page, path));
        page.view()->clearSelection();
        for (int row : {0, 1, 2})
            page.view()->selectionModel()->select(
                page.proxy()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        WinBackDialog *dialog = page.prepareMessages(true);
        QVERIFY(dialog);
        QCOMPARE(dialog->openInMailProgram({0, 2, 7}), 2); // 7 is no message: skipped
        QCOMPARE(m_mail.opened.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const WinBackMessage &message = dialog->messages().at(i == 0 ? 0 : 2);
            const QUrl &url = m_mail.opened.at(i);
            QCOMPARE(url.scheme(), u"mailto"_s);
            QCOMPARE(url.path(), message.email);
            QCOMPARE(QUrlQuery(url).queryItemValue(u"subject"_s, QUrl::FullyDecoded), message.subject);
        }
        QCOMPARE(contacts(path, u"mailto"_s), 2);
        dialog->close();
    }
};

QTEST_MAIN(TestWinBackDialog)
#include "tst_winbackdialog.moc"
