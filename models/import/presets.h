// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "import/fields.h"
#include "import/valueparser.h"

namespace rd {

// The column layout of a known export (Stripe, Shopify, WooCommerce, Lexware Office, sevdesk, DATEV)
// and the formats it is written in. A preset maps only its own columns: synonyms would misread
// exports whose "Name" column holds an order number (Shopify).
struct Preset
{
    QString id;
    const char *title; // translatable, context "Preset"
    ImportKind kind;
    QList<std::pair<QString, Field>> columns; // header -> field; the first header present wins a field
    QStringList signature; // headers that together identify the export
    std::optional<QChar> delimiter;
    std::optional<DecimalStyle> decimal;
    std::optional<DateFormat> dateFormat;
    bool nameFromCustomerId = false; // the export identifies customers by their name (WooCommerce)
    bool datev = false; // DATEV EXTF booking batch: metadata line, accounts, Soll/Haben
    bool paypal = false; // PayPal activity: buyers by e-mail, money in and refunds out, the rest skipped
    // An address book (Lexware Office, sevdesk): a contact without a customer number is a supplier or
    // another contact, skipped rather than rejected.
    bool addressBook = false;
};

const QList<Preset> &presets();
const Preset *findPreset(QStringView id);
// The preset whose signature headers all appear in this header row, for this kind of file.
const Preset *detectPreset(const QStringList &headers, ImportKind kind);

} // namespace rd
