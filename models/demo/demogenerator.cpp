// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "demo/demogenerator.h"

#include <algorithm>
#include <cmath>
#include <compare>
#include <cstddef>
#include <iterator>
#include <numbers>
#include <vector>

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Every customer draws from its own generator, seeded from the options' seed and its index, so that
// demoStory() can replay the first draws of one customer without generating the others.
quint32 customerSeed(quint32 seed, int index)
{
    quint64 x = (quint64(seed) << 32) ^ quint64(quint32(index));
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
    return quint32(x ^ (x >> 32));
}

class Random
{
public:
    void seed(quint32 value) { m_rng.seed(value); }
    double uniform() { return m_rng.generateDouble(); }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int integer(int low, int high) { return m_rng.bounded(low, high + 1); } // both inclusive
    bool chance(double probability) { return uniform() < probability; }
    double normal()
    {
        // Box-Muller by hand: std::normal_distribution differs between standard libraries.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    // Days until the next event of a process that fires with the given probability per day (>= 1).
    int gap(double probability)
    {
        if (probability >= 1.0)
            return 1;
        const double days = std::log1p(-uniform()) / std::log1p(-probability);
        return 1 + int(std::min(days, 1e7));
    }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[m_rng.bounded(int(N))]; }

private:
    QRandomGenerator m_rng;
};

// Relative weight of signups and of shop orders per month: spring and autumn signups, a Christmas peak
// and a summer dip in the shop.
constexpr double SignupSeason[12] = {0.9, 1.0, 1.3, 1.4, 1.3, 0.85, 0.75, 0.8, 1.3, 1.35, 1.1, 0.7};
constexpr double OrderSeason[12] = {0.85, 0.85, 1.0, 1.0, 1.0, 0.8, 0.7, 0.75, 1.0, 1.1, 1.5, 1.9};
constexpr double OrderSeasonMax = 1.9;

constexpr qint64 PlanPrice[3] = {1900, 4900, 12900};

QString planName(int plan)
{
    switch (plan) {
    case 0:
        return u"Basic"_s;
    case 1:
        return u"Pro"_s;
    default:
        return u"Business"_s;
    }
}

// Shares of the archetypes before customers who signed up too late for their story are given
// another one.
struct ArchetypeShare
{
    DemoArchetype archetype;
    double share;
};
constexpr ArchetypeShare ArchetypeShares[] = {
    {DemoArchetype::LoyalSubscriber, 0.21},
    {DemoArchetype::CancellingSubscriber, 0.07},
    {DemoArchetype::LoyalShopper, 0.12},
    {DemoArchetype::OccasionalShopper, 0.175},
    {DemoArchetype::OneTimeBuyer, 0.18},
    {DemoArchetype::LoudChurner, 0.08},
    {DemoArchetype::SilentChurner, 0.165},
};
constexpr int SilentMinDays = 260;
constexpr int ChurnMinDays = 60;

class SignupSchedule
{
public:
    explicit SignupSchedule(const DemoOptions &options)
        : m_startJd(options.start.toJulianDay())
    {
        const int days = int(options.end.toJulianDay() - m_startJd) + 1;
        m_cumulative.resize(days);
        double total = 0;
        QDate date = options.start;
        for (int i = 0; i < days; ++i, date = date.addDays(1)) {
            const double growth = 1.0 + 2.0 * i / std::max(1, days - 1);
            total += growth * SignupSeason[date.month() - 1];
            m_cumulative[i] = total;
        }
    }

    // Customers are spread over the span by the quantiles of the weights, so ids follow signup order.
    qint64 signupJd(int index, int customers) const
    {
        const double target = (index + 0.5) / customers * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        const qint64 offset = std::min<qint64>(std::distance(m_cumulative.cbegin(), it), m_cumulative.size() - 1);
        return m_startJd + offset;
    }

private:
    qint64 m_startJd;
    std::vector<double> m_cumulative;
};

// A customer's story: who it is and the days on which its story turns.
struct Profile
{
    DemoArchetype archetype = DemoArchetype::LoyalShopper;
    bool subscriber = false;
    int signupJd = 0;
    int span = 0; // days from signup to end
    int stopJd = 0; // first day without use or orders; after the end while the customer stays
    int cancelJd = 0;
    int troubleJd = 0;
    int fadeStartJd = 0;
    int quietJd = 0;
    double activityRate = 0; // probability of an active day
    double ticketRate = 0; // ordinary tickets per year
    double npsResponse = 0;
};

bool validOptions(const DemoOptions &options)
{
    return options.customers > 0 && options.start.isValid() && options.end.isValid() && options.start <= options.end;
}

