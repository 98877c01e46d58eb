// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>

#include "core/result.h"
#include "dashboard/dashboardengine.h"

class QPagedPaintDevice;
class QPainter;

namespace rd {

class ReportCanvas;

// The printed report of one dashboard snapshot, for the window's File > Export Report… and Print… and
// for `retentiondesk-cli export-report`: a title page with the business, the period, the as-of day and
// the customers shown, and the figures of the period against the one before; the churn and retention,
// revenue, cohort and survival charts (vector); the red and yellow customers with their value and every
// reason; a page that defines every figure. Page numbers and the as-of day in every footer. In the
// language of the locale given; A4, or US Letter where the locale measures in inches.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // At most this many customers of each colour are listed; the report says how many more there are.
    static constexpr int MaxListedPerLevel = 200;

    ReportDocument(const DashboardSnapshot &snapshot, const QString &businessName, const QLocale &locale = {});

    static QPageLayout pageLayout(const QLocale &locale);
    // Paints every page onto the device (a QPdfWriter or a QPrinter, already given its page layout);
    // returns the number of pages.
    int paint(QPagedPaintDevice *device) const;
    // Writes the report as a PDF file (written whole or not at all); returns the number of pages.
    Result<int> writePdf(const QString &path) const;

    // The texts the report is made of, for tests: the title block's lines.
    QString title() const;
    QString periodTitle(bool previous) const; // "November 2011"; the period before with previous
    QString periodLine() const;
    QString customersLine() const;

private:
    struct Charts; // the chart panels drawn into the report, built once for both passes
    void paintPages(ReportCanvas &canvas, Charts &charts) const;
    void paintTitle(ReportCanvas &canvas) const;
    void paintKpis(ReportCanvas &canvas) const;
    void paintCharts(ReportCanvas &canvas, Charts &charts) const;
    void paintCohorts(ReportCanvas &canvas, Charts &charts) const;
    void paintCustomers(ReportCanvas &canvas) const;
    void paintDefinitions(ReportCanvas &canvas) const;

    const DashboardSnapshot &m_snapshot;
    QString m_business;
    QLocale m_locale;
};

} // namespace rd
