// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "money.h"

namespace rd {

QString currencySign(const QString &isoCode)
{
    // The currencies of the markets we sell to, and the ones their shops bill in most.
    static const struct
    {
        const char16_t *code;
        const char16_t *sign;
    } signs[] = {{u"EUR", u"€"}, {u"GBP", u"£"}, {u"USD", u"$"}, {u"JPY", u"¥"}, {u"INR", u"₹"}, {u"PLN", u"zł"}};
    for (const auto &[code, sign] : signs) {
        if (isoCode.compare(QStringView(code), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(sign);
    }
    return isoCode;
}

QString formatMoney(qint64 minor, const QString &isoCode, const QLocale &locale)
{
    // The C locale knows no currency format: plain digits and the code, as machine-readable output has it.
    if (locale.language() == QLocale::C)
        return QString::number(double(minor) / 100.0, 'f', 2) + u' ' + isoCode;
    const QString sign = currencySign(isoCode);
    QString text = locale.toCurrencyString(double(minor) / 100.0, sign);
    // A code written as letters needs a space between it and the number, which Qt's patterns leave out
    // for currencies that have a sign of their own ("CHF1.00").
    if (sign.size() > 1 && sign.front().isLetter()) {
        const qsizetype at = text.indexOf(sign);
        if (at > 0 && text.at(at - 1).isDigit())
            text.insert(at, QChar::Nbsp);
        else if (at >= 0 && at + sign.size() < text.size() && text.at(at + sign.size()).isDigit())
            text.insert(at + sign.size(), QChar::Nbsp);
        else if (at >= 0 && at + sign.size() < text.size() && text.at(at + sign.size()) == u'-')
            text.insert(at + sign.size(), QChar::Nbsp);
    }
    return text;
}

} // namespace rd
