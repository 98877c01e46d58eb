// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "metrics/benchmarks.h"

namespace rd {

class Database;

// The groups the settings dialog and `retentiondesk-cli settings` show them in.
enum class SettingGroup {
    General,
    Churn,
    Inactivity,
    Activity,
    Spending,
    Support,
    Surveys,
    Contract,
    Rhythm,
    List,
    Reasons, // the user's own keywords per churn reason
    Messages, // the user's own win-back templates
    Benchmarks
};

enum class SettingKind {
    Integer,
    Number,
    Percent, // stored as a fraction (0.15), shown and entered as a percentage (15)
    Choice, // one of SettingInfo::choices
    Currency, // an ISO 4217 code: three letters
    Keywords, // words or phrases, comma-separated ("teuer, Preiserhöhung"); empty: none of one's own
    Line, // a line of text with {placeholders} (a message's subject); empty: the built-in text
    Text, // several lines with {placeholders} (a message); empty: the built-in text. Shown and typed on one line
          // with \n for a line break and \\ for a backslash
};

// One setting of a business: where it is stored, what it means, what it may be.
struct SettingInfo
{
    QString key; // the key in the database's settings table
    SettingGroup group;
    SettingKind kind;
    QString defaultValue; // as stored
    double minimum = 0; // Integer, Number and Percent, in the units shown (percent for Percent)
    double maximum = 0;
    QStringList choices; // Choice
    const char *unit = ""; // QT_TRANSLATE_NOOP("BusinessSettings", ...), shown after the value
    const char *label = "";
    const char *help = ""; // one line: what the value changes

    QString unitText() const;
    QString labelText() const;
    QString helpText() const;
    bool isNumber() const
    {
        return kind == SettingKind::Integer || kind == SettingKind::Number || kind == SettingKind::Percent;
    }
};

// Every setting a user may change, per database: the currency, the churn model and its window, the traffic
// light's thresholds (risk.*), the key-account share, the benchmark bands and the retention target. The
// window's settings dialog and the command line's `settings` read, check and write them here, so that both
// refuse the same values with the same messages.
class BusinessSettings
{
    Q_DECLARE_TR_FUNCTIONS(BusinessSettings)

public:
    using Values = QMap<QString, QString>; // key -> value as stored

    static const QList<SettingInfo> &catalog();
    static const SettingInfo *find(QStringView key);
    static QString groupName(SettingGroup group);
    static Values defaults();
    // What an empty text setting stands for, in the user's language: the built-in keywords of a reason
    // (comma-separated), or the built-in subject or message of a win-back template. Empty for other settings.
    static QString builtInText(const SettingInfo &info);

    // A stored value in the units shown (15 for a share of 0.15), with a point as decimal mark: for the
    // command line and files. The window formats numbers with QLocale.
    static QString shown(const SettingInfo &info, const QString &stored);
    static double shownNumber(const SettingInfo &info, const QString &stored);
    // What the user typed (in the units shown, a point or a comma as decimal mark, an optional % after a
    // percentage) as it is stored, or a message that names the setting and what it may be.
    static Result<QString> parse(const SettingInfo &info, const QString &text);
    // A number in the units shown as it is stored (the dialog's spin boxes).
    static QString storedNumber(const SettingInfo &info, double shown);

    // Whether the values (every key of the catalog) can be used together: each in its range, and the
    // engine's own checks of the churn settings and of the traffic light's thresholds (a yellow limit
    // beyond the red one...). The message names what does not fit.
    static Result<void> check(const Values &values);

    // The settings of the database, defaults where none is stored.
    static Result<Values> read(const Database &database);
    // Changes the given settings (stored values; an empty value restores the default) after checking the
    // whole as it would be: all are written in one transaction, or none.
    static Result<void> change(Database &database, const Values &changes);
    // Restores the defaults of the given keys (all when empty).
    static Result<void> reset(Database &database, const QStringList &keys = {});

    // The benchmark bands with the bounds of the settings (band.<id>.low/high, retention_target).
    static QList<ContextBand> bands(const Values &values);
};

} // namespace rd
