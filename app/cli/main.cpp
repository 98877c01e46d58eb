// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <csignal>
#include <cstring>
#include <memory>

#include <QApplication>
#include <QTranslator>

#include "cli/commands.h"
#include "core/memory.h"
#include "core/version.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // A closed pipe (retentiondesk-cli risk ... | head) is a write error the commands report, not a signal that
    // ends the program silently.
    std::signal(SIGPIPE, SIG_IGN);
    rd::keepLargeAllocations();
    // export-report draws with the window's charts and fonts: a QApplication on the offscreen platform,
    // so that no display is needed. Every other command needs no more than QCoreApplication.
    const bool draws = argc > 1 && std::strcmp(argv[1], "export-report") == 0;
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app
        = draws ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"RetentionDesk"_s);
    QCoreApplication::setApplicationName(u"retentiondesk-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rd::Version));
    // English, with its plurals ("1 customer", "2 customers").
    QTranslator plurals;
    if (plurals.load(u"retentiondesk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&plurals);
    return rd::cli::run(QCoreApplication::arguments());
}