// The first draws of a customer, its story: generateDemo() and demoStory() share them.
Profile planProfile(Random &random, const SignupSchedule &schedule, const DemoOptions &options, int index)
{
    random.seed(customerSeed(options.seed, index));
    Profile profile;
    profile.signupJd = int(schedule.signupJd(index, options.customers));
    profile.span = int(options.end.toJulianDay() - profile.signupJd);
    double roll = random.uniform();
    const double subscriberRoll = random.uniform();
    for (const ArchetypeShare &entry : ArchetypeShares) {
        profile.archetype = entry.archetype;
        roll -= entry.share;
        if (roll < 0)
            break;
    }
    switch (profile.archetype) {
    case DemoArchetype::SilentChurner:
        if (profile.span < SilentMinDays)
            profile.archetype = DemoArchetype::OccasionalShopper;
        break;
    case DemoArchetype::LoudChurner:
        if (profile.span < ChurnMinDays)
            profile.archetype = DemoArchetype::OccasionalShopper;
        break;
    case DemoArchetype::CancellingSubscriber:
        if (profile.span < ChurnMinDays)
            profile.archetype = DemoArchetype::LoyalSubscriber;
        break;
    default:
        break;
    }
    switch (profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
    case DemoArchetype::CancellingSubscriber:
        profile.subscriber = true;
        break;
    case DemoArchetype::LoudChurner:
        profile.subscriber = subscriberRoll < 0.4;
        break;
    case DemoArchetype::SilentChurner:
        profile.subscriber = subscriberRoll < 0.3;
        break;
    default:
        profile.subscriber = false;
        break;
    }

    const int endJd = int(options.end.toJulianDay());
    const int signup = profile.signupJd;
    const int span = profile.span;
    profile.stopJd = endJd + 1;
    switch (profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
        profile.activityRate = random.between(0.06, 0.2);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.6;
        break;
    case DemoArchetype::CancellingSubscriber:
        profile.activityRate = random.between(0.04, 0.12);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.4;
        profile.cancelJd = signup + 45 + random.integer(0, span - 45);
        profile.stopJd = profile.cancelJd;
        break;
    case DemoArchetype::LoyalShopper:
        profile.activityRate = random.between(0.05, 0.12);
        profile.ticketRate = 0.5;
        profile.npsResponse = 0.55;
        break;
    case DemoArchetype::OccasionalShopper:
        profile.activityRate = random.between(0.015, 0.05);
        profile.ticketRate = 0.3;
        profile.npsResponse = 0.3;
        break;
    case DemoArchetype::OneTimeBuyer:
        profile.activityRate = 0.1;
        profile.ticketRate = 1.0; // only in the weeks after the purchase
        profile.npsResponse = 0.15;
        break;
    case DemoArchetype::LoudChurner: {
        profile.activityRate = random.between(0.05, 0.15);
        profile.ticketRate = 0.6;
        profile.npsResponse = 0.5;
        profile.troubleJd = signup + int(span * random.between(0.3, 1.0));
        profile.stopJd = std::min(endJd + 1, profile.troubleJd + random.integer(14, 75));
        if (profile.subscriber && profile.stopJd <= endJd)
            profile.cancelJd = profile.stopJd;
        break;
    }
    case DemoArchetype::SilentChurner: {
        profile.activityRate = random.between(0.08, 0.18);
        profile.ticketRate = 0.5;
        profile.npsResponse = 0.45;
        const int fade = std::min(random.integer(120, 180), span - 130);
        if (random.chance(0.4)) {
            // Still fading at the end: the product must notice these in time.
            profile.quietJd = endJd + random.integer(-15, 30);
        } else {
            profile.quietJd = random.integer(signup + 90 + fade, endJd - 30);
        }
        profile.fadeStartJd = profile.quietJd - fade;
        profile.stopJd = profile.quietJd;
        break;
    }
    }
    return profile;
}

// Names and addresses. Customer data, not user interface text.
const QString FirstNamesDe[] = {u"Anna"_s, u"Lena"_s, u"Sophie"_s, u"Marie"_s, u"Laura"_s, u"Julia"_s, u"Lea"_s,
    u"Hannah"_s, u"Katharina"_s, u"Sabine"_s, u"Petra"_s, u"Monika"_s, u"Claudia"_s, u"Ursula"_s, u"Jana"_s,
    u"Miriam"_s, u"Franziska"_s, u"Jürgen"_s, u"Lukas"_s, u"Jonas"_s, u"Leon"_s, u"Felix"_s, u"Paul"_s, u"Maximilian"_s,
    u"Tobias"_s, u"Michael"_s, u"Thomas"_s, u"Andreas"_s, u"Stefan"_s, u"Markus"_s, u"Christian"_s, u"Frank"_s,
    u"Uwe"_s, u"Klaus"_s, u"Dieter"_s, u"Sebastian"_s, u"Jörg"_s, u"Björn"_s, u"Günter"_s, u"Özlem"_s, u"Mehmet"_s,
    u"Ayşe"_s, u"Chiara"_s, u"Zoë"_s, u"René"_s, u"Käthe"_s};
const QString LastNamesDe[] = {u"Müller"_s, u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s, u"Weber"_s, u"Meyer"_s,
    u"Wagner"_s, u"Becker"_s, u"Schulz"_s, u"Hoffmann"_s, u"Schäfer"_s, u"Koch"_s, u"Bauer"_s, u"Richter"_s, u"Klein"_s,
    u"Wolf"_s, u"Schröder"_s, u"Neumann"_s, u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s, u"Krüger"_s, u"Hofmann"_s,
    u"Hartmann"_s, u"Lange"_s, u"Schmitt"_s, u"Werner"_s, u"Schmitz"_s, u"Krause"_s, u"Meier"_s, u"Lehmann"_s,
    u"Köhler"_s, u"Herrmann"_s, u"König"_s, u"Walter"_s, u"Kaiser"_s, u"Fuchs"_s, u"Peters"_s, u"Scholz"_s, u"Möller"_s,
    u"Weiß"_s, u"Jung"_s, u"Hahn"_s, u"Vogel"_s, u"Keller"_s, u"Günther"_s, u"Berger"_s, u"Winkler"_s, u"Roth"_s,
    u"Lorenz"_s, u"Baumann"_s, u"Albrecht"_s, u"Böhm"_s, u"Winter"_s, u"Yılmaz"_s, u"Kaya"_s, u"Nowak"_s, u"Kowalski"_s,
    u"Engel"_s, u"Brandt"_s};
const QString LastNamesAt[] = {u"Gruber"_s, u"Huber"_s, u"Bauer"_s, u"Wagner"_s, u"Pichler"_s, u"Steiner"_s, u"Moser"_s,
    u"Mayer"_s, u"Hofer"_s, u"Leitner"_s, u"Berger"_s, u"Fuchs"_s, u"Eder"_s, u"Fischer"_s, u"Schmid"_s, u"Winkler"_s,
    u"Weber"_s, u"Reiter"_s, u"Egger"_s, u"Brunner"_s, u"Auer"_s, u"Wimmer"_s, u"Strauß"_s, u"Pöll"_s};
const QString LastNamesCh[] = {u"Müller"_s, u"Meier"_s, u"Schmid"_s, u"Keller"_s, u"Weber"_s, u"Huber"_s,
    u"Schneider"_s, u"Meyer"_s, u"Steiner"_s, u"Fischer"_s, u"Gerber"_s, u"Brunner"_s, u"Baumann"_s, u"Frei"_s,
    u"Widmer"_s, u"Wyss"_s, u"Graf"_s, u"Bühler"_s, u"Zürcher"_s, u"Lüthi"_s};
