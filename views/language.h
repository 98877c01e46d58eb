// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace rd {

// The language of the window, chosen per user (QSettings) and switched while the program runs: the
// translators of RetentionDesk and of Qt's own dialogs are replaced and the default locale changes with
// them, so that numbers, money and dates follow. Every widget retranslates on QEvent::LanguageChange.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    enum Choice { System, German, English };

    // The user's choice, System until one is made.
    static Choice stored();
    static void store(Choice choice);
    static QString choiceName(Choice choice);
    // The locale a choice stands for. The system's: the machine's, or English where it has no language (C).
    static QLocale localeFor(Choice choice);
    // Makes the locale the program's default and installs its translations (each language without one
    // reads English, with its plurals). Safe to call again: the previous translators are removed first.
    static void apply(const QLocale &locale);
    // The locale applied last (the default locale before the first apply()).
    static QLocale current();
};

} // namespace rd
