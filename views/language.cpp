// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/language.h"

#include <optional>

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

const QString LanguageKey = u"user/language"_s;

struct Installed
{
    QPointer<QTranslator> qt;
    QPointer<QTranslator> ours;
    std::optional<QLocale> locale;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

Language::Choice Language::stored()
{
    const QString value = QSettings().value(LanguageKey).toString();
    if (value == u"de")
        return German;
    if (value == u"en")
        return English;
    return System;
}

void Language::store(Choice choice)
{
    QSettings settings;
    if (choice == System)
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, choice == German ? u"de"_s : u"en"_s);
}

QString Language::choiceName(Choice choice)
{
    switch (choice) {
    case German:
        return u"Deutsch"_s; // each language in its own words, so that a user who cannot read the other finds it
    case English:
        return u"English"_s;
    case System:
        break;
    }
    return tr("As the system (%1)").arg(localeFor(System).nativeLanguageName());
}

QLocale Language::localeFor(Choice choice)
{
    switch (choice) {
    case German:
        return QLocale(QLocale::German, QLocale::Germany);
    case English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case System:
        break;
    }
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

void Language::apply(const QLocale &locale)
{
    Installed &state = installed();
    // The new translators are loaded before the old ones go, so that no moment shows a mix.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, u"retentiondesk"_s, u"_"_s, u":/i18n"_s)
        && !ours->load(u"retentiondesk_en"_s, u":/i18n"_s)) {
        delete ours;
        ours = nullptr;
    }
    // The locale first: the widgets read it when the translators' LanguageChange reaches them.
    QLocale::setDefault(locale);
    state.locale = locale;
    for (QPointer<QTranslator> *old : {&state.qt, &state.ours}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    state.qt = qt;
    state.ours = ours;
    if (qt)
        QCoreApplication::installTranslator(qt);
    if (ours)
        QCoreApplication::installTranslator(ours);
}

QLocale Language::current()
{
    return installed().locale.value_or(QLocale());
}

} // namespace rd