const QString FirstNamesNl[] = {u"Daan"_s, u"Sem"_s, u"Lucas"_s, u"Bram"_s, u"Thijs"_s, u"Emma"_s, u"Julia"_s,
    u"Sanne"_s, u"Lotte"_s, u"Fleur"_s, u"Anouk"_s, u"Ruben"_s, u"Jeroen"_s, u"Maaike"_s};
const QString LastNamesNl[] = {u"de Vries"_s, u"Jansen"_s, u"van den Berg"_s, u"Bakker"_s, u"Visser"_s, u"Smit"_s,
    u"Meijer"_s, u"de Jong"_s, u"Mulder"_s, u"de Boer"_s, u"Bos"_s, u"Vos"_s, u"Hendriks"_s, u"van Dijk"_s};
const QString TradesGastronomie[] = {u"Café"_s, u"Bäckerei"_s, u"Konditorei"_s, u"Restaurant"_s, u"Gasthaus"_s,
    u"Bistro"_s, u"Weinstube"_s, u"Metzgerei"_s, u"Eiscafé"_s, u"Hotel"_s};
const QString TradesEinzelhandel[] = {u"Blumen"_s, u"Buchhandlung"_s, u"Modehaus"_s, u"Feinkost"_s, u"Weinhandlung"_s,
    u"Optik"_s, u"Spielwaren"_s, u"Schuhhaus"_s, u"Fahrradladen"_s, u"Bioladen"_s, u"Geschenkeladen"_s};
const QString TradesHandwerk[] = {u"Schreinerei"_s, u"Malerbetrieb"_s, u"Elektro"_s, u"Sanitär"_s, u"Dachdeckerei"_s,
    u"Zimmerei"_s, u"Kfz-Werkstatt"_s, u"Fliesenleger"_s, u"Gartenbau"_s, u"Metallbau"_s};
const QString TradesDienstleistung[]
    = {u"Steuerbüro"_s, u"Friseursalon"_s, u"Fotostudio"_s, u"Kanzlei"_s, u"Werbeagentur"_s, u"Physiotherapie"_s,
        u"Reinigungsservice"_s, u"Fahrschule"_s, u"Yogastudio"_s, u"Architekturbüro"_s};
const QString Places[] = {u"am Markt"_s, u"am Dom"_s, u"am Rathaus"_s, u"am Hafen"_s, u"am See"_s, u"am Park"_s,
    u"am Ring"_s, u"an der Brücke"_s};
const QString LegalDe[] = {u"GmbH"_s, u"GmbH"_s, u"e.K."_s, u"UG (haftungsbeschränkt)"_s, u"GmbH & Co. KG"_s, u"OHG"_s};
const QString LegalAt[] = {u"GmbH"_s, u"KG"_s, u"OG"_s, u"e.U."_s};
const QString LegalCh[] = {u"AG"_s, u"GmbH"_s};
const QString LegalNl[] = {u"B.V."_s, u"V.O.F."_s};
const QString MailDe[] = {u"gmx.de"_s, u"web.de"_s, u"t-online.de"_s, u"gmail.com"_s, u"posteo.de"_s, u"outlook.de"_s,
    u"freenet.de"_s, u"mailbox.org"_s};
const QString MailAt[] = {u"gmx.at"_s, u"aon.at"_s, u"gmail.com"_s, u"chello.at"_s};
const QString MailCh[] = {u"bluewin.ch"_s, u"gmx.ch"_s, u"gmail.com"_s, u"hispeed.ch"_s};
const QString MailNl[] = {u"ziggo.nl"_s, u"kpnmail.nl"_s, u"gmail.com"_s, u"hotmail.nl"_s};
const QString FirmMailboxes[] = {u"info"_s, u"info"_s, u"kontakt"_s, u"hallo"_s, u"post"_s, u"buero"_s};

const QString TicketSubjects[] = {u"Frage zur Rechnung"_s, u"Rechnung doppelt erhalten"_s, u"Passwort zurücksetzen"_s,
    u"Login funktioniert nicht"_s, u"Wo bleibt meine Lieferung?"_s, u"Lieferadresse ändern"_s, u"Zahlungsart ändern"_s,
    u"Rücksendung anmelden"_s, u"Umtausch gewünscht"_s, u"Frage zum Produkt"_s, u"Gutschein einlösen"_s,
    u"Export als CSV?"_s, u"Question about my invoice"_s, u"How do I add a second user?"_s,
    u"Feature request: calendar sync"_s, u"Change billing address"_s, u"Order status"_s};
const QString ComplaintSubjects[]
    = {u"Beschwerde: Lieferung zum dritten Mal verspätet"_s, u"Falsche Abbuchung – bitte sofort erstatten"_s,
        u"Ware beschädigt angekommen, keine Rückmeldung"_s, u"Service seit Tagen nicht erreichbar"_s,
        u"Ständige Ausfälle, so nicht akzeptabel"_s, u"Erstattung immer noch nicht erhalten"_s,
        u"Unfreundlicher Kundenservice"_s, u"Very disappointed with your support"_s, u"Refund still not processed"_s,
        u"Charged twice, need this fixed now"_s, u"Product broken after one week"_s};
const QString CancelSubjects[] = {u"Kündigung meines Abos"_s, u"Vertrag zum Monatsende kündigen"_s,
    u"Please cancel my subscription"_s, u"Kündigung – wir stellen den Betrieb um"_s};

