// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// A customer's rights over their data: a copy of everything held about them, and erasure.
#include "cli/customercommands.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include "cli/common.h"
#include "export/personaldata.h"
#include "storage/privacyrepository.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

bool inputIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

QString customerLabel(const QString &externalId, const QString &name)
{
    return name.isEmpty() ? externalId : Cli::tr("%1 (%2)", "customer id and name").arg(externalId, name);
}

// The database and the customer's external id, the arguments both subcommands take; an exit code when they
// are missing or the file does not exist.
std::optional<int> openFor(const QCommandLineParser &parser, const QCommandLineOption &db, const QString &command,
    std::unique_ptr<Database> &database)
{
    if (!parser.isSet(db) || parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("customer %1 needs --db FILE and one customer ID.").arg(command), parser);
    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    auto opened = Database::open(path);
    if (!opened)
        return failure(opened.error());
    database = std::move(opened.value());
    return std::nullopt;
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes everything the database holds about one customer as JSON: the customer record, orders, "
                "activity, tickets, survey answers, reviews and notes, and the imports they came from (the right "
                "of access, GDPR Art. 15)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption outFile(u"out"_s,
        Cli::tr("Write to this FILE (readable by its owner only) instead of standard output."), Cli::tr("FILE"));
    parser.addOption(db);
    parser.addOption(outFile);
    parser.addPositionalArgument(u"ID"_s, Cli::tr("The customer's id in the source data."));
    if (auto stop = parse(parser, arguments))
        return *stop;
    std::unique_ptr<Database> database;
    if (auto stop = openFor(parser, db, u"export"_s, database))
        return *stop;
    const QString externalId = parser.positionalArguments().constFirst();
    auto data = PrivacyRepository(*database).exportCustomer(externalId);
    if (!data)
        return failure(data.error());
    if (!parser.isSet(outFile)) {
        out() << QString::fromUtf8(PersonalData::toJson(*data)) << Qt::flush;
        return Success;
    }
    const QString path = parser.value(outFile);
    if (auto written = PersonalData::writeFile(*data, path); !written)
        return failure(written.error());
    out() << Cli::tr("Wrote the data held about customer %1 to %2.").arg(externalId, path) << Qt::endl;
    return Success;
}

// The rows an erasure removed, a line per kind, as info lists a database's.
QString erasedRows(const ErasureReport &report)
{
    const std::pair<QString, QString> lines[] = {
        {u"orders"_s, Cli::tr("  Orders:           %1")},
        {u"activity"_s, Cli::tr("  Activity records: %1")},
        {u"tickets"_s, Cli::tr("  Tickets:          %1")},
        {u"surveys"_s, Cli::tr("  Survey answers:   %1")},
        {u"reviews"_s, Cli::tr("  Reviews:          %1")},
        {u"review_notes"_s, Cli::tr("  Review notes:     %1")},
    };
    QString text;
    for (const auto &[table, line] : lines)
        text += line.arg(report.rowsOf(table)) + u'\n';
    return text;
}

int eraseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Erases one customer and everything the database holds about them, in one step that cannot be "
                "undone, and rewrites the file so that the deleted data does not linger in it (the right to "
                "erasure, GDPR Art. 17). Asks for confirmation in a terminal; elsewhere it needs --yes."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption yes(u"yes"_s, Cli::tr("Erase without asking."));
    parser.addOption(db);
    parser.addOption(yes);
    parser.addPositionalArgument(u"ID"_s, Cli::tr("The customer's id in the source data."));
    if (auto stop = parse(parser, arguments))
        return *stop;
    std::unique_ptr<Database> database;
    if (auto stop = openFor(parser, db, u"erase"_s, database))
        return *stop;
    const QString externalId = parser.positionalArguments().constFirst();
    PrivacyRepository privacy(*database);
    auto customer = privacy.customer(externalId);
    if (!customer)
        return failure(customer.error());
    const QString label = customerLabel(externalId, customer->name);

    if (!parser.isSet(yes)) {
        if (!inputIsTerminal())
            return failure(Cli::tr("Erasing customer %1 cannot be undone: confirm it with --yes.").arg(label));
        err() << Cli::tr("Erase customer %1 and everything the database holds about them? This cannot be undone.")
                     .arg(label)
              << u'\n' << Cli::tr("Type \"yes\" to erase: ") << Qt::flush;
        QTextStream input(stdin);
        const QString answer = input.readLine().trimmed().toLower();
        if (answer != u"yes" && answer != Cli::tr("yes", "the answer that confirms an erasure").toLower())
            return failure(Cli::tr("Nothing was erased."));
    }

    auto report = privacy.eraseCustomer(externalId);
    if (!report)
        return failure(report.error());
    out() << Cli::tr("Erased customer %1 and everything the database held about them:").arg(label) << u'\n'
          << erasedRows(*report) << Qt::flush;
    if (report->cleanupError) {
        return failure(Cli::tr("The customer is gone from the data, but copies of the deleted records may remain in "
                               "the file until it is compacted (retentiondesk-cli compact --db %1, when no other "
                               "program uses it). %2")
                           .arg(parser.value(db), report->cleanupError->text()));
    }
    return Success;
}

} // namespace

int customerCommand(const QStringList &arguments)
{
    const QString usage = Cli::tr("Usage: retentiondesk-cli customer export|erase --db FILE ID\n\n"
                                  "  export  Write everything held about a customer as JSON (GDPR Art. 15).\n"
                                  "  erase   Erase a customer and everything held about them (GDPR Art. 17).\n\n"
                                  "Run retentiondesk-cli customer export --help or retentiondesk-cli customer erase "
                                  "--help for the options.\n");
    const QString action = arguments.value(1);
    if (action == u"--help" || action == u"-h" || action == u"help") {
        out() << usage << Qt::flush;
        return Success;
    }
    const std::pair<QString, int (*)(const QStringList &)> actions[] = {
        {u"export"_s, exportCommand},
        {u"erase"_s, eraseCommand},
    };
    for (const auto &[name, command] : actions) {
        if (action == name) {
            QStringList rest = arguments.mid(1);
            rest[0] = arguments.at(0) + u' ' + name;
            commandLine() = rest[0];
            return command(rest);
        }
    }
    if (!action.isEmpty())
        err() << Cli::tr("Unknown customer command \"%1\".").arg(action) << "\n\n";
    err() << usage << Qt::flush;
    return UsageError;
}

} // namespace rd::cli
