// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
//
// Window benchmark on a demo database, timed with QElapsedTimer around the real code paths: from the
// start of the process until the overview shows, switching pages, changing the period until every page shows it, and
// filtering the at-risk list. Run under QT_QPA_PLATFORM=offscreen.
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include "core/memory.h"
#include "itemmodels/riskfilterproxymodel.h"
#include "views/mainwindow.h"
#include "views/pages/riskpage.h"

using namespace rd;

int main(int argc, char *argv[])
{
    // The start as a user sees it: from the process on, with the application and the window built.
    QElapsedTimer sinceStart;
    sinceStart.start();
    rd::keepLargeAllocations(); // as the applications do
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui DEMO.sqlite\n");
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("RetentionDeskBench"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    QSignalSpy ready(&window, &MainWindow::snapshotReady);

    if (!window.openDatabase(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    if (!ready.wait(60000))
        return 1;
    QApplication::processEvents();
    const qint64 overview = sinceStart.elapsed();
    // The first picture comes without the purchase model; the whole one follows in the background.
    while (window.isBusy() || window.snapshot()->partial) {
        if (!ready.wait(60000))
            return 1;
    }
    const qint64 whole = sinceStart.elapsed();

    QElapsedTimer timer;

    qint64 slowestPage = 0;
    for (int round = 0; round < 2; ++round) {
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            timer.restart();
            window.setPage(MainWindow::Page(page));
            window.repaint(); // the page drawn, not only chosen
            slowestPage = std::max(slowestPage, timer.elapsed());
        }
    }

    qint64 slowestPeriod = 0;
    for (PeriodKind kind : {PeriodKind::Quarter, PeriodKind::Week, PeriodKind::Month}) {
        DashboardRequest request = window.request();
        request.kind = kind;
        timer.restart();
        window.setRequest(request);
        if (!ready.wait(60000))
            return 1;
        window.repaint();
        slowestPeriod = std::max(slowestPeriod, timer.elapsed());
    }

    window.setPage(MainWindow::Risk);
    RiskFilterProxyModel *proxy = window.riskPage()->proxy();
    qint64 slowestFilter = 0;
    for (const QString &text :
        {QStringLiteral("müller"), QStringLiteral("k-0001"), QStringLiteral("spending"), QString()}) {
        timer.restart();
        proxy->setSearchText(text);
        window.repaint();
        slowestFilter = std::max(slowestFilter, timer.elapsed());
    }
    timer.restart();
    proxy->setLevels({RiskLevel::Red});
    window.repaint();
    slowestFilter = std::max(slowestFilter, timer.elapsed());

    const auto verdict = [](qint64 value, qint64 limit) { return value < limit ? "yes" : "NO"; };
    std::printf("customers:                          %d\n", window.snapshot()->data->customerCount());
    std::printf(
        "start until the overview shows:     %6lld ms  (target < 2000 ms: %s)\n", overview, verdict(overview, 2000));
    std::printf("  ... with P(alive) on the risk list: %6lld ms\n", whole);
    std::printf("slowest page switch:                %6lld ms  (target < 300 ms: %s)\n", slowestPage,
        verdict(slowestPage, 300));
    std::printf("slowest period change (all pages):  %6lld ms  (target < 300 ms: %s)\n", slowestPeriod,
        verdict(slowestPeriod, 300));
    std::printf("slowest risk-list filter:           %6lld ms  (target < 100 ms: %s)\n", slowestFilter,
        verdict(slowestFilter, 100));
    return 0;
}
