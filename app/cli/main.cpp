// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <csignal>

#include <QCoreApplication>
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"RetentionDesk"_s);
    QCoreApplication::setApplicationName(u"retentiondesk-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rd::Version));
    // English, with its plurals ("1 customer", "2 customers").
    QTranslator plurals;
    if (plurals.load(u"retentiondesk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&plurals);
    return rd::cli::run(QCoreApplication::arguments());
}
