// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include "core/memory.h"
#include "core/version.h"
#include "demo/demodatabase.h"
#include "storage/database.h"
#include "views/icons.h"
#include "views/language.h"
#include "views/mainwindow.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    rd::keepLargeAllocations();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RetentionDesk"_s);
    QApplication::setApplicationName(u"RetentionDesk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(rd::Version));
    // The desktop entry's name (Wayland finds the window's icon and name through it) and the window's icon.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(rd::AppId));
    QApplication::setWindowIcon(rd::Icons::application());

    // The language first (--lang for this run; else the user's choice in Edit > Settings, by default the
    // system's), so that --help speaks it too.
    {
        QCommandLineParser language;
        language.addOption(QCommandLineOption(u"lang"_s, QString(), u"LANG"_s));
        language.parse(QApplication::arguments()); // other options are the real parser's business
        rd::Language::apply(language.isSet(u"lang"_s) ? QLocale(language.value(u"lang"_s))
                                                      : rd::Language::localeFor(rd::Language::stored()));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer retention dashboard"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "Open the database FILE."), QApplication::translate("main", "FILE"));
    const QCommandLineOption langOption(u"lang"_s,
        QApplication::translate("main", "User interface language (de or en)."),
        QApplication::translate("main", "LANG"));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QApplication::translate("main", "Render every page at 1280x800 into PNG files in DIR, then quit."),
        QApplication::translate("main", "DIR"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"file"_s,
        QApplication::translate("main", "The database to open (the same as --db; how the desktop opens a file)."),
        QApplication::translate("main", "[FILE]"));
    parser.process(app);

    rd::MainWindow window;
    QString path = parser.value(dbOption);
    const bool fileGiven = parser.isSet(dbOption) || !parser.positionalArguments().isEmpty();
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = QSettings().value(u"lastDatabase"_s).toString();
    if (path.isEmpty() && !parser.isSet(screenshotOption)) {
        // The first start: a demo business to look around in, until the user opens their own data.
        const QString demo = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
        if (!QFileInfo::exists(demo) && QDir().mkpath(QFileInfo(demo).path())) {
            if (auto database = rd::Database::open(demo); database) {
                rd::DemoOptions options;
                options.customers = 3000;
                if (!rd::DemoDatabase::write(**database, options))
                    QFile::remove(demo);
            }
        }
        if (QFileInfo::exists(demo))
            path = demo;
    }
    const bool screenshots = parser.isSet(screenshotOption);
    if (!path.isEmpty() && (fileGiven || QFileInfo::exists(path))) {
        if (auto result = window.openDatabase(path); !result) {
            if (screenshots) {
                qCritical("%s", qPrintable(result.error().text()));
                return 1;
            }
            QMessageBox::warning(
                &window, QApplication::translate("main", "Could not open the database"), result.error().text());
        }
    }
    if (screenshots) {
        // Render once the first snapshot is there, then quit.
        window.resize(1280, 800);
        window.show();
        QObject::connect(&window, &rd::MainWindow::snapshotReady, &app, [&] {
            if (window.snapshot()->partial)
                return; // the whole picture follows
            // From the event loop, once the charts' replaced items are gone (Qt Charts deletes them later).
            QMetaObject::invokeMethod(
                &window,
                [&] {
                    window.resize(1280, 800);
                    const bool saved = window.saveScreenshots(parser.value(screenshotOption));
                    QCoreApplication::exit(saved ? 0 : 1);
                },
                Qt::QueuedConnection);
        });
        QObject::connect(&window, &rd::MainWindow::computeFailed, &app, [](const QString &message) {
            qCritical("%s", qPrintable(message));
            QCoreApplication::exit(1);
        });
        if (window.databasePath().isEmpty()) {
            qCritical("--screenshot needs a database (--db FILE).");
            return 2;
        }
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}
