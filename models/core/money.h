// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Amounts as people read them: in the locale's format, with the currency's sign where it has a common one.
#pragma once

#include <QLocale>
#include <QString>

namespace rd {

// The sign of a currency given by its ISO 4217 code (€ for EUR, £ for GBP); other codes stay as they are.
QString currencySign(const QString &isoCode);

// An amount in minor units (cents) as the locale writes money: "1.234,56 €", "£1,234.56", "CHF 1,234.56".
QString formatMoney(qint64 minor, const QString &isoCode, const QLocale &locale = QLocale());

} // namespace rd
