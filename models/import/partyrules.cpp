// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Whose sale a row of a ledger or a payment account is, and which way the money went: DATEV booking batches
// (a customer account against a revenue account, Soll/Haben) and PayPal's activity download (money received
// from a buyer, or given back to one). Rows that are no sale (payments between accounts, transfers to the
// bank, currency conversions, fees, holds) are skipped.
#include "importrun.h"

#include "import/presets.h"

using namespace Qt::StringLiterals;

namespace rd::detail {

namespace {

bool containsAny(const QString &text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Party ImportRun::orderParty(const Row &row, QString &customer, qint64 &sign) const
{
    if (m_preset && m_preset->datev) {
        // A sale is a booking between a customer account (Debitor) and a revenue account; payments and
        // other bookings are skipped. Soll/Haben says which way the customer account moved.
        const QString account = customer;
        const QString contra = normaliseId(cell(row, Field::ContraAccount));
        const auto isCustomerAccount = [this](const QString &number) {
            return number.size() > m_datevAccountLength && number.front() >= u'1' && number.front() <= u'6';
        };
        const auto isRevenueAccount = [this](const QString &number) {
            return number.size() <= m_datevAccountLength && number.size() >= 4
                && (number.front() == u'8' || number.front() == u'4');
        };
        const bool debit = cell(row, Field::DebitCredit).compare(u"S"_s, Qt::CaseInsensitive) == 0;
        if (isCustomerAccount(account) && isRevenueAccount(contra)) {
            sign = debit ? 1 : -1;
        } else if (isCustomerAccount(contra) && isRevenueAccount(account)) {
            customer = contra;
            sign = debit ? -1 : 1;
        } else {
            return Party::NotASale;
        }
        return Party::Ledger;
    }
    if (m_preset && m_preset->paypal) {
        // The buyer is the sender of money received (Credit) and the receiver of a refund or a reversal
        // (Debit, its gross already negative); PayPal names the buyer by e-mail address.
        const QString impact = cell(row, Field::DebitCredit);
        const QString type = cell(row, Field::Kind);
        const bool credit = impact.compare(u"credit"_s, Qt::CaseInsensitive) == 0
            || impact.compare(u"haben"_s, Qt::CaseInsensitive) == 0;
        const bool debit = impact.compare(u"debit"_s, Qt::CaseInsensitive) == 0
            || impact.compare(u"soll"_s, Qt::CaseInsensitive) == 0;
        const bool givenBack
            = containsAny(type, {u"refund", u"reversal", u"chargeback", u"rückzahlung", u"erstattung", u"rückbuchung"});
        const bool payment = containsAny(type, {u"payment", u"zahlung"});
        if (credit && payment && !givenBack) {
            customer = customer.toLower();
        } else if (debit && givenBack) {
            customer = normaliseId(cell(row, Field::ContraAccount)).toLower();
        } else {
            return Party::NotASale;
        }
        return Party::PaymentAccount;
    }
    if (has(Field::DebitCredit)) {
        const QString flag = cell(row, Field::DebitCredit);
        if (flag.compare(u"H"_s, Qt::CaseInsensitive) == 0 || flag.compare(u"C"_s, Qt::CaseInsensitive) == 0
            || flag.compare(u"credit"_s, Qt::CaseInsensitive) == 0)
            sign = -1;
    }
    return Party::Own;
}

} // namespace rd::detail
