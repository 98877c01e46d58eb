// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "cli/settingscommands.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/common.h"
#include "dashboard/businesssettings.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace rd::cli {

namespace {

QString unitSuffix(const SettingInfo &info)
{
    return info.unitText().isEmpty() ? QString() : u' ' + info.unitText();
}

QString shownWithUnit(const SettingInfo &info, const QString &stored)
{
    if (!info.isNumber() && stored.isEmpty())
        return info.kind == SettingKind::Keywords ? Cli::tr("(none)") : Cli::tr("(built-in)");
    // A message in a column of its own would push every other row aside: its start, the whole in --format json.
    constexpr qsizetype Width = 40;
    const QString shown = BusinessSettings::shown(info, stored);
    if (!info.isNumber() && shown.size() > Width)
        return shown.left(Width - 1) + u'…';
    return shown + unitSuffix(info);
}

void listText(const BusinessSettings::Values &values)
{
    // Columns: key, value, what it is (with the default where the value is another).
    int keyWidth = 0;
    int valueWidth = 0;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        keyWidth = std::max(keyWidth, int(info.key.size()));
        valueWidth = std::max(valueWidth, int(shownWithUnit(info, values.value(info.key)).size()));
    }
    std::optional<SettingGroup> group;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        if (group != info.group) {
            out() << (group ? u"\n"_s : QString()) << BusinessSettings::groupName(info.group) << u'\n';
            group = info.group;
        }
        const QString stored = values.value(info.key);
        const QString changed = stored == info.defaultValue
            ? QString()
            : Cli::tr(" (default %1)").arg(shownWithUnit(info, info.defaultValue));
        out() << u"  "_s << info.key.leftJustified(keyWidth) << u"  "_s
              << shownWithUnit(info, stored).leftJustified(valueWidth) << u"  "_s << info.labelText() << changed
              << u'\n';
    }
    out().flush();
}

void listJson(const BusinessSettings::Values &values)
{
    QJsonArray list;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        const QString stored = values.value(info.key);
        const bool text = !info.isNumber();
        const auto json = [&](const QString &value) {
            return text ? QJsonValue(value) : QJsonValue(BusinessSettings::shownNumber(info, value));
        };
        QJsonObject entry {{u"key"_s, info.key}, {u"value"_s, json(stored)}, {u"default"_s, json(info.defaultValue)},
            {u"unit"_s, info.unitText()}, {u"group"_s, BusinessSettings::groupName(info.group)},
            {u"label"_s, info.labelText()}, {u"help"_s, info.helpText()}};
        if (!info.choices.isEmpty())
            entry.insert(u"choices"_s, QJsonArray::fromStringList(info.choices));
        if (!text) {
            entry.insert(u"minimum"_s, info.minimum);
            entry.insert(u"maximum"_s, info.maximum);
        }
        list.append(entry);
    }
    out() << QJsonDocument(QJsonObject {{u"settings"_s, list}}).toJson(QJsonDocument::Indented) << Qt::flush;
}

} // namespace

int settingsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the settings of a database with their values, defaults and units, or changes them: KEY=VALUE "
                "in the units listed (a share as a percentage). Values that do not fit together are refused, and "
                "nothing is changed then. The next report, risk list or window uses the new values."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption reset(
        u"reset"_s, Cli::tr("Restore the defaults of the settings named (KEY...), or of all with --all."));
    const QCommandLineOption all(u"all"_s, Cli::tr("With --reset: restore every default."));
    const QCommandLineOption format(u"format"_s, Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), u"text"_s);
    for (const QCommandLineOption &option : {db, reset, all, format})
        parser.addOption(option);
    parser.addPositionalArgument(u"KEY=VALUE"_s,
        Cli::tr("A setting to change (with --reset: a KEY to reset); repeatable."), u"[KEY=VALUE...]"_s);
    if (auto stop = parse(parser, arguments))
        return *stop;
    if (!parser.isSet(db))
        return usageError(Cli::tr("%1 needs --db FILE.").arg(u"settings"_s), parser);
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json")
        return usageError(Cli::tr("Unknown format \"%1\": use text or json.").arg(formatName), parser);
    const QStringList positional = parser.positionalArguments();
    const bool resetting = parser.isSet(reset);
    if (parser.isSet(all) && !resetting)
        return usageError(Cli::tr("--all goes with --reset."), parser);
    if (resetting && parser.isSet(all) == !positional.isEmpty())
        return usageError(Cli::tr("--reset needs the KEYs to reset, or --all."), parser);

    BusinessSettings::Values changes;
    QStringList resetKeys;
    for (const QString &argument : positional) {
        const qsizetype equals = argument.indexOf(u'=');
        const QString key = resetting ? argument.trimmed() : argument.left(equals).trimmed();
        if (resetting && equals >= 0)
            return usageError(Cli::tr("settings either changes values or resets them, not both at once."), parser);
        if (!resetting && equals <= 0)
            return usageError(Cli::tr("A change takes KEY=VALUE, not \"%1\".").arg(argument), parser);
        const SettingInfo *info = BusinessSettings::find(key);
        if (!info)
            return failure(Cli::tr("There is no setting \"%1\": settings --db FILE lists them.").arg(key));
        if (resetting) {
            resetKeys.append(key);
            continue;
        }
        auto parsed = BusinessSettings::parse(*info, argument.mid(equals + 1));
        if (!parsed)
            return failure(parsed.error());
        changes.insert(key, *parsed);
    }

    const QString path = parser.value(db);
    if (!QFileInfo::exists(path))
        return failure(Cli::tr("%1 does not exist.").arg(path));
    auto database = Database::open(path);
    if (!database)
        return failure(database.error());
    if (!changes.isEmpty()) {
        if (auto changed = BusinessSettings::change(**database, changes); !changed)
            return failure(changed.error());
    } else if (resetting) {
        if (auto restored = BusinessSettings::reset(**database, resetKeys); !restored)
            return failure(restored.error());
    }
    auto values = BusinessSettings::read(**database);
    if (!values)
        return failure(values.error());
    if (formatName == u"json")
        listJson(*values);
    else
        listText(*values);
    return Success;
}

} // namespace rd::cli
