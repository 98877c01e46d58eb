// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include <csignal>

#include <QCoreApplication>

#include "cli/commands.h"
#include "core/memory.h"

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
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    return rd::cli::run(QCoreApplication::arguments());
}
