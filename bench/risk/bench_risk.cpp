// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
//
// At-risk benchmark: on a demo database, times loading, scoring every customer, the BG/NBD fit on 25,000
// customers, and what the window computes beside the light on every request (why customers left, per month of
// the last year, and who is growing), each the fastest of three rounds (QElapsedTimer around the real code
// paths).
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/memory.h"
#include "dashboard/storedbusiness.h"
#include "metrics/lifetimes.h"
#include "risk/bgnbd.h"
#include "risk/growth.h"
#include "risk/riskengine.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"

using namespace rd;

int main(int argc, char *argv[])
{
    rd::keepLargeAllocations(); // as the applications do
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_risk DEMO.sqlite\n");
        return 2;
    }
    auto database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().text()));
        return 1;
    }
    const auto fastest = [](auto &&work) {
        qint64 best = -1;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            work();
            const qint64 elapsed = timer.elapsed();
            best = best < 0 ? elapsed : std::min(best, elapsed);
        }
        return best;
    };

    Dataset data;
    const qint64 loading = fastest([&] { data = MetricsRepository::load(**database).value_or(Dataset()); });
    const LifetimeSettings settings = MetricsRepository::lifetimeSettings(**database).value_or(LifetimeSettings());
    const RiskThresholds thresholds = MetricsRepository::riskThresholds(**database).value_or(RiskThresholds());
    const Lifetimes lifetimes = computeLifetimes(data, settings, data.lastDay);

    std::vector<AliveEstimate> alive;
    const qint64 estimating = fastest([&] { alive = estimateAlive(data, lifetimes).value_or({}); });
    RiskReport report;
    const qint64 scoring = fastest([&] { report = scoreCustomers(data, lifetimes, thresholds, alive); });

    // What the window adds to each request: the reasons of the losses in the periods shown (a year of months, as
    // it opens), split by segment, and the growing customers.
    const auto leaving = LeavingInput::load(**database);
    ReasonsOptions reasonsOptions;
    reasonsOptions.from = dateOf(data.lastDay).addYears(-1);
    ReasonsReport reasons;
    const qint64 explaining = fastest([&] {
        reasons = computeReasons(data, lifetimes, leaving ? leaving->words : LeavingWords(),
            leaving ? leaving->classifier : ReasonClassifier(), reasonsOptions);
    });
    QList<ReasonsPeriod> bySegment;
    const qint64 splitting = fastest([&] { bySegment = splitReasons(reasons, data, ReasonsSplit::Segment); });
    QList<GrowingCustomer> growing;
    const qint64 growth = fastest([&] { growing = findGrowing(data, report); });
    qint64 lost = 0;
    for (const ReasonsPeriod &period : std::as_const(reasons.periods))
        lost += period.lost;

    // The fit on 25,000 customers who buy without a contract, summarised as of the last day.
    const BgNbdInput input = summariseForBgNbd(data, data.lastDay, TimeUnit::Week);
    std::vector<BgNbdCustomer> sample;
    for (std::size_t i = 0; i < input.customers.size() && sample.size() < 25000; ++i) {
        if (!isContractCustomer(data.customers.at(input.customerIndex[i]), settings.model))
            sample.push_back(input.customers[i]);
    }
    Result<BgNbdFit> fit = Error {};
    const qint64 fitting = fastest([&] { fit = fitBgNbd(sample); });

    std::printf("customers:                      %d (%lld red, %lld yellow, %lld green listed)\n", data.customerCount(),
        report.red, report.yellow, report.green);
    std::printf("load the database:              %6lld ms\n", loading);
    std::printf(
        "score all customers:            %6lld ms   (target < 1000 ms: %s)\n", scoring, scoring < 1000 ? "yes" : "NO");
    std::printf("P(alive) for all (fit + score): %6lld ms\n", estimating);
    std::printf("why they left, 12 months:       %6lld ms   (%lld lost)\n", explaining, lost);
    std::printf("  split by segment:             %6lld ms   (%lld segments)\n", splitting, qint64(bySegment.size()));
    std::printf("who is growing:                 %6lld ms   (%lld growing)\n", growth, qint64(growing.size()));
    std::printf("BG/NBD fit on %zu customers:  %6lld ms   (target < 2000 ms: %s)\n", sample.size(), fitting,
        fitting < 2000 ? "yes" : "NO");
    if (fit)
        std::printf("  r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.1f\n", fit->parameters.r, fit->parameters.alpha,
            fit->parameters.a, fit->parameters.b, fit->logLikelihood);
    else
        std::printf("  fit failed: %s\n", qPrintable(fit.error().text()));
    return 0;
}