// Lower-case ASCII for e-mail addresses: umlauts spelt out, accents dropped, other characters become
// one separator.
QString asciiSlug(QStringView text, QChar separator)
{
    QString out;
    out.reserve(text.size() + 4);
    bool pendingSeparator = false;
    const auto put = [&](QStringView piece) {
        if (pendingSeparator && !out.isEmpty())
            out += separator;
        pendingSeparator = false;
        out += piece;
    };
    for (const QChar c : text) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            const QChar ascii(u);
            put(QStringView(&ascii, 1));
            continue;
        }
        switch (u) {
        case u'ä':
            put(u"ae");
            continue;
        case u'ö':
            put(u"oe");
            continue;
        case u'ü':
            put(u"ue");
            continue;
        case u'ß':
            put(u"ss");
            continue;
        case u'ı':
            put(u"i");
            continue;
        default:
            break;
        }
        if (u < 0x80) {
            pendingSeparator = true;
            continue;
        }
        const QString decomposed = QString(QChar(u)).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80 && decomposed.front().isLetter())
            put(QStringView(decomposed).first(1));
    }
    return out;
}

void appendNumber(QString &out, qint64 value, int width)
{
    char16_t digits[20];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; ++i)
        out += u'0';
    while (count > 0)
        out += QChar(digits[--count]);
}

// PREFIX-YYYY-NNNNNN without the allocations of QString::arg().
QString reference(QStringView prefix, int year, int number)
{
    QString out;
    out.reserve(prefix.size() + 12);
    out += prefix;
    out += u'-';
    appendNumber(out, year, 4);
    out += u'-';
    appendNumber(out, number, 6);
    return out;
}

enum ActivityKind : quint8 { Login, Visit, EmailOpen, FeatureUse };

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case Login:
        return u"login"_s;
    case Visit:
        return u"visit"_s;
    case EmailOpen:
        return u"email_open"_s;
    case FeatureUse:
        return u"feature_use"_s;
    }
    return {};
}

struct PlannedOrder
{
    int jd;
    qint64 amount;
    OrderStatus status;
    bool refund;
};

struct PlannedActivity
{
    int jd;
    ActivityKind kind;
    int count;
    auto operator<=>(const PlannedActivity &other) const
    {
        if (jd != other.jd)
            return jd <=> other.jd;
        return kind <=> other.kind;
    }
    bool operator==(const PlannedActivity &other) const { return jd == other.jd && kind == other.kind; }
};

struct PlannedTicket
{
    int opened;
    int closed; // 0 while open at the end
    TicketSeverity severity;
    bool complaint;
    const QString *subject;
};

struct PlannedSurvey
{
    int jd;
    SurveyKind kind;
    int score;
};

class Generator
{
public:
    Generator(const DemoOptions &options, DemoSink &sink)
        : m_options(options)
        , m_sink(sink)
        , m_schedule(options)
        , m_startJd(int(options.start.toJulianDay()))
        , m_endJd(int(options.end.toJulianDay()))
        , m_firstYear(options.start.year())
    {
        const int years = options.end.year() - m_firstYear + 1;
        m_invoiceNumbers.assign(years, 0);
        m_creditNumbers.assign(years, 0);
        // Month and year per day, so that the per-day processes do not convert dates.
        for (QDate date = options.start; date <= options.end; date = date.addDays(1))
            m_months.push_back(quint8(date.month() - 1));
        m_orders.reserve(256);
        m_activity.reserve(1024);
    }

    bool run()
    {
        for (int index = 0; index < m_options.customers; ++index) {
            if (!customer(index))
                return false;
        }
        return true;
    }

private:
    bool customer(int index);
    void planIdentity(CustomerRecord &record);
    void planSubscription();
    void planShopOrders();
    void planActivity();
    void planTickets();
    void planSurveys();
    bool emitRecords(const QString &customerId);

    void addOrder(int jd, qint64 amount, OrderStatus status = OrderStatus::Paid)
    {
        m_orders.push_back({jd, amount, status, false});
    }
    void maybeRefund(int jd, qint64 amount, double probability);
    void activeDay(int jd);
    void addTicket(int opened, bool complaint, const QString *subject, TicketSeverity severity);
    void addCsat(const PlannedTicket &ticket);
    int npsScore(int jd);

    int month(int jd) const { return m_months[jd - m_startJd]; }
    static bool weekend(int jd) { return jd % 7 >= 5; } // Julian day 0 was a Monday

    // How engaged the customer is on a day, 1 = as usual, 0 = gone.
    double level(int jd) const
    {
        if (jd >= m_profile.stopJd)
            return 0;
        if (m_profile.archetype != DemoArchetype::SilentChurner || jd < m_profile.fadeStartJd)
            return 1;
        if (jd >= m_profile.quietJd)
            return 0;
        // Half after the first third of the fade, a quarter after the second, a tenth at its end; then silence.
        return std::exp2(-3.5 * fadeProgress(jd));
    }
    double valueLevel(int jd) const
    {
        if (m_profile.archetype != DemoArchetype::SilentChurner || jd < m_profile.fadeStartJd)
            return 1;
        return std::exp2(-2.0 * std::min(1.0, fadeProgress(jd)));
    }
    double fadeProgress(int jd) const
    {
        return double(jd - m_profile.fadeStartJd) / (m_profile.quietJd - m_profile.fadeStartJd);
    }
    int planAt(int jd) const { return m_planChangeJd && jd >= m_planChangeJd ? m_planAfter : m_plan; }
    bool loyal() const
    {
        return m_profile.archetype == DemoArchetype::LoyalSubscriber
            || m_profile.archetype == DemoArchetype::LoyalShopper;
    }

    const DemoOptions &m_options;
    DemoSink &m_sink;
    SignupSchedule m_schedule;
    Random m_random;
    const int m_startJd;
    const int m_endJd;
    const int m_firstYear;
    std::vector<quint8> m_months;
    std::vector<int> m_invoiceNumbers;
    std::vector<int> m_creditNumbers;
    int m_ticketNumber = 0;

    // The customer being generated.
    Profile m_profile;
    bool m_firm = false;
    int m_plan = 0;
    int m_planChangeJd = 0;
    int m_planAfter = 0;
    double m_spendMu = 0;
    std::vector<PlannedOrder> m_orders;
    std::vector<PlannedActivity> m_activity;
    std::vector<PlannedTicket> m_tickets;
    std::vector<PlannedSurvey> m_surveys;

