// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/commands.h"

#include <functional>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message, const QCommandLineParser &parser)
{
    err() << message << u'\n' << Qt::endl << parser.helpText() << Qt::flush;
    return UsageError;
}

int failure(const QString &message)
{
    err() << Cli::tr("error: %1").arg(message) << Qt::endl;
    return BadInput;
}

// Parses the subcommand's options; returns an exit code when the command should stop here
// (help shown, or a usage error), std::nullopt to go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::flush;
        return Success;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, Cli::tr("The database FILE."), Cli::tr("FILE"));
}

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Shows what a database holds: records per table, date range and "
                                             "schema version."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: text or json."), Cli::tr("FORMAT"),
                                    u"text"_s);
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
        return failure(database.error().text());
    auto counts = (*database)->counts();
    if (!counts)
        return failure(counts.error().text());
    auto range = (*database)->dateRange();
    if (!range)
        return failure(range.error().text());
    const QString first = range->first.toString(Qt::ISODate);
    const QString last = range->last.toString(Qt::ISODate);
    const int version = (*database)->schemaVersion();

    if (formatName == u"json") {
        const QJsonObject object{
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
    out() << Cli::tr("Database:       %1").arg(parser.value(db)) << u'\n'
          << Cli::tr("Schema version: %1").arg(version) << u'\n'
          << Cli::tr("Customers:      %1").arg(counts->customers) << u'\n'
          << Cli::tr("Orders:         %1").arg(counts->orders) << u'\n'
          << Cli::tr("Activity:       %1").arg(counts->activity) << u'\n'
          << Cli::tr("Tickets:        %1").arg(counts->tickets) << u'\n'
          << Cli::tr("Surveys:        %1").arg(counts->surveys) << u'\n'
          << Cli::tr("Imports:        %1").arg(counts->imports) << u'\n'
          << Cli::tr("Date range:     %1").arg(first.isEmpty() ? Cli::tr("none") : first + u" – " + last)
          << Qt::endl;
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
        {"info", QT_TRANSLATE_NOOP("Cli", "Show what a database holds."), infoCommand},
    };
    return list;
}

QString overview()
{
    QString text = Cli::tr("Usage: retentiondesk-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands())
        text += u"  "_s + QString::fromLatin1(command.name).leftJustified(10) + Cli::tr(command.summary) + u'\n';
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
            return command.run(rest);
        }
    }
    err() << Cli::tr("Unknown command \"%1\".").arg(name) << u"\n\n" << overview() << Qt::flush;
    return UsageError;
}

} // namespace rd::cli
