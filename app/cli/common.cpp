// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/common.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#include <unistd.h>

#include <QFileInfo>

#include "dashboard/storedbusiness.h"
#include "views/language.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

// Standard output or error as a device that notices when writing fails (a full disk, a closed pipe) and
// that, on a terminal, shows control characters from the data (a customer named "\e[2J...") as visible
// escapes instead of letting them drive the terminal.
class OutputDevice : public QIODevice
{
public:
    explicit OutputDevice(int descriptor)
        : m_descriptor(descriptor)
        , m_terminal(::isatty(descriptor) == 1)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    int error() const { return m_error; }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_error != 0)
            return -1;
        const QByteArray safe = m_terminal ? terminalSafe(QByteArrayView(data, size)) : QByteArray();
        const char *from = m_terminal ? safe.constData() : data;
        qint64 left = m_terminal ? safe.size() : size;
        while (left > 0) {
            const ssize_t written = ::write(m_descriptor, from, std::size_t(left));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0) {
                m_error = written < 0 ? errno : EIO;
                return -1;
            }
            from += written;
            left -= written;
        }
        return size;
    }

private:
    // C0 controls other than tab and line feed, DEL and the C1 controls (UTF-8 C2 80 to C2 9F) as \xNN.
    static QByteArray terminalSafe(QByteArrayView bytes)
    {
        QByteArray safe;
        safe.reserve(bytes.size());
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto byte = static_cast<uchar>(bytes[i]);
            const bool c1 = byte == 0xC2 && i + 1 < bytes.size() && static_cast<uchar>(bytes[i + 1]) >= 0x80
                && static_cast<uchar>(bytes[i + 1]) <= 0x9F;
            if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
                safe += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
            } else if (c1) {
                safe += "\\u00" + QByteArray::number(static_cast<uchar>(bytes[++i]), 16);
            } else {
                safe += char(byte);
            }
        }
        return safe;
    }

    int m_descriptor;
    bool m_terminal;
    int m_error = 0;
};

OutputDevice &outDevice()
{
    static OutputDevice device(STDOUT_FILENO);
    return device;
}

OutputDevice &errDevice()
{
    static OutputDevice device(STDERR_FILENO);
    return device;
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(&outDevice());
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(&errDevice());
    return stream;
}

std::optional<QString> outputFailure()
{
    out().flush();
    if (const int error = outDevice().error(); error != 0)
        return QString::fromLocal8Bit(std::strerror(error));
    return std::nullopt;
}

// The subcommand as typed ("retentiondesk-cli import"), for the usage line of its help.
QString &commandLine()
{
    static QString line;
    return line;
}

// QCommandLineParser names only the program in its usage line; the subcommand belongs there too.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (!commandLine().isEmpty() && !arguments.isEmpty()) {
        const QString program = arguments.constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), commandLine());
    }
    return text;
}

int usageError(const QString &message, const QCommandLineParser &parser)
{
    err() << message << u'\n' << Qt::endl << helpText(parser) << Qt::flush;
    return UsageError;
}

int failure(const QString &message)
{
    err() << Cli::tr("error: %1").arg(message) << Qt::endl;
    return BadInput;
}

int failure(const Error &error)
{
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("RETENTIONDESK_DEBUG"))
        err() << Cli::tr("error: %1").arg(error.message) << u'\n' << error.detail << Qt::endl;
    else
        err() << Cli::tr("error: %1").arg(error.message) << Qt::endl;
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
        out() << helpText(parser) << Qt::flush;
        return Success;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, Cli::tr("The database FILE."), Cli::tr("FILE"));
}

