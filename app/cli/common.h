// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

// What the subcommands share: output streams, option parsing, the database and metrics they load.

#include <initializer_list>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include "cli/commands.h"
#include "dashboard/storedbusiness.h"
#include "metrics/lifetimes.h"
#include "metrics/periods.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"

namespace rd::cli {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Standard output and error. On a terminal, control characters in what they write (from names in the data)
// are shown as visible escapes.
QTextStream &out();
QTextStream &err();
// Flushes standard output; why writing to it failed (a full disk, a closed pipe), if it did.
std::optional<QString> outputFailure();
// The subcommand as typed ("retentiondesk-cli import"), for the usage line of its help.
QString &commandLine();
// QCommandLineParser names only the program in its usage line; the subcommand belongs there too.
QString helpText(const QCommandLineParser &parser);
int usageError(const QString &message, const QCommandLineParser &parser);
int failure(const QString &message);
// Prints the error's message; its technical detail (SQLite's text, the statement) only when the environment
// sets RETENTIONDESK_DEBUG, so that no raw SQL reaches the user.
int failure(const Error &error);
// Parses the subcommand's options; returns an exit code when the command should stop here
// (help shown, or a usage error), std::nullopt to go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
QCommandLineOption dbOption();
// --horizon DAYS (default 180) of the hindsight check and tuning, and its value: a usage error outside 1..3650.
QCommandLineOption horizonOption();
std::optional<int> parseHorizon(const QCommandLineParser &parser, const QCommandLineOption &option, int &exitCode);

// A database file that a failed command created is removed again, so that a mistake leaves nothing
// behind. Declare it before the Database, so that the database is closed first.
class NewFileGuard
{
public:
    explicit NewFileGuard(const QString &path)
        : m_path(path)
        , m_existed(QFileInfo::exists(path))
    { }
    ~NewFileGuard()
    {
        if (m_existed || m_kept)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_path + suffix);
    }
    NewFileGuard(const NewFileGuard &) = delete;
    NewFileGuard &operator=(const NewFileGuard &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_existed;
    bool m_kept = false;
};

// An existing database with its customers' data and the settings stored in it, loaded as the window loads it.
struct StoredData : StoredBusiness
{
    std::unique_ptr<Database> database;
};

// Opens the database at path (which must exist) and loads it into stored; returns an exit code when that fails.
std::optional<int> openStored(const QString &path, StoredData &stored);

// What every metrics command shares: the database, the as-of day, the customers to look at.
struct MetricsInput : StoredData
{
    Lifetimes lifetimes;
    CustomerFilter filter;
};

struct MetricsOptions
{
    QCommandLineOption db = dbOption();
    QCommandLineOption asOf {QStringLiteral("as-of"),
        Cli::tr("Compute as of this day (yyyy-MM-dd; default: the last day in the data)."), Cli::tr("DATE")};
    QCommandLineOption segment {QStringLiteral("segment"), Cli::tr("Only customers of this segment."), Cli::tr("S")};
    QCommandLineOption plan {QStringLiteral("plan"), Cli::tr("Only customers on this plan."), Cli::tr("P")};
    QCommandLineOption country {QStringLiteral("country"), Cli::tr("Only customers from this country."), Cli::tr("C")};
    QCommandLineOption format {
        QStringLiteral("format"), Cli::tr("Output format: csv or json."), Cli::tr("FORMAT"), QStringLiteral("csv")};

    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption &option : {db, asOf, segment, plan, country, format})
            parser.addOption(option);
    }
};

std::optional<QDate> isoDate(const QString &text);
// --period's value (week, month, quarter, year) into kind; an exit code (usage error) when it is none.
std::optional<int> parsePeriodKind(
    const QCommandLineParser &parser, const QCommandLineOption &option, PeriodKind &kind);
// Each of the date options that is set, read as yyyy-MM-dd into its date; an exit code when one is no date.
std::optional<int> parseDates(
    const QCommandLineParser &parser, std::initializer_list<std::pair<const QCommandLineOption *, QDate *>> dates);
// Loads the database's data and lifetimes as of --as-of; returns an exit code when the command must stop
// (usage error or bad input).
std::optional<int> loadMetrics(
    const QCommandLineParser &parser, const MetricsOptions &options, const QString &command, MetricsInput &input);
// Every customer's light as the risk command shows it (P(alive) where the purchase model fits; a warning on
// standard error where it does not), with the input's filter.
RiskReport scoreRisk(const MetricsInput &input);
// A customer's reasons as the JSON outputs give them: code, level, numbers and the text in English.
QJsonArray reasonsJson(const QList<Reason> &reasons, const QString &currency);
// --status red,yellow... into levels (empty when the option has no value: every level); an exit code (usage error)
// for a name that is no level.
std::optional<int> parseLevels(
    const QCommandLineParser &parser, const QCommandLineOption &option, QList<RiskLevel> &levels);
// --lang de|en into the locale, the system's language when not set; an exit code (usage error) otherwise. Installs
// that language's translation, so that what the command writes (a report, messages) is in it.
std::optional<int> parseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option, QLocale &locale);
// Machine-readable numbers: a point as decimal mark, fixed decimals, empty (CSV) or null (JSON) when undefined.
QString csvNumber(const std::optional<double> &value);
QJsonValue jsonNumber(const std::optional<double> &value);
QString money(qint64 minor);
double moneyNumber(qint64 minor); // the same amount as a JSON number
QJsonObject reviewJson(const Review &review, const QDate &today);

} // namespace rd::cli
