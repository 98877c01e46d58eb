// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/commands.h"

#include <cmath>
#include <functional>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include "cli/backupcommands.h"
#include "cli/churncommands.h"
#include "cli/common.h"
#include "cli/customercommands.h"
#include "cli/metricscommands.h"
#include "cli/reportcommands.h"
#include "cli/riskcommands.h"
#include "cli/settingscommands.h"
#include "core/memory.h"
#include "demo/demodatabase.h"
#include "import/importer.h"
#include "import/presets.h"
#include "risk/riskengine.h"
#include "storage/database.h"
#include "storage/metricsrepository.h"
#include "storage/reviewrepository.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Shows what a database holds: records per table, date range and "
                                             "schema version."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), u"text"_s);
    parser.addOption(db);
    parser.addOption(format);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("info needs --db FILE."), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use text or json.").arg(formatName), parser);
    if (!QFileInfo::exists(parser.value(db)))
        return failure(Cli::tr("%1 does not exist.").arg(parser.value(db)));

    auto database = Database::open(parser.value(db));
    if (!database)
        return failure(database.error());
    auto counts = (*database)->counts();
    if (!counts)
        return failure(counts.error());
    auto range = (*database)->dateRange();
    if (!range)
        return failure(range.error());
    const QString first = range->first.toString(Qt::ISODate);
    const QString last = range->last.toString(Qt::ISODate);
    const int version = (*database)->schemaVersion();

    if (formatName == u"json") {
        const QJsonObject object {
            {u"schema_version"_s, version},
            {u"customers"_s, counts->customers},
            {u"orders"_s, counts->orders},
            {u"activity"_s, counts->activity},
            {u"tickets"_s, counts->tickets},
            {u"surveys"_s, counts->surveys},
            {u"imports"_s, counts->imports},
            {u"first_date"_s, first.isEmpty() ? QJsonValue() : QJsonValue(first)},
            {u"last_date"_s, last.isEmpty() ? QJsonValue() : QJsonValue(last)},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << Cli::tr("Database:       %1").arg(parser.value(db)) << u'\n' << Cli::tr("Schema version: %1").arg(version)
          << u'\n' << Cli::tr("Customers:      %1").arg(counts->customers) << u'\n'
          << Cli::tr("Orders:         %1").arg(counts->orders) << u'\n'
          << Cli::tr("Activity:       %1").arg(counts->activity) << u'\n'
          << Cli::tr("Tickets:        %1").arg(counts->tickets) << u'\n'
          << Cli::tr("Surveys:        %1").arg(counts->surveys) << u'\n'
          << Cli::tr("Imports:        %1").arg(counts->imports) << u'\n'
          << Cli::tr("Date range:     %1").arg(first.isEmpty() ? Cli::tr("none") : first + u" – " + last) << Qt::endl;
    return Success;
}

QString describeFormat(const ImportReport &report)
{
    QString delimiter;
    switch (report.delimiter.unicode()) {
    case u',':
        delimiter = Cli::tr("comma");
        break;
    case u';':
        delimiter = Cli::tr("semicolon");
        break;
    case u'\t':
        delimiter = Cli::tr("tab");
        break;
    default:
        delimiter = u'"' + QString(report.delimiter) + u'"';
        break;
    }
    QStringList dates;
    for (auto it = report.dateFormats.cbegin(); it != report.dateFormats.cend(); ++it)
        dates.append(u"%1 %2"_s.arg(report.headers.value(it.key()), dateFormatPattern(it.value())));
    dates.sort();
    return Cli::tr("encoding %1, delimiter %2, decimal %3%4")
        .arg(encodingName(report.encoding), delimiter,
            report.decimal == DecimalStyle::Comma ? Cli::tr("comma") : Cli::tr("point"),
            dates.isEmpty() ? QString() : Cli::tr(", dates: %1").arg(dates.join(u", "_s)));
}

int compactCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Rewrites a database file table by table. After a large import its tables are spread over the "
                "file; compacted, the first start after a restart of the computer reads it about twice as fast. "
                "Needs free disk space of the file's size; nothing else may use the database meanwhile."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("compact needs --db FILE."), parser);
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    const qint64 before = QFileInfo(path).size();
    auto database = Database::open(path);
    if (!database)
        return failure(database.error());
    if (auto compacted = (*database)->compact(); !compacted)
        return failure(compacted.error());
    const QLocale locale;
    out() << Cli::tr("Compacted %1: %2 before, %3 now.")
                 .arg(path, locale.formattedDataSize(before), locale.formattedDataSize(QFileInfo(path).size()))
          << Qt::endl;
    return Success;
}

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList presetIds;
    for (const Preset &preset : presets())
        presetIds.append(preset.id);
    parser.setApplicationDescription(
        Cli::tr("Imports a CSV file of customers, orders, activity events, support tickets or survey answers. "
                "The file is one transaction: valid rows are committed together, rejected rows are reported with "
                "line, column and reason. Importing the same file again changes nothing."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption kind(
        u"kind"_s, Cli::tr("What the file holds: customers, orders, activity, tickets or surveys."), Cli::tr("KIND"));
    const QCommandLineOption preset(u"preset"_s,
        Cli::tr("Read the file as the export of a known tool: %1. Recognised from the headers "
                "when not given.")
            .arg(presetIds.join(u", "_s)),
        Cli::tr("NAME"));
    const QCommandLineOption map(u"map"_s,
        Cli::tr("Map a column (header or 1-based number) to a field, e.g. --map "
                "Kundennr=customer_id; repeatable. Field \"ignore\" skips a column."),
        Cli::tr("COLUMN=field"));
    const QCommandLineOption delimiter(
        u"delimiter"_s, Cli::tr("Field delimiter: , ; | or tab (detected when not given)."), Cli::tr("C"));
    const QCommandLineOption encoding(
        u"encoding"_s, Cli::tr("Text encoding: utf-8 or windows-1252 (detected when not given)."), Cli::tr("E"));
    const QCommandLineOption dateFormat(u"date-format"_s,
        Cli::tr("Date format: dd.MM.yyyy, yyyy-MM-dd, iso, MM/dd/yyyy, dd/MM/yyyy, "
                "yyyyMMdd, ddMM or \"MMM d, yyyy\" (the month as a word; detected when not given)."),
        Cli::tr("F"));
    const QCommandLineOption decimal(u"decimal"_s,
        Cli::tr("Decimal mark in amounts: comma or point (detected when not given)."), Cli::tr("comma|point"));
    const QCommandLineOption rejects(
        u"rejects"_s, Cli::tr("Write the rejected rows with their reasons to this CSV file."), Cli::tr("OUT.csv"));
    const QCommandLineOption currency(
        u"currency"_s, Cli::tr("Currency for rows that give none (default EUR)."), Cli::tr("CODE"));
    const QCommandLineOption csatScale(u"csat-scale"_s,
        Cli::tr("Highest score of the CSAT answers in a survey file: 5 or 10 (recognised when not given)."),
        Cli::tr("5|10"));
    const QCommandLineOption acceptRejects(u"accept-rejects"_s,
        Cli::tr("Import the valid rows even when one column rejects so many rows (more than 5 % and more than 20) "
                "that the file was probably misread; without it such an import changes nothing."));
    for (const QCommandLineOption &option :
        {db, kind, preset, map, delimiter, encoding, dateFormat, decimal, rejects, currency, csatScale, acceptRejects})
        parser.addOption(option);
    parser.addPositionalArgument(u"CSVFILE"_s, Cli::tr("The file to import."));
    if (auto stop = parse(parser, arguments))
        return *stop;

    if (!parser.isSet(db))
        return usageError(Cli::tr("import needs --db FILE."), parser);
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("import needs exactly one CSVFILE."), parser);
    ImportOptions options;
    const auto importKind = importKindFromName(parser.value(kind));
    if (!importKind)
        return usageError(Cli::tr("import needs --kind customers, orders, activity, tickets or surveys."), parser);
    options.kind = *importKind;
    options.preset = parser.value(preset);
    if (!options.preset.isEmpty() && !findPreset(options.preset))
        return usageError(
            Cli::tr("Unknown preset \"%1\". Presets: %2.").arg(options.preset, presetIds.join(u", "_s)), parser);
    for (const QString &entry : parser.values(map)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (equals <= 0 || equals == entry.size() - 1)
            return usageError(Cli::tr("--map takes COLUMN=field, not \"%1\".").arg(entry), parser);
        options.mappings.append({entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed()});
    }
    if (parser.isSet(delimiter)) {
        const QString value = parser.value(delimiter);
        if (value == u"tab" || value == u"\\t" || value == u"\t")
            options.delimiter = u'\t';
        else if (value.size() == 1 && QStringView(u",;|").contains(value.front()))
            options.delimiter = value.front();
        else
            return usageError(Cli::tr("--delimiter takes , ; | or tab, not \"%1\".").arg(value), parser);
    }
    if (parser.isSet(encoding)) {
        const QString value = parser.value(encoding).toLower().remove(u'-').remove(u'_');
        if (value == u"utf8")
            options.encoding = TextEncoding::Utf8;
        else if (value == u"windows1252" || value == u"cp1252" || value == u"latin1" || value == u"iso88591")
            options.encoding = TextEncoding::Windows1252;
        else
            return usageError(
                Cli::tr("--encoding takes utf-8 or windows-1252, not \"%1\".").arg(parser.value(encoding)), parser);
    }
    if (parser.isSet(dateFormat)) {
        options.dateFormat = dateFormatFromPattern(parser.value(dateFormat));
        if (!options.dateFormat)
            return usageError(Cli::tr("Unknown date format \"%1\".").arg(parser.value(dateFormat)), parser);
    }
    if (parser.isSet(decimal)) {
        const QString value = parser.value(decimal).toLower();
        if (value == u"comma")
            options.decimal = DecimalStyle::Comma;
        else if (value == u"point")
            options.decimal = DecimalStyle::Point;
        else
            return usageError(
                Cli::tr("--decimal takes comma or point, not \"%1\".").arg(parser.value(decimal)), parser);
    }
    options.rejectsPath = parser.value(rejects);
    options.currency = parser.value(currency).toUpper();
    if (parser.isSet(currency) && !QRegularExpression(u"^[A-Z]{3}$"_s).match(options.currency).hasMatch())
        return usageError(
            Cli::tr("--currency takes a three-letter code such as EUR, not \"%1\".").arg(parser.value(currency)),
            parser);
    options.acceptRejects = parser.isSet(acceptRejects);
    if (parser.isSet(csatScale)) {
        const QString scale = parser.value(csatScale);
        if (scale != u"5" && scale != u"10")
            return usageError(Cli::tr("--csat-scale takes 5 or 10, not \"%1\".").arg(scale), parser);
        options.csatScale = scale.toInt();
    }

    const QString file = parser.positionalArguments().constFirst();
    NewFileGuard guard(parser.value(db));
    auto database = Database::open(parser.value(db));
    if (!database)
        return failure(database.error());
    const bool needsCurrency = Importer::needsCurrency(**database);
    allowHeapPerThread();
    Importer importer;
    const ImportReport report = importer.run(**database, file, options);
    for (const RejectedRow &row : report.rejects) {
        err() << Cli::tr("%1:%2: column \"%3\", value \"%4\": %5")
                     .arg(file, QString::number(row.line), row.column, row.value, row.reason)
              << u'\n';
    }
    if (const QString guests = Importer::guestOrderSummary(report); !guests.isEmpty())
        err() << file << u": "_s << guests << u'\n';
    if (report.rejected - report.guestRows > report.rejects.size())
        err() << Cli::tr("Rejected rows not listed here: %1.")
                     .arg(report.rejected - report.guestRows - report.rejects.size())
              << u'\n';
    err().flush();
    if (report.error) {
        if (!report.ambiguousDateColumn.isEmpty())
            return failure(report.error->message + u' '
                + Cli::tr("Say which with --date-format dd/MM/yyyy or --date-format MM/dd/yyyy."));
        if (!report.missingFields.isEmpty())
            return failure(report.error->message + u' '
                + Cli::tr("Map one with --map COLUMN=%1.").arg(fieldName(report.missingFields.constFirst())));
        if (report.misread)
            return failure(report.error->message + u' '
                + Cli::tr("(--date-format or --decimal give the format, --map the field; --accept-rejects imports "
                          "the valid rows.)"));
        return failure(*report.error);
    }
    guard.keep();

    out() << Cli::tr("Imported %1 as %2%3.")
                 .arg(file, importKindName(report.kind),
                     report.presetId.isEmpty() ? QString() : Cli::tr(" (preset %1)").arg(report.presetId))
          << u'\n' << Cli::tr("Format: %1.").arg(describeFormat(report)) << u'\n'
          << Cli::tr("Rows: %1 read, %2 accepted, %3 rejected, %4 skipped.")
                 .arg(report.rowsRead)
                 .arg(report.accepted)
                 .arg(report.rejected)
                 .arg(report.skipped)
          << u'\n';
    if (report.customersCreated > 0)
        out() << Cli::tr("New customers: %1.").arg(report.customersCreated) << u'\n';
    if (report.csatScale > 0)
        out() << Cli::tr("CSAT answers on a scale of 1 to %1.").arg(report.csatScale) << u'\n';
    if (!report.backupPath.isEmpty())
        out() << Cli::tr("The database as it was before is kept in %1 (see backups, restore).")
                     .arg(QDir::toNativeSeparators(report.backupPath))
              << u'\n';
    if (report.rejected > 0 && !options.rejectsPath.isEmpty())
        out() << Cli::tr("Rejected rows written to %1.").arg(options.rejectsPath) << u'\n';
    out().flush();
    QStringList warnings = report.warnings;
    if (needsCurrency && options.currency.isEmpty() && report.kind == ImportKind::Orders
        && !report.mapping.has(Field::Currency))
        warnings.append(Cli::tr("The file names no currency: its amounts are labelled EUR. Give --currency with the "
                                "first file, or change the label later with settings --db FILE currency=CODE."));
    for (const QString &warning : std::as_const(warnings))
        err() << Cli::tr("warning: %1").arg(warning) << u'\n';
    err().flush();
    return Success;
}

int demoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a deterministic demo business into a new database: subscribers and shop customers over "
                "four years with seasonality, loyal customers, loud churners (cancellations, complaints) and silent "
                "churners (activity and spending fading without a cancellation), tickets, NPS and CSAT answers."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption customers(
        u"customers"_s, Cli::tr("Number of customers (default 10000)."), Cli::tr("N"), u"10000"_s);
    const QCommandLineOption seed(
        u"seed"_s, Cli::tr("Random seed; the same seed gives the same data (default 1)."), Cli::tr("S"), u"1"_s);
    parser.addOption(db);
    parser.addOption(customers);
    parser.addOption(seed);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("demo needs --db FILE."), parser);
    bool ok = false;
    DemoOptions options;
    options.customers = parser.value(customers).toInt(&ok);
    if (!ok || options.customers < 1 || options.customers > 10'000'000)
        return usageError(Cli::tr("--customers takes a number from 1 to 10000000."), parser);
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed takes a whole number of 0 or more."), parser);

    NewFileGuard guard(parser.value(db));
    auto database = Database::open(parser.value(db));
    if (!database)
        return failure(database.error());
    auto summary = DemoDatabase::write(**database, options);
    if (!summary)
        return failure(summary.error());
    guard.keep();
    out() << Cli::tr("Demo business written to %1: %2 customers, %3 orders, %4 activity records, %5 tickets, %6 "
                     "survey answers.")
                 .arg(parser.value(db), QString::number(summary->customers), QString::number(summary->orders),
                     QString::number(summary->activity), QString::number(summary->tickets),
                     QString::number(summary->surveys))
          << Qt::endl;
    return Success;
}

int reviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows or changes a customer's review: state (open, contacted, resolved, snoozed until a date), "
                "owner and dated notes. Changes are saved at once and kept across re-imports."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption customer(u"customer"_s, Cli::tr("The customer's id in the source data."), Cli::tr("ID"));
    const QCommandLineOption state(u"state"_s, Cli::tr("open, contacted, resolved or snoozed."), Cli::tr("STATE"));
    const QCommandLineOption until(u"until"_s, Cli::tr("Snoozed until this day (yyyy-MM-dd)."), Cli::tr("DATE"));
    const QCommandLineOption owner(
        u"owner"_s, Cli::tr("Who looks after the customer (empty: nobody)."), Cli::tr("NAME"));
    const QCommandLineOption note(u"note"_s, Cli::tr("Add a note."), Cli::tr("TEXT"));
    const QCommandLineOption author(u"author"_s, Cli::tr("Who writes the note."), Cli::tr("NAME"));
    for (const QCommandLineOption &option : {db, customer, state, until, owner, note, author})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db) || !parser.isSet(customer))
        return usageError(Cli::tr("review needs --db FILE and --customer ID."), parser);
    std::optional<ReviewState> newState;
    if (parser.isSet(state)) {
        newState = reviewStateFromName(parser.value(state).toLower());
        if (!newState)
            return usageError(
                Cli::tr("--state takes open, contacted, resolved or snoozed, not \"%1\".").arg(parser.value(state)),
                parser);
    }
    std::optional<QDate> snoozedUntil;
    if (parser.isSet(until)) {
        snoozedUntil = isoDate(parser.value(until));
        if (!snoozedUntil)
            return usageError(
                Cli::tr("--until takes a date as yyyy-MM-dd, not \"%1\".").arg(parser.value(until)), parser);
    }
    if (newState == ReviewState::Snoozed && !snoozedUntil)
        return usageError(Cli::tr("--state snoozed needs --until DATE."), parser);
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    auto database = Database::open(path);
    if (!database)
        return failure(database.error());
    ReviewRepository reviews(**database);
    auto id = reviews.customerId(parser.value(customer));
    if (!id)
        return failure(id.error());
    if (!*id)
        return failure(Cli::tr("There is no customer \"%1\" in %2.").arg(parser.value(customer), path));
    const qint64 customerId = **id;
    if (newState) {
        if (auto changed = reviews.setState(customerId, *newState, snoozedUntil.value_or(QDate())); !changed)
            return failure(changed.error());
    }
    if (parser.isSet(owner)) {
        if (auto changed = reviews.setOwner(customerId, parser.value(owner)); !changed)
            return failure(changed.error());
    }
    if (parser.isSet(note)) {
        if (auto added = reviews.addNote(customerId, parser.value(author), parser.value(note)); !added)
            return failure(added.error());
    }
    auto review = reviews.review(customerId);
    if (!review)
        return failure(review.error());
    auto notes = reviews.notes(customerId);
    if (!notes)
        return failure(notes.error());
    out() << Cli::tr("Customer %1: %2").arg(parser.value(customer), reviewStateName(review->state));
    if (review->snoozedUntil.isValid())
        out() << Cli::tr(" until %1").arg(review->snoozedUntil.toString(Qt::ISODate));
    out() << '\n' << Cli::tr("Owner: %1").arg(review->owner.isEmpty() ? Cli::tr("nobody") : review->owner) << '\n';
    for (const ReviewNote &entry : *notes) {
        out() << entry.writtenAt.toString(Qt::ISODate) << ' ' << (entry.author.isEmpty() ? u"-"_s : entry.author)
              << ": " << entry.text << '\n';
    }
    out().flush();
    return Success;
}

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"alerts", QT_TRANSLATE_NOOP("Cli", "Customers who turned red or yellow since the last look (exit status 3)."),
            alertsCommand},
        {"backtest", QT_TRANSLATE_NOOP("Cli", "Check the traffic light against what customers did afterwards."),
            backtestCommand},
        {"tune", QT_TRANSLATE_NOOP("Cli", "Tune the traffic light's thresholds on the business's own history."),
            tuneCommand},
        {"backups", QT_TRANSLATE_NOOP("Cli", "List the copies of a database kept before each import."), backupsCommand},
        {"restore", QT_TRANSLATE_NOOP("Cli", "Put a backup in place of a database."), restoreCommand},
        {"cohorts", QT_TRANSLATE_NOOP("Cli", "The cohort retention matrix."), cohortsCommand},
        {"compact", QT_TRANSLATE_NOOP("Cli", "Lay a database file out table by table (faster cold starts)."),
            compactCommand},
        {"customer", QT_TRANSLATE_NOOP("Cli", "Export or erase everything held about one customer (GDPR)."),
            customerCommand},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Write a demo business into a new database."), demoCommand},
        {"export-report", QT_TRANSLATE_NOOP("Cli", "Write the printed report as a PDF file."), exportReportCommand},
        {"fit", QT_TRANSLATE_NOOP("Cli", "Fit the BG/NBD purchase model."), fitCommand},
        {"growing", QT_TRANSLATE_NOOP("Cli", "Customers whose spending or activity clearly rises (upsell)."),
            growingCommand},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import a CSV file into a database."), importCommand},
        {"info", QT_TRANSLATE_NOOP("Cli", "Show what a database holds."), infoCommand},
        {"reasons", QT_TRANSLATE_NOOP("Cli", "Why customers leave: lost customers per period and reason."),
            reasonsCommand},
        {"report", QT_TRANSLATE_NOOP("Cli", "Churn, retention and revenue per period."), reportCommand},
        {"review", QT_TRANSLATE_NOOP("Cli", "Show or change a customer's review state, owner and notes."),
            reviewCommand},
        {"risk", QT_TRANSLATE_NOOP("Cli", "At-risk customers with their reasons, in priority order."), riskCommand},
        {"settings", QT_TRANSLATE_NOOP("Cli", "List or change a database's settings (thresholds, churn model...)."),
            settingsCommand},
        {"survival", QT_TRANSLATE_NOOP("Cli", "Kaplan-Meier survival of customer lifetimes."), survivalCommand},
        {"winback", QT_TRANSLATE_NOOP("Cli", "Write win-back messages for the at-risk customers as a mail-merge file."),
            winbackCommand},
    };
    return list;
}

QString overview()
{
    QString text = Cli::tr("Usage: retentiondesk-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands())
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(14) + Cli::tr(command.summary) + u'\n';
    text += Cli::tr("\nRun retentiondesk-cli COMMAND --help for the options of a command.\n");
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        err() << overview() << Qt::flush;
        return UsageError;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        out() << overview() << Qt::flush;
        return Success;
    }
    if (name == u"--version") {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1StringView(command.name)) {
            QStringList rest = arguments.mid(1);
            rest[0] = arguments.at(0) + u' ' + name;
            commandLine() = rest[0];
            const int status = command.run(rest);
            // Output that could not be written is no success, whatever the command did.
            if (const auto problem = outputFailure()) {
                err() << Cli::tr("error: the output could not be written: %1").arg(*problem) << Qt::endl;
                return status == Success ? BadInput : status;
            }
            return status;
        }
    }
    err() << Cli::tr("Unknown command \"%1\".").arg(name) << "\n\n" << overview() << Qt::flush;
    return UsageError;
}

} // namespace rd::cli
