// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "risk/churnreasons.h"

using namespace Qt::StringLiterals;

namespace rd {

QString churnReasonCode(ChurnReason reason)
{
    switch (reason) {
    case ChurnReason::Price:
        return u"price"_s;
    case ChurnReason::Quality:
        return u"quality"_s;
    case ChurnReason::Competitor:
        return u"competitor"_s;
    case ChurnReason::Usability:
        return u"usability"_s;
    case ChurnReason::Service:
        return u"service"_s;
    case ChurnReason::NotNeeded:
        return u"not_needed"_s;
    case ChurnReason::Closed:
        return u"closed"_s;
    case ChurnReason::Other:
        return u"other"_s;
    case ChurnReason::Unknown:
        return u"unknown"_s;
    }
    return {};
}

std::optional<ChurnReason> churnReasonFromCode(QStringView code)
{
    for (ChurnReason reason : ChurnReasons) {
        if (code == churnReasonCode(reason))
            return reason;
    }
    return std::nullopt;
}

QString foldReasonText(const QString &text)
{
    QString folded;
    folded.reserve(text.size() + 8);
    bool space = true; // no leading space
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
            folded += u"ae"_s;
            space = false;
            continue;
        case u'ö':
            folded += u"oe"_s;
            space = false;
            continue;
        case u'ü':
            folded += u"ue"_s;
            space = false;
            continue;
        case u'ß':
            folded += u"ss"_s;
            space = false;
            continue;
        default:
            break;
        }
        if (c.isLetterOrNumber()) {
            // é, è, à...: the letter without its accent.
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            folded += base.isEmpty() ? c : base.at(0);
            space = false;
        } else if (!space) {
            folded += u' ';
            space = true;
        }
    }
    if (folded.endsWith(u' '))
        folded.chop(1);
    return folded;
}

QStringList ReasonClassifier::builtInKeywords(ChurnReason reason)
{
    switch (reason) {
    case ChurnReason::Price:
        return {u"too expensive"_s, u"expensive"_s, u"price"_s, u"pricing"_s, u"cost"_s, u"budget"_s, u"cheaper"_s,
            u"afford"_s, u"too much money"_s, u"teuer"_s, u"teurer"_s, u"preis"_s, u"kosten"_s, u"guenstiger"_s,
            u"billiger"_s, u"zu viel geld"_s, u"sparen"_s, u"sparmassnahme"_s, u"beitragserhoehung"_s};
    case ChurnReason::Quality:
        return {u"low quality"_s, u"quality"_s, u"bug"_s, u"broken"_s, u"defect"_s, u"missing features"_s,
            u"missing feature"_s, u"does not work"_s, u"doesn t work"_s, u"not working"_s, u"unreliable"_s,
            u"too slow"_s, u"qualitaet"_s, u"fehler"_s, u"defekt"_s, u"kaputt"_s, u"funktioniert nicht"_s, u"mangel"_s,
            u"maengel"_s, u"fehlende funktion"_s, u"funktionen fehlen"_s, u"zu langsam"_s, u"unzuverlaessig"_s,
            u"reklamation"_s};
    case ChurnReason::Competitor:
        return {u"competitor"_s, u"competition"_s, u"switched"_s, u"switching"_s, u"moved to"_s, u"went with"_s,
            u"another provider"_s, u"other provider"_s, u"another vendor"_s, u"alternative"_s, u"konkurrenz"_s,
            u"wettbewerber"_s, u"mitbewerber"_s, u"anbieterwechsel"_s, u"gewechselt"_s, u"anderen anbieter"_s,
            u"anderer anbieter"_s, u"neuen anbieter"_s};
    case ChurnReason::Usability:
        return {u"too complex"_s, u"complex"_s, u"complicated"_s, u"confusing"_s, u"hard to use"_s,
            u"difficult to use"_s, u"usability"_s, u"kompliziert"_s, u"umstaendlich"_s, u"unuebersichtlich"_s,
            u"schwer zu bedienen"_s, u"bedienung"_s, u"verwirrend"_s, u"zu aufwendig"_s};
    case ChurnReason::Service:
        return {u"customer service"_s, u"service"_s, u"support"_s, u"no response"_s, u"rude"_s, u"unfriendly"_s,
            u"kundenservice"_s, u"kundendienst"_s, u"betreuung"_s, u"unfreundlich"_s, u"nicht erreichbar"_s,
            u"keine antwort"_s};
    case ChurnReason::NotNeeded:
        return {u"unused"_s, u"no longer needed"_s, u"not needed"_s, u"don t need"_s, u"no need"_s, u"not using"_s,
            u"kein bedarf"_s, u"keinen bedarf"_s, u"bedarf"_s, u"nicht mehr benoetigt"_s, u"brauchen nicht"_s,
            u"brauche nicht"_s, u"nicht genutzt"_s, u"ungenutzt"_s};
    case ChurnReason::Closed:
        return {u"closed"_s, u"closing"_s, u"out of business"_s, u"bankrupt"_s, u"moved"_s, u"relocated"_s,
            u"retired"_s, u"shut down"_s, u"geschlossen"_s, u"schliessung"_s, u"aufgegeben"_s, u"insolvenz"_s,
            u"insolvent"_s, u"umzug"_s, u"umgezogen"_s, u"ruhestand"_s, u"betriebsaufgabe"_s, u"geschaeftsaufgabe"_s,
            u"verstorben"_s};
    case ChurnReason::Other:
        return {u"other"_s, u"sonstige"_s, u"sonstiges"_s, u"andere"_s, u"anderes"_s};
    case ChurnReason::Unknown:
        return {};
    }
    return {};
}