std::optional<QDate> isoDate(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// Returns an exit code when the command must stop (usage error or bad input).
QCommandLineOption horizonOption()
{
    return QCommandLineOption(
        u"horizon"_s, Cli::tr("Look this many DAYS ahead (default 180)."), Cli::tr("DAYS"), u"180"_s);
}

std::optional<int> parseHorizon(const QCommandLineParser &parser, const QCommandLineOption &option, int &exitCode)
{
    bool numeric = false;
    const int days = parser.value(option).toInt(&numeric);
    if (numeric && days >= 1 && days <= 3650)
        return days;
    exitCode = usageError(
        Cli::tr("--horizon takes a number of days from 1 to 3650, not \"%1\".").arg(parser.value(option)), parser);
    return std::nullopt;
}

std::optional<int> openStored(const QString &path, StoredData &stored)
{
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    auto database = Database::open(path);
    if (!database)
        return failure(database.error());
    stored.database = std::move(database.value());
    auto business = StoredBusiness::load(*stored.database);
    if (!business)
        return failure(business.error());
    static_cast<StoredBusiness &>(stored) = std::move(business.value());
    return std::nullopt;
}

std::optional<int> loadMetrics(
    const QCommandLineParser &parser, const MetricsOptions &options, const QString &command, MetricsInput &input)
{
    if (!parser.isSet(options.db))
        return usageError(Cli::tr("%1 needs --db FILE.").arg(command), parser);
    const QString format = parser.value(options.format);
    if (format != u"csv" && format != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use csv or json.").arg(format), parser);
    std::optional<QDate> asOf;
    if (parser.isSet(options.asOf)) {
        asOf = isoDate(parser.value(options.asOf));
        if (!asOf)
            return usageError(
                Cli::tr("--as-of takes a date as yyyy-MM-dd, not \"%1\".").arg(parser.value(options.asOf)), parser);
    }
    if (auto stop = openStored(parser.value(options.db), input))
        return stop;
    const Day day = asOf ? dayOf(*asOf) : input.data.lastDay;
    input.lifetimes = computeLifetimes(input.data, input.settings, day);
    input.filter.segment = parser.value(options.segment);
    input.filter.plan = parser.value(options.plan);
    input.filter.country = parser.value(options.country);
    return std::nullopt;
}

std::optional<int> parsePeriodKind(const QCommandLineParser &parser, const QCommandLineOption &option, PeriodKind &kind)
{
    const auto parsed = periodKindFromName(parser.value(option));
    if (!parsed)
        return usageError(
            Cli::tr("--period takes week, month, quarter or year, not \"%1\".").arg(parser.value(option)), parser);
    kind = *parsed;
    return std::nullopt;
}

std::optional<int> parseDates(
    const QCommandLineParser &parser, std::initializer_list<std::pair<const QCommandLineOption *, QDate *>> dates)
{
    for (const auto &[option, target] : dates) {
        if (!parser.isSet(*option))
            continue;
        const auto date = isoDate(parser.value(*option));
        if (!date)
            return usageError(Cli::tr("--%1 takes a date as yyyy-MM-dd, not \"%2\".")
                                  .arg(option->names().constFirst(), parser.value(*option)),
                parser);
        *target = *date;
    }
    return std::nullopt;
}

std::optional<int> parseLevels(
    const QCommandLineParser &parser, const QCommandLineOption &option, QList<RiskLevel> &levels)
{
    for (const QString &name : parser.value(option).split(u',', Qt::SkipEmptyParts)) {
        const auto level = riskLevelFromName(name.trimmed().toLower());
        if (!level)
            return usageError(Cli::tr("--status takes red, yellow or green, not \"%1\".").arg(name), parser);
        levels.append(*level);
    }
    return std::nullopt;
}

std::optional<int> parseLanguage(const QCommandLineParser &parser, const QCommandLineOption &option, QLocale &locale)
{
    locale = Language::localeFor(Language::System);
    if (parser.isSet(option)) {
        const QString name = parser.value(option);
        if (name != u"de" && name != u"en")
            return usageError(Cli::tr("--lang takes de or en, not \"%1\".").arg(name), parser);
        locale = QLocale(name);
    }
    Language::apply(locale);
    return std::nullopt;
}

RiskReport scoreRisk(const MetricsInput &input)
{
    auto alive = estimateAlive(input.data, input.lifetimes);
    if (!alive)
        err() << Cli::tr("warning: no probability alive: %1").arg(alive.error().message) << Qt::endl;
    const std::vector<AliveEstimate> estimates = alive ? std::move(alive.value()) : std::vector<AliveEstimate>();
    return assessRisk(input.data, input.lifetimes, input.thresholds, estimates, input.filter);
}

QJsonArray reasonsJson(const QList<Reason> &reasons, const QString &currency)
{
    QJsonArray array;
    for (const Reason &reason : reasons) {
        QJsonArray numbers;
        for (double number : reason.numbers)
            numbers.append(number);
        array.append(QJsonObject {{u"code"_s, reasonCodeName(reason.code)}, {u"level"_s, riskLevelName(reason.level)},
            {u"numbers"_s, numbers}, {u"text"_s, RiskText::reason(reason, currency, QLocale::c())}});
    }
    return array;
}

// Machine-readable numbers: a point as decimal mark, fixed decimals, empty (CSV) or null (JSON) when undefined.
QString csvNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue();
}

QString money(qint64 minor)
{
    return QString::number(double(minor) / 100.0, 'f', 2);
}

// The same amount as a JSON number.
double moneyNumber(qint64 minor)
{
    return double(minor) / 100.0;
}

QJsonObject reviewJson(const Review &review, const QDate &today)
{
    return QJsonObject {{u"state"_s, reviewStateName(effectiveState(review, today))},
        {u"owner"_s, review.owner.isEmpty() ? QJsonValue() : QJsonValue(review.owner)},
        {u"snoozed_until"_s,
            review.snoozedUntil.isValid() ? QJsonValue(review.snoozedUntil.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace rd::cli
