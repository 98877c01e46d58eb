// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/reportcommands.h"

#include "cli/common.h"
#include "dashboard/dashboardengine.h"
#include "views/language.h"
#include "views/report/reportdocument.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

int exportReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Write the report the window prints (figures of the last complete period against the one before, "
                "charts, cohorts, survival, the red and yellow customers with their reasons, definitions) as a PDF "
                "file. No display is needed."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption outFile(u"out"_s, Cli::tr("The PDF file to write."), Cli::tr("FILE"));
    const QCommandLineOption period(u"period"_s,
        Cli::tr("Period length: week, month, quarter or year (default: month)."), Cli::tr("PERIOD"), u"month"_s);
    const QCommandLineOption from(u"from"_s,
        Cli::tr("First day of the charts (yyyy-MM-dd; default: 12 periods before the as-of day)."), Cli::tr("DATE"));
    const QCommandLineOption asOf(u"as-of"_s,
        Cli::tr("Compute as of this day (yyyy-MM-dd; default: the last day in the data)."), Cli::tr("DATE"));
    const QCommandLineOption segment(u"segment"_s, Cli::tr("Only customers of this segment."), Cli::tr("S"));
    const QCommandLineOption plan(u"plan"_s, Cli::tr("Only customers on this plan."), Cli::tr("P"));
    const QCommandLineOption country(u"country"_s, Cli::tr("Only customers from this country."), Cli::tr("C"));
    const QCommandLineOption lang(
        u"lang"_s, Cli::tr("The report's language: de or en (default: the system's)."), Cli::tr("LANG"));
    for (const QCommandLineOption &option : {db, outFile, period, from, asOf, segment, plan, country, lang})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("export-report needs --db FILE."), parser);
    if (!parser.isSet(outFile))
        return usageError(Cli::tr("export-report needs --out FILE, the PDF to write."), parser);

    DashboardRequest request;
    if (auto stop = parsePeriodKind(parser, period, request.kind))
        return *stop;
    if (auto stop = parseDates(parser, {{&from, &request.from}, {&asOf, &request.asOf}}))
        return *stop;
    if (request.from.isValid() && request.asOf.isValid() && request.from > request.asOf)
        return usageError(Cli::tr("--from must not be after --as-of."), parser);
    request.filter = CustomerFilter {parser.value(segment), parser.value(plan), parser.value(country)};

    QLocale locale;
    if (auto stop = parseLanguage(parser, lang, locale))
        return *stop;

    const QString path = parser.value(db);
    if (auto checked = DashboardEngine::checkDatabase(path); !checked)
        return failure(checked.error());
    DashboardEngine engine(path);
    auto snapshot = engine.compute(request);
    if (!snapshot)
        return failure(snapshot.error());
    if (snapshot->asOf == NoDay)
        return failure(Cli::tr("%1 holds no data yet: import customers or orders first.").arg(path));
    const ReportDocument report(*snapshot, QFileInfo(path).completeBaseName(), locale);
    const auto written = report.writePdf(parser.value(outFile));
    if (!written)
        return failure(written.error());
    out() << Cli::tr("Report written to %1 (%n page(s)).", nullptr, *written).arg(parser.value(outFile)) << Qt::endl;
    return Success;
}

} // namespace rd::cli