    CustomerRecord m_customerRecord;
    OrderRecord m_orderRecord;
    ActivityRecord m_activityRecord;
    TicketRecord m_ticketRecord;
    SurveyRecord m_surveyRecord;
};

bool Generator::customer(int index)
{
    m_profile = planProfile(m_random, m_schedule, m_options, index);
    m_orders.clear();
    m_activity.clear();
    m_tickets.clear();
    m_surveys.clear();

    CustomerRecord &record = m_customerRecord;
    record = CustomerRecord();
    record.externalId = demoCustomerId(index);
    record.signupDate = QDate::fromJulianDay(m_profile.signupJd);
    record.currency = u"EUR"_s;
    planIdentity(record);
    if (m_profile.subscriber) {
        planSubscription();
        const int currentJd = std::min(m_endJd, m_profile.cancelJd ? m_profile.cancelJd - 1 : m_endJd);
        const int plan = planAt(std::max(currentJd, m_profile.signupJd));
        record.plan = planName(plan);
        record.mrrMinor = PlanPrice[plan];
    } else {
        planShopOrders();
    }
    if (m_profile.cancelJd)
        record.cancelDate = QDate::fromJulianDay(m_profile.cancelJd);
    planActivity();
    planTickets();
    planSurveys();

    if (!m_sink.customer(record))
        return false;
    return emitRecords(record.externalId);
}

void Generator::planIdentity(CustomerRecord &record)
{
    const double countryRoll = m_random.uniform();
    const int country = countryRoll < 0.85 ? 0 : countryRoll < 0.93 ? 1 : countryRoll < 0.98 ? 2 : 3;
    static const QString countries[] = {u"DE"_s, u"AT"_s, u"CH"_s, u"NL"_s};
    static const QString tlds[] = {u"de"_s, u"at"_s, u"ch"_s, u"nl"_s};
    record.country = countries[country];

    const double segmentRoll = m_random.uniform();
    const int segment = segmentRoll < 0.55 ? 0
        : segmentRoll < 0.67               ? 1
        : segmentRoll < 0.80               ? 2
        : segmentRoll < 0.92               ? 3
                                           : 4;
    static const QString segments[]
        = {u"Privatkunde"_s, u"Gastronomie"_s, u"Einzelhandel"_s, u"Handwerk"_s, u"Dienstleistung"_s};
    record.segment = segments[segment];
    m_firm = segment != 0;
    // Firms buy bigger baskets; the spread between customers makes the revenue Pareto-like.
    m_spendMu = std::log(m_firm ? 84.0 : 42.0) + 0.55 * m_random.normal();

    const QString &first = country == 3 ? m_random.pick(FirstNamesNl) : m_random.pick(FirstNamesDe);
    const QString &last = country == 1 ? m_random.pick(LastNamesAt)
        : country == 2                 ? m_random.pick(LastNamesCh)
        : country == 3                 ? m_random.pick(LastNamesNl)
                                       : m_random.pick(LastNamesDe);
    if (!m_firm) {
        record.name = first + u' ' + last;
        const QString firstSlug = asciiSlug(first, u'-');
        const QString lastSlug = asciiSlug(last, u'-');
        QString local;
        switch (m_random.integer(0, 4)) {
        case 0:
            local = firstSlug + u'.' + lastSlug;
            break;
        case 1:
            local = firstSlug.left(1) + u'.' + lastSlug;
            break;
        case 2:
            local = firstSlug + lastSlug;
            break;
        case 3:
            local = lastSlug + u'.' + firstSlug;
            break;
        default:
            local = firstSlug + u'.' + lastSlug;
            appendNumber(local, m_random.integer(1, 99), 2);
            break;
        }
        const QString &domain = country == 1 ? m_random.pick(MailAt)
            : country == 2                   ? m_random.pick(MailCh)
            : country == 3                   ? m_random.pick(MailNl)
                                             : m_random.pick(MailDe);
        record.email = local + u'@' + domain;
        return;
    }

    const QString &trade = segment == 1 ? m_random.pick(TradesGastronomie)
        : segment == 2                  ? m_random.pick(TradesEinzelhandel)
        : segment == 3                  ? m_random.pick(TradesHandwerk)
                                        : m_random.pick(TradesDienstleistung);
    const QString &legal = country == 1 ? m_random.pick(LegalAt)
        : country == 2                  ? m_random.pick(LegalCh)
        : country == 3                  ? m_random.pick(LegalNl)
                                        : m_random.pick(LegalDe);
    QString base;
    QString name;
    const double pattern = m_random.uniform();
    if (pattern < 0.40) {
        base = trade + u' ' + last;
        name = base;
    } else if (pattern < 0.75) {
        base = trade + u' ' + last;
        name = base + u' ' + legal;
    } else if (pattern < 0.87) {
        const QString &partner = m_random.pick(LastNamesDe);
        base = last + u' ' + partner;
        name = last + u" & "_s + partner + u' ' + (country == 0 ? u"GbR"_s : legal);
    } else {
        base = trade + u' ' + m_random.pick(Places);
        name = base;
    }
    record.name = name;
    const QString mailbox = m_random.chance(0.2) ? asciiSlug(first, u'-') : m_random.pick(FirmMailboxes);
    record.email = mailbox + u'@' + asciiSlug(base, u'-') + u'.' + tlds[country];
}

