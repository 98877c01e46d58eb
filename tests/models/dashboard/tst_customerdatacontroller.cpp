// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard/customerdatacontroller.h"
#include "export/personaldata.h"
#include "itemmodels/risktablemodel.h"
#include "storage/database.h"
#include "storage/importstore.h"
#include "storage/reviewrepository.h"
#include "support/testcase.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

constexpr auto OthersPermissions = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

CustomerRecord customer(const QString &externalId, const QString &name)
{
    CustomerRecord record;
    record.externalId = externalId;
    record.name = name;
    record.email = externalId.toLower() + u"@example.invalid"_s;
    return record;
}

} // namespace

class TestCustomerDataController : public rd::test::TestCase
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
    QHash<QString, qint64> m_ids;

    // Three customers in a database file; the list shows them as the window would, in this order.
    void makeDatabase()
    {
        m_path = m_dir.filePath(u"business%1.sqlite"_s.arg(++m_files));
        auto db = Database::open(m_path);
        QVERIFY(db);
        ImportStore store(**db);
        QVERIFY(store.begin(u"customers.csv"_s, u"customers"_s));
        for (const auto &[id, name] : {std::pair {u"K1"_s, u"Erika Muster"_s}, std::pair {u"K2"_s, u"Max Beispiel"_s},
                 std::pair {u"K3"_s, u"Eva Probe"_s}})
            QVERIFY(store.upsertCustomer(customer(id, name)));
        QVERIFY(store.finish({}, {3, 0, 0}));
        ReviewRepository reviews(**db);
        for (const QString &id : {u"K1"_s, u"K2"_s, u"K3"_s}) {
            auto found = reviews.customerId(id);
            QVERIFY(found && found->has_value());
            m_ids.insert(id, **found);
        }
    }

    void fill(RiskTableModel &model) const
    {
        auto data = std::make_shared<Dataset>();
        RiskReport report;
        for (const QString &id : {u"K1"_s, u"K2"_s, u"K3"_s}) {
            MetricsCustomer entry;
            entry.id = m_ids.value(id);
            entry.externalId = id;
            data->customers.append(entry);
            CustomerRisk risk;
            risk.customer = int(data->customers.size()) - 1;
            risk.level = RiskLevel::Red;
            report.customers.append(risk);
            ++report.red;
        }
        model.setSnapshot(data, report, {}, u"EUR"_s, QDate(2024, 3, 1));
    }

    qint64 idInDatabase(const QString &externalId) const
    {
        auto db = Database::open(m_path);
        if (!db)
            return -2;
        auto id = ReviewRepository(**db).customerId(externalId);
        return id && id->has_value() ? **id : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        TestCase::init();
        makeDatabase();
    }

    void exportWritesAPrivateJsonFile()
    {
        CustomerDataController controller(m_path, nullptr);
        const QString file = m_dir.filePath(PersonalData::suggestedFileName(u"K2"_s));
        QVERIFY(file.endsWith(u"personal-data-K2.json"_s));
        // A file that was there is replaced, and loses the permissions it had.
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QVERIFY(old.setPermissions(old.permissions() | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        auto written = controller.exportTo(u"K2"_s, file);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject data = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(data.value(u"external_id"_s).toString(), u"K2"_s);
        QCOMPARE(data.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Max Beispiel"_s);
        QCOMPARE(data.value(u"customer"_s).toObject().value(u"email"_s).toString(), u"k2@example.invalid"_s);
        QVERIFY(json.permissions() & QFileDevice::ReadOwner);
        QVERIFY(json.permissions() & QFileDevice::WriteOwner);
        QCOMPARE(json.permissions() & OthersPermissions, QFileDevice::Permissions());
    }

    void exportOfAnUnknownCustomerWritesNothing()
    {
        CustomerDataController controller(m_path, nullptr);
        const QString file = m_dir.filePath(u"nobody.json"_s);
        auto written = controller.exportTo(u"X9"_s, file);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(u"\"X9\""_s), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(file));
    }

    void suggestedFileNamesAreSafe()
    {
        QCOMPARE(PersonalData::suggestedFileName(u"C-001"_s), u"personal-data-C-001.json"_s);
        QCOMPARE(PersonalData::suggestedFileName(u"../a/b c"_s), u"personal-data-.._a_b_c.json"_s);
        QCOMPARE(PersonalData::suggestedFileName(QString()), u"personal-data-customer.json"_s);
    }

    void eraseUpdatesTheModel()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(model.rowCount(), 3);
        CustomerDataController controller(m_path, &model);
        QSignalSpy erased(&controller, &CustomerDataController::erased);
        QSignalSpy finished(&controller, &CustomerDataController::eraseFinished);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QVERIFY(controller.startErase(u"K2"_s));
        QVERIFY(controller.isErasing());
        QVERIFY(!controller.startErase(u"K3"_s)); // one at a time
        QCOMPARE(removed.count(), 0); // the model changes only when the erasure is done
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!controller.isErasing());
        const auto &report = controller.lastErasure();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY(!report->cleanupError);
        QCOMPARE(report->name, u"Max Beispiel"_s);
        QCOMPARE(erased.count(), 1);
        QCOMPARE(erased.at(0).at(0).toLongLong(), m_ids.value(u"K2"_s));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfCustomer(m_ids.value(u"K2"_s)), -1);
        QCOMPARE(model.rowOfCustomer(m_ids.value(u"K3"_s)), 1);
        QCOMPARE(model.report().red, 2);
        QCOMPARE(idInDatabase(u"K2"_s), -1);
        QCOMPARE(idInDatabase(u"K1"_s), m_ids.value(u"K1"_s));
    }

    void failedEraseLeavesTheModel()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        CustomerDataController controller(m_path, &model);
        QSignalSpy erased(&controller, &CustomerDataController::erased);
        QSignalSpy finished(&controller, &CustomerDataController::eraseFinished);
        QVERIFY(controller.startErase(u"X9"_s));
        QVERIFY(finished.wait(30000));
        const auto &report = controller.lastErasure();
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"\"X9\""_s), qPrintable(report.error().message));
        QCOMPARE(erased.count(), 0);
        QCOMPARE(model.rowCount(), 3);

        // A database that cannot be opened.
        CustomerDataController broken(m_dir.filePath(u"missing/dir/x.sqlite"_s), &model);
        QSignalSpy brokenFinished(&broken, &CustomerDataController::eraseFinished);
        QVERIFY(broken.startErase(u"K1"_s));
        QVERIFY(brokenFinished.wait(30000));
        QVERIFY(!broken.lastErasure());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCustomerDataController)
#include "tst_customerdatacontroller.moc"