QString ReasonClassifier::settingKey(ChurnReason reason)
{
    return u"reasons."_s + churnReasonCode(reason);
}

QString ReasonClassifier::name(ChurnReason reason)
{
    switch (reason) {
    case ChurnReason::Price:
        return tr("Price");
    case ChurnReason::Quality:
        return tr("Product quality");
    case ChurnReason::Competitor:
        return tr("Competitor");
    case ChurnReason::Usability:
        return tr("Usability");
    case ChurnReason::Service:
        return tr("Service");
    case ChurnReason::NotNeeded:
        return tr("No longer needed");
    case ChurnReason::Closed:
        return tr("Moved or closed");
    case ChurnReason::Other:
        return tr("Other");
    case ChurnReason::Unknown:
        return tr("No reason known");
    }
    return {};
}

ReasonClassifier::ReasonClassifier(const QHash<ChurnReason, QStringList> &extraKeywords)
{
    for (ChurnReason reason : ChurnReasons) {
        QStringList keywords = builtInKeywords(reason);
        keywords += extraKeywords.value(reason);
        // The category's own code and name count as keywords too ("price", "not needed", "Preis").
        keywords.append(churnReasonCode(reason));
        for (const QString &keyword : std::as_const(keywords)) {
            const QString folded = foldReasonText(keyword);
            if (folded.isEmpty() || reason == ChurnReason::Unknown)
                continue;
            m_keywords.append({folded.split(u' '), folded.size(), reason});
        }
    }
}

ChurnReason ReasonClassifier::classify(const QString &text) const
{
    const QString folded = foldReasonText(text);
    if (folded.isEmpty())
        return ChurnReason::Unknown;
    const QStringList words = folded.split(u' ');
    const Keyword *best = nullptr;
    for (const Keyword &keyword : m_keywords) {
        if (best && keyword.length <= best->length)
            continue;
        // The keyword's words in a row, each the start of a word of the text.
        for (qsizetype at = 0; at + keyword.words.size() <= words.size(); ++at) {
            bool match = true;
            for (qsizetype i = 0; i < keyword.words.size() && match; ++i)
                match = words.at(at + i).startsWith(keyword.words.at(i));
            if (match) {
                best = &keyword;
                break;
            }
        }
    }
    return best ? best->reason : ChurnReason::Other;
}

} // namespace rd