void Generator::planSubscription()
{
    const int signup = m_profile.signupJd;
    const double planRoll = m_random.uniform();
    m_plan = m_firm ? (planRoll < 0.35 ? 0 : planRoll < 0.8 ? 1 : 2) : (planRoll < 0.65 ? 0 : planRoll < 0.95 ? 1 : 2);
    m_planChangeJd = 0;
    m_planAfter = m_plan;
    const int lastJd = std::min(m_endJd, m_profile.stopJd - 1);
    const double changeRoll = m_random.uniform();
    const int changeJd = signup + int((lastJd - signup) * m_random.between(0.2, 0.9));
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
        if (changeRoll < 0.2 && m_plan < 2)
            m_planAfter = m_plan + 1;
        else if (changeRoll > 0.94 && m_plan > 0)
            m_planAfter = m_plan - 1;
        break;
    case DemoArchetype::CancellingSubscriber:
        if (changeRoll < 0.15 && m_plan > 0)
            m_planAfter = m_plan - 1;
        break;
    default:
        break;
    }
    if (m_planAfter != m_plan && changeJd > signup)
        m_planChangeJd = changeJd;
    else
        m_planAfter = m_plan;
    if (m_profile.archetype == DemoArchetype::SilentChurner && m_plan > 0 && changeRoll < 0.7) {
        // Saving money before leaving: a downgrade halfway through the fade.
        m_planChangeJd = (m_profile.fadeStartJd + m_profile.quietJd) / 2;
        m_planAfter = m_plan - 1;
    }

    const QDate signupDate = QDate::fromJulianDay(signup);
    const int billingDay = std::min(signupDate.day(), 28);
    const bool loud = m_profile.archetype == DemoArchetype::LoudChurner;
    for (int k = 0;; ++k) {
        int jd = signup;
        if (k > 0) {
            const int monthIndex = signupDate.month() - 1 + k;
            jd = int(QDate(signupDate.year() + monthIndex / 12, monthIndex % 12 + 1, billingDay).toJulianDay());
        }
        if (jd > m_endJd || (m_profile.cancelJd && jd >= m_profile.cancelJd))
            break;
        if (m_profile.archetype == DemoArchetype::SilentChurner && jd >= m_profile.quietJd) {
            // The card expires and nobody cares: two failed attempts, no cancellation.
            addOrder(jd, PlanPrice[planAt(jd)], OrderStatus::Failed);
            if (jd + 5 <= m_endJd)
                addOrder(jd + 5, PlanPrice[planAt(jd)], OrderStatus::Failed);
            break;
        }
        if (m_profile.archetype == DemoArchetype::LoudChurner && jd >= m_profile.stopJd)
            break;
        const qint64 amount = PlanPrice[planAt(jd)];
        if (m_random.chance(0.025)) {
            addOrder(jd, amount, OrderStatus::Failed);
            int retryJd = jd + 3;
            if (m_random.chance(0.15)) {
                if (retryJd <= m_endJd)
                    addOrder(retryJd, amount, OrderStatus::Failed);
                retryJd += 4;
            }
            if (retryJd <= m_endJd && (!m_profile.cancelJd || retryJd < m_profile.cancelJd))
                addOrder(retryJd, amount);
            continue;
        }
        addOrder(jd, amount);
        maybeRefund(jd, amount, loud && jd >= m_profile.troubleJd ? 0.3 : 0.007);
    }
}

void Generator::maybeRefund(int jd, qint64 amount, double probability)
{
    if (!m_random.chance(probability))
        return;
    const int refundJd = jd + m_random.integer(2, 30);
    const qint64 refund
        = m_random.chance(0.7) ? amount : std::max<qint64>(100, amount * m_random.integer(20, 60) / 100);
    if (refundJd <= m_endJd)
        m_orders.push_back({refundJd, -refund, OrderStatus::Paid, true});
}

void Generator::planShopOrders()
{
    const int signup = m_profile.signupJd;
    const auto orderAmount = [this](int jd) {
        double euros = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            euros = std::exp(m_spendMu + 0.45 * m_random.normal()) * valueLevel(jd);
            if (month(jd) == 11)
                euros *= 1.15; // Christmas baskets
            if (euros >= 15 && euros <= 400)
                break;
        }
        // Shop prices end in ,99 or ,90 or ,50 or are round.
        static constexpr int cents[] = {1, 1, 10, 50, 0};
        const qint64 whole = std::clamp<qint64>(qint64(std::lround(euros)), 16, 400);
        return whole * 100 - m_random.pick(cents);
    };
    const bool loud = m_profile.archetype == DemoArchetype::LoudChurner;
    const auto placeOrder = [&](int jd) {
        if (m_random.chance(0.012)) {
            addOrder(jd, orderAmount(jd), OrderStatus::Failed);
            if (!m_random.chance(0.6))
                return;
        }
        const qint64 amount = orderAmount(jd);
        addOrder(jd, amount);
        maybeRefund(jd, amount, loud && jd >= m_profile.troubleJd ? 0.3 : 0.04);
    };

    placeOrder(signup); // signing up is the first purchase
    double meanGap = 0;
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalShopper:
        meanGap = m_random.between(12, 45);
        break;
    case DemoArchetype::OccasionalShopper:
        meanGap = m_random.between(90, 240);
        break;
    case DemoArchetype::LoudChurner:
        meanGap = m_random.between(30, 90);
        break;
    case DemoArchetype::SilentChurner:
        meanGap = m_random.between(20, 60);
        break;
    default:
        return;
    }
    // Thinning: candidates at the peak rate, accepted by season and engagement.
    const double peak = std::min(1.0, OrderSeasonMax / meanGap);
    const int last = std::min(m_endJd, m_profile.stopJd - 1);
    for (int jd = signup + m_random.gap(peak); jd <= last; jd += m_random.gap(peak)) {
        double accept = OrderSeason[month(jd)] / OrderSeasonMax * level(jd);
        if (loud && jd >= m_profile.troubleJd)
            accept *= 0.3;
        if (m_random.chance(accept))
            placeOrder(jd);
    }
}

void Generator::activeDay(int jd)
{
    const auto add = [this, jd](ActivityKind kind, int count) { m_activity.push_back({jd, kind, count}); };
    if (m_profile.subscriber) {
        add(Login, m_random.gap(0.5));
        if (m_random.chance(0.65))
            add(FeatureUse, m_random.integer(1, 12));
        if (m_random.chance(0.15))
            add(EmailOpen, 1);
    } else {
        add(Visit, m_random.integer(1, 3));
        if (m_random.chance(0.35))
            add(Login, 1);
        if (m_random.chance(0.25))
            add(EmailOpen, 1);
    }
}

