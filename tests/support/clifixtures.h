// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The small businesses that the metrics commands (report, cohorts, survival) are checked against: CSV files
// imported with the command-line tool, the way a user would, into one database per business.
#pragma once

#include <QHash>

#include "support/clirunner.h"

namespace rd::test {

inline const QString ReportHeader = QStringLiteral("period,start_customers,new_customers,reactivated_customers,"
                                                   "lost_customers,end_customers,churn_rate,retention_rate,revenue,"
                                                   "nrr,grr,partial,measurable");

// The textbook case: 20 contract customers who signed up in 2023 (C01-C10 segment smb on plan basic,
// C11-C20 enterprise on pro), C01-C03 cancelling in March 2024, N1-N4 signing up in March 2024.
inline constexpr auto TextbookCustomers = "customer_id,segment,plan,signup_date,cancel_date\n"
                                          "C01,smb,basic,2023-01-10,2024-03-05\n"
                                          "C02,smb,basic,2023-02-10,2024-03-12\n"
                                          "C03,smb,basic,2023-03-10,2024-03-20\n"
                                          "C04,smb,basic,2023-04-10,\n"
                                          "C05,smb,basic,2023-05-10,\n"
                                          "C06,smb,basic,2023-06-10,\n"
                                          "C07,smb,basic,2023-07-10,\n"
                                          "C08,smb,basic,2023-08-10,\n"
                                          "C09,smb,basic,2023-09-10,\n"
                                          "C10,smb,basic,2023-10-10,\n"
                                          "C11,enterprise,pro,2023-01-20,\n"
                                          "C12,enterprise,pro,2023-02-20,\n"
                                          "C13,enterprise,pro,2023-03-20,\n"
                                          "C14,enterprise,pro,2023-04-20,\n"
                                          "C15,enterprise,pro,2023-05-20,\n"
                                          "C16,enterprise,pro,2023-06-20,\n"
                                          "C17,enterprise,pro,2023-07-20,\n"
                                          "C18,enterprise,pro,2023-08-20,\n"
                                          "C19,enterprise,pro,2023-09-20,\n"
                                          "C20,enterprise,pro,2023-12-20,\n"
                                          "N1,smb,basic,2024-03-04,\n"
                                          "N2,smb,basic,2024-03-11,\n"
                                          "N3,enterprise,pro,2024-03-18,\n"
                                          "N4,enterprise,pro,2024-03-25,\n";
// February: 250.00 from C04, C05, C01 and C15. March: 245.00 (C06's refund of 10.00 included); of
// February's payers, C04, C05 and C15 pay 230.00 in March, or 190.00 each capped at February's amount:
// NRR 92.00, GRR 76.00. One order after the as-of day 2024-03-31 of most tests.
inline constexpr auto TextbookOrders = "customer_id,date,amount,status\n"
                                       "C04,2024-02-10,100.00,paid\n"
                                       "C05,2024-02-12,50.00,paid\n"
                                       "C01,2024-02-14,40.00,paid\n"
                                       "C15,2024-02-15,60.00,paid\n"
                                       "N1,2024-03-06,25.00,paid\n"
                                       "C04,2024-03-10,120.00,paid\n"
                                       "C05,2024-03-12,30.00,paid\n"
                                       "C15,2024-03-15,80.00,paid\n"
                                       "C06,2024-03-20,10.00,refunded\n"
                                       "C07,2024-04-15,99.00,paid\n";

// Shop customers (no plan, orders only) are lost after W = 90 days of silence: S1 on 2023-11-15 + 90 =
// 2024-02-13; S2 on 2023-10-01 + 90 = 2023-12-30, back on 2024-02-20 (a reactivation); S3 stays.
inline constexpr auto ShopOrders = "customer_id,date,amount\n"
                                   "S1,2023-11-15,30.00\n"
                                   "S2,2023-10-01,20.00\n"
                                   "S2,2024-02-20,40.00\n"
                                   "S2,2024-03-10,50.00\n"
                                   "S3,2024-01-10,10.00\n"
                                   "S3,2024-03-05,15.00\n";

// Shop cohorts: K1-K4 first order in January, K2 and K3 again in February, K3 in March; K5 and K6 in
// February, K6 refunded 30.00 in March.
inline constexpr auto CohortOrders = "customer_id,date,amount,status\n"
                                     "K1,2024-01-02,20.00,paid\n"
                                     "K2,2024-01-10,30.00,paid\n"
                                     "K2,2024-02-05,10.00,paid\n"
                                     "K3,2024-01-15,50.00,paid\n"
                                     "K3,2024-02-20,25.00,paid\n"
                                     "K3,2024-03-10,40.00,paid\n"
                                     "K4,2024-01-31,40.00,paid\n"
                                     "K5,2024-02-14,60.00,paid\n"
                                     "K6,2024-02-01,100.00,paid\n"
                                     "K6,2024-03-03,30.00,refunded\n";

// Four contract customers from 2024-01-01: one cancels after 10 days, one after 20.
inline constexpr auto SurvivalCustomers = "customer_id,plan,signup_date,cancel_date\n"
                                          "V1,basic,2024-01-01,2024-01-11\n"
                                          "V2,basic,2024-01-01,2024-01-21\n"
                                          "V3,basic,2024-01-01,\n"
                                          "V4,basic,2024-01-01,\n";

// A CliRunner that builds the businesses above on first use.
class CliFixtures : public CliRunner
{
protected:
    // A database built the way a user would: CSV files imported with the CLI, each (kind, content) in
    // turn. Built once per name; empty when an import failed or rejected a row (m_fixtureError says why).
    QString fixture(const QString &name)
    {
        if (const auto it = m_fixtures.constFind(name); it != m_fixtures.cend())
            return *it;
        QList<std::pair<QString, QByteArray>> files;
        if (name == u"textbook")
            files = {{QStringLiteral("customers"), TextbookCustomers}, {QStringLiteral("orders"), TextbookOrders}};
        else if (name == u"shop")
            files = {{QStringLiteral("orders"), ShopOrders}};
        else if (name == u"cohorts")
            files = {{QStringLiteral("orders"), CohortOrders}};
        else if (name == u"survival")
            files = {{QStringLiteral("customers"), SurvivalCustomers}};
        QString db = newPath(QStringLiteral(".sqlite"));
        m_fixtureError = files.isEmpty() ? QStringLiteral("no fixture ") + name : QString();
        for (const auto &[kind, content] : std::as_const(files)) {
            const QString csv = writeFile(content);
            const Run run
                = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), kind, csv});
            if (csv.isEmpty() || run.exitCode != 0 || !run.out.contains(QStringLiteral(", 0 rejected, 0 skipped."))) {
                m_fixtureError = QStringLiteral("importing %1 into %2 failed:\n%3%4").arg(kind, name, run.out, run.err);
                break;
            }
        }
        if (!m_fixtureError.isEmpty())
            db.clear();
        m_fixtures.insert(name, db);
        return db;
    }

    QHash<QString, QString> m_fixtures;
    QString m_fixtureError;
};

} // namespace rd::test
