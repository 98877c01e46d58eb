// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include "views/mainwindow.h"

using namespace Qt::StringLiterals;

namespace {
void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"retentiondesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RetentionDesk"_s);
    QApplication::setApplicationName(u"RetentionDesk"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer retention dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Open the database FILE."),
                                      QApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(u"lang"_s, QApplication::translate("main", "User interface language (de or en)."),
                                        QApplication::translate("main", "LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    const QLocale locale = parser.isSet(langOption) ? QLocale(parser.value(langOption)) : QLocale();
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    rd::MainWindow window;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = QSettings().value(u"lastDatabase"_s).toString();
    if (!path.isEmpty() && (parser.isSet(dbOption) || QFileInfo::exists(path))) {
        if (auto result = window.openDatabase(path); !result)
            QMessageBox::warning(&window, QApplication::translate("main", "Could not open the database"),
                                 result.error().text());
    }
    window.show();
    return QApplication::exec();
}