void Generator::planActivity()
{
    const int signup = m_profile.signupJd;
    const auto process = [this](int from, int to, double rate) {
        // A day is active with probability rate * level, less at weekends for firms.
        const double peak = std::min(1.0, rate);
        const int last = std::min(m_endJd, to);
        for (int jd = from - 1 + m_random.gap(peak); jd <= last; jd += m_random.gap(peak)) {
            const double accept = level(jd) * (m_firm && weekend(jd) ? 0.4 : 1.0);
            if (accept >= 1.0 || m_random.chance(accept))
                activeDay(jd);
        }
    };
    const auto newsletter = [this](int from, double rate) {
        for (int jd = from - 1 + m_random.gap(rate); jd <= m_endJd; jd += m_random.gap(rate))
            m_activity.push_back({jd, EmailOpen, 1});
    };

    activeDay(signup);
    if (m_profile.archetype == DemoArchetype::OneTimeBuyer) {
        process(signup + 1, signup + 30, m_profile.activityRate);
        if (m_random.chance(0.5))
            newsletter(signup + 31, 1.0 / 40);
    } else {
        process(signup + 1, m_profile.stopJd - 1, m_profile.activityRate);
        if (m_profile.archetype == DemoArchetype::SilentChurner && m_random.chance(0.35))
            newsletter(m_profile.quietJd, 1.0 / 50);
    }
    // Shop orders are placed online: a visit on each order day.
    for (const PlannedOrder &order : m_orders) {
        if (!m_profile.subscriber && !order.refund)
            m_activity.push_back({order.jd, Visit, 1});
    }
    std::sort(m_activity.begin(), m_activity.end());
    // One record per day and kind: merge the duplicates by adding their counts.
    auto out = m_activity.begin();
    for (auto it = m_activity.begin(); it != m_activity.end(); ++it) {
        if (out != m_activity.begin() && *(out - 1) == *it)
            (out - 1)->count += it->count;
        else
            *out++ = *it;
    }
    m_activity.erase(out, m_activity.end());
}

void Generator::addTicket(int opened, bool complaint, const QString *subject, TicketSeverity severity)
{
    // Complaints take longer; everything still unresolved at the end stays open.
    const double median = complaint ? 1.6 : 0.9;
    const int duration = int(std::exp(median + 0.9 * m_random.normal()));
    const int closed = opened + duration;
    m_tickets.push_back({opened, closed <= m_endJd ? closed : 0, severity, complaint, subject});
}

void Generator::planTickets()
{
    const int signup = m_profile.signupJd;
    const DemoArchetype archetype = m_profile.archetype;
    int until = std::min(m_endJd, m_profile.stopJd - 1);
    if (archetype == DemoArchetype::OneTimeBuyer)
        until = std::min(m_endJd, signup + 60);
    else if (archetype == DemoArchetype::SilentChurner)
        until = m_profile.fadeStartJd - 1; // they do not bother to write
    else if (archetype == DemoArchetype::LoudChurner)
        until = m_profile.troubleJd - 1;

    const double daily = m_profile.ticketRate / 365.0;
    for (int jd = signup - 1 + m_random.gap(daily); jd <= until; jd += m_random.gap(daily)) {
        const double severityRoll = m_random.uniform();
        const TicketSeverity severity = severityRoll < 0.25 ? TicketSeverity::Low
            : severityRoll < 0.86                           ? TicketSeverity::Normal
            : severityRoll < 0.97                           ? TicketSeverity::High
                                                            : TicketSeverity::Critical;
        const bool complaint = archetype != DemoArchetype::SilentChurner && m_random.chance(0.04);
        addTicket(
            jd, complaint, complaint ? &m_random.pick(ComplaintSubjects) : &m_random.pick(TicketSubjects), severity);
    }

    if (archetype == DemoArchetype::LoudChurner) {
        int jd = m_profile.troubleJd;
        const int extra = m_random.integer(0, 3);
        for (int i = 0; i <= extra && jd <= m_endJd && jd < m_profile.stopJd; ++i) {
            const bool complaint = i == 0 || m_random.chance(0.65);
            const double severityRoll = m_random.uniform();
            const TicketSeverity severity = !complaint ? TicketSeverity::Normal
                : severityRoll < 0.2                   ? TicketSeverity::Normal
                : severityRoll < 0.7                   ? TicketSeverity::High
                                                       : TicketSeverity::Critical;
            addTicket(jd, complaint, complaint ? &m_random.pick(ComplaintSubjects) : &m_random.pick(TicketSubjects),
                severity);
            jd += m_random.integer(3, 25);
        }
    }
    if (m_profile.cancelJd && archetype == DemoArchetype::CancellingSubscriber && m_random.chance(0.4)) {
        const int jd = std::max(signup, m_profile.cancelJd - m_random.integer(0, 14));
        addTicket(jd, false, &m_random.pick(CancelSubjects), TicketSeverity::Low);
    }
    std::stable_sort(m_tickets.begin(), m_tickets.end(),
        [](const PlannedTicket &a, const PlannedTicket &b) { return a.opened < b.opened; });
    for (const PlannedTicket &ticket : m_tickets)
        addCsat(ticket);
}

void Generator::addCsat(const PlannedTicket &ticket)
{
    if (!ticket.closed)
        return;
    double response = ticket.complaint ? 0.7 : 0.4;
    if (m_profile.archetype == DemoArchetype::SilentChurner)
        response *= 0.6;
    if (!m_random.chance(response))
        return;
    int score = 0;
    if (ticket.complaint)
        score = m_random.chance(0.8) ? m_random.integer(1, 2) : 3;
    else if (loyal())
        score = m_random.chance(0.85) ? m_random.integer(4, 5) : 3;
    else {
        static constexpr int scores[] = {3, 4, 4, 4, 5, 5};
        score = m_random.pick(scores);
    }
    m_surveys.push_back({ticket.closed, SurveyKind::Csat, score});
}

