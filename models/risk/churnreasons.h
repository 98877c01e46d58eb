// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// Why a customer left, in the small set of categories the literature on churn asks about.
enum class ChurnReason { Price, Quality, Competitor, Usability, Service, NotNeeded, Closed, Other, Unknown };
inline constexpr ChurnReason ChurnReasons[]
    = {ChurnReason::Price, ChurnReason::Quality, ChurnReason::Competitor, ChurnReason::Usability, ChurnReason::Service,
        ChurnReason::NotNeeded, ChurnReason::Closed, ChurnReason::Other, ChurnReason::Unknown};

// price, quality, competitor, usability, service, not_needed, closed, other, unknown: never translated.
QString churnReasonCode(ChurnReason reason);
std::optional<ChurnReason> churnReasonFromCode(QStringView code);

// Turns what a customer said (a cancellation reason, an exit survey's answer; free text or a code such as
// Stripe's too_expensive) into a category, by keywords in German and English. The user's own keywords (the
// database setting "reasons.<code>", comma-separated) come on top of the built-in ones. Words are compared
// lower-case, with umlauts folded (Qualität = qualitaet) and from their start, so "preis" finds
// "Preiserhöhung"; where keywords of several categories occur, the longest one decides (a "customer service"
// is service, "switched service" a competitor). Empty text is Unknown, text without a known keyword Other.
class ReasonClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ReasonClassifier)

public:
    explicit ReasonClassifier(const QHash<ChurnReason, QStringList> &extraKeywords = {});

    ChurnReason classify(const QString &text) const;

    static QStringList builtInKeywords(ChurnReason reason);
    static QString settingKey(ChurnReason reason); // "reasons.price"
    // The category's name in the user's language: "Price", "Preis".
    static QString name(ChurnReason reason);

private:
    struct Keyword
    {
        QStringList words; // folded
        qsizetype length = 0; // characters, spaces included: the longer match wins
        ChurnReason reason;
    };
    QList<Keyword> m_keywords;
};

// Lower case, umlauts and ß folded to ae, oe, ue, ss, other accents dropped, and every run of characters that
// are no letter or digit one space: the form keywords and reasons are compared in.
QString foldReasonText(const QString &text);

} // namespace rd
