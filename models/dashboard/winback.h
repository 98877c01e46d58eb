// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>

#include "export/tableexport.h"
#include "risk/contactoutcome.h"
#include "risk/riskengine.h"
#include "storage/reviewrepository.h"

namespace rd {

// The common cases a win-back message answers, each with a template in the user's language.
enum class WinBackTemplate { Inactive, SpendingDown, Complaint, FailedPayment };
// inactive, spending_down, complaint, failed_payment: never translated.
QString winBackTemplateName(WinBackTemplate kind);
std::optional<WinBackTemplate> winBackTemplateFromName(QStringView name);
// The case a customer's main (worst) reason calls for.
WinBackTemplate winBackTemplateFor(const CustomerRisk &risk);

// A message to one customer, its placeholders filled: for the user's mail tool, which sends it.
struct WinBackMessage
{
    qint64 customerId = 0;
    WinBackTemplate kind = WinBackTemplate::Inactive;
    QString name;
    QString email;
    QString reason; // the main reason in plain words, with its numbers
    QString value; // the 12-month value, formatted
    QString lastPurchase; // the day of the last order, formatted; empty without one
    QString owner;
    QString subject;
    QString body;
};

// The user's own templates, from the settings winback.<name>.subject and winback.<name>.body; an empty one is the
// built-in text in the language of the installed translation.
struct WinBackTexts
{
    std::array<QString, 4> subjects; // by int(WinBackTemplate)
    std::array<QString, 4> bodies;

    QString subject(WinBackTemplate kind) const;
    QString body(WinBackTemplate kind) const;
    // From a business's settings (BusinessSettings::Values).
    static WinBackTexts fromSettings(const QMap<QString, QString> &values);
    static QString subjectKey(WinBackTemplate kind); // "winback.inactive.subject"
    static QString bodyKey(WinBackTemplate kind);
};

class WinBack
{
    Q_DECLARE_TR_FUNCTIONS(WinBack)

public:
    // The built-in subject and text of a template in the language of the installed translation, with the
    // placeholders {name}, {reason}, {value}, {last_purchase} and {owner}.
    static QString subject(WinBackTemplate kind);
    // The template's name in the user's language: "Inactive for a while", "Länger inaktiv".
    static QString title(WinBackTemplate kind);
    static QString body(WinBackTemplate kind);
    // Replaces each {placeholder} the values name; unknown ones stay as they are.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The first {placeholder} of the text that is none of name, reason, value, last_purchase and owner; empty when
    // all are known. Braces around anything but a word are text, not a placeholder.
    static QString unknownPlaceholder(const QString &text);

    // A message per listed customer (rows index the report's customers), in the locale's formats; the template
    // is the one each customer's main reason calls for unless `forced` names one.
    static QList<WinBackMessage> prepare(const Dataset &data, const RiskReport &report, const QList<int> &rows,
        const QHash<qint64, QString> &emails, const QHash<qint64, Review> &reviews,
        std::optional<WinBackTemplate> forced = std::nullopt, const QLocale &locale = {},
        const WinBackTexts &texts = {});
    // The mail-merge table: name, email, reason, value, last_purchase, owner, subject, message.
    static ExportTable mailMerge(const QList<WinBackMessage> &messages);
    // Whether the contacts logged in the database file worked: contactOutcome() on its contact log.
    static Result<ContactOutcome> outcome(const QString &databasePath, const Dataset &data,
        const LifetimeSettings &settings, const RiskThresholds &thresholds, int days = 90);
};

} // namespace rd