int Generator::npsScore(int jd)
{
    const double roll = m_random.uniform();
    switch (m_profile.archetype) {
    case DemoArchetype::LoyalSubscriber:
    case DemoArchetype::LoyalShopper:
        return roll < 0.65 ? m_random.integer(9, 10) : roll < 0.95 ? m_random.integer(7, 8) : m_random.integer(5, 6);
    case DemoArchetype::LoudChurner:
        if (jd >= m_profile.troubleJd)
            return m_random.integer(0, 4);
        return m_random.integer(6, 9);
    case DemoArchetype::SilentChurner:
        return roll < 0.85 ? m_random.integer(5, 8) : m_random.integer(3, 9);
    case DemoArchetype::CancellingSubscriber:
        return roll < 0.8 ? m_random.integer(5, 8) : m_random.integer(2, 4);
    default:
        return roll < 0.5 ? m_random.integer(7, 8) : roll < 0.75 ? m_random.integer(9, 10) : m_random.integer(4, 6);
    }
}

void Generator::planSurveys()
{
    const DemoArchetype archetype = m_profile.archetype;
    const int until = std::min(m_endJd, m_profile.stopJd - 1);
    int jd = m_profile.signupJd + m_random.integer(60, 150);
    for (; jd <= until; jd += 365 + m_random.integer(-30, 30)) {
        double response = m_profile.npsResponse;
        if (archetype == DemoArchetype::SilentChurner)
            response *= level(jd); // they answer less and less
        if (m_random.chance(response))
            m_surveys.push_back({jd, SurveyKind::Nps, npsScore(jd)});
    }
    // Angry customers answer the survey that comes with their complaint.
    if (archetype == DemoArchetype::LoudChurner && m_profile.troubleJd + 7 <= until && m_random.chance(0.5))
        m_surveys.push_back({m_profile.troubleJd + 7, SurveyKind::Nps, m_random.integer(0, 3)});

    std::stable_sort(m_surveys.begin(), m_surveys.end(),
        [](const PlannedSurvey &a, const PlannedSurvey &b) { return a.jd != b.jd ? a.jd < b.jd : a.kind < b.kind; });
    m_surveys.erase(
        std::unique(m_surveys.begin(), m_surveys.end(),
            [](const PlannedSurvey &a, const PlannedSurvey &b) { return a.jd == b.jd && a.kind == b.kind; }),
        m_surveys.end());
}

bool Generator::emitRecords(const QString &customerId)
{
    std::stable_sort(
        m_orders.begin(), m_orders.end(), [](const PlannedOrder &a, const PlannedOrder &b) { return a.jd < b.jd; });
    OrderRecord &order = m_orderRecord;
    order.customerExternalId = customerId;
    order.currency = u"EUR"_s;
    for (const PlannedOrder &planned : m_orders) {
        const QDate date = QDate::fromJulianDay(planned.jd);
        const int year = date.year();
        int &number = (planned.refund ? m_creditNumbers : m_invoiceNumbers)[year - m_firstYear];
        order.date = date;
        order.amountMinor = planned.amount;
        order.status = planned.status;
        order.externalRef = reference(planned.refund ? u"CN" : u"INV", year, ++number);
        order.dedupKey = order.externalRef;
        if (!m_sink.order(order))
            return false;
    }

    ActivityRecord &activity = m_activityRecord;
    activity.customerExternalId = customerId;
    for (const PlannedActivity &planned : m_activity) {
        activity.date = QDate::fromJulianDay(planned.jd);
        activity.kind = activityKindName(planned.kind);
        activity.count = planned.count;
        if (!m_sink.activity(activity))
            return false;
    }

    TicketRecord &ticket = m_ticketRecord;
    ticket.customerExternalId = customerId;
    for (const PlannedTicket &planned : m_tickets) {
        ticket.opened = QDate::fromJulianDay(planned.opened);
        ticket.closed = planned.closed ? QDate::fromJulianDay(planned.closed) : QDate();
        ticket.severity = planned.severity;
        ticket.complaint = planned.complaint;
        ticket.subject = *planned.subject;
        ticket.externalRef = u"T-"_s;
        appendNumber(ticket.externalRef, ++m_ticketNumber, 6);
        ticket.dedupKey = ticket.externalRef;
        if (!m_sink.ticket(ticket))
            return false;
    }

    SurveyRecord &survey = m_surveyRecord;
    survey.customerExternalId = customerId;
    for (const PlannedSurvey &planned : m_surveys) {
        survey.date = QDate::fromJulianDay(planned.jd);
        survey.kind = planned.kind;
        survey.score = planned.score;
        if (!m_sink.survey(survey))
            return false;
    }
    return true;
}

} // namespace

QString demoCustomerId(int customerIndex)
{
    QString id;
    id.reserve(8);
    id += u"K-";
    appendNumber(id, qint64(customerIndex) + 1, 6);
    return id;
}

DemoStory demoStory(const DemoOptions &options, int customerIndex)
{
    DemoStory story;
    if (!validOptions(options) || customerIndex < 0 || customerIndex >= options.customers)
        return story;
    Random random;
    const Profile profile = planProfile(random, SignupSchedule(options), options, customerIndex);
    const int endJd = int(options.end.toJulianDay());
    const auto date = [](int jd) { return jd ? QDate::fromJulianDay(jd) : QDate(); };
    story.archetype = profile.archetype;
    story.subscriber = profile.subscriber;
    story.signup = date(profile.signupJd);
    story.cancel = date(profile.cancelJd);
    story.trouble = date(profile.troubleJd);
    story.fadeStart = date(profile.fadeStartJd);
    story.quiet = date(profile.quietJd);
    if (profile.stopJd <= endJd)
        story.stop = date(profile.stopJd);
    return story;
}

DemoArchetype demoArchetype(const DemoOptions &options, int customerIndex)
{
    return demoStory(options, customerIndex).archetype;
}

bool generateDemo(const DemoOptions &options, DemoSink &sink)
{
    if (!validOptions(options))
        return true;
    Generator generator(options, sink);
    return generator.run();
}

} // namespace rd
