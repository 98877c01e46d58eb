// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "support/testcase.h"

#include <QRegularExpression>
#include <QTest>

namespace rd::test {

void TestCase::init()
{
    // Every warning but the offscreen platform's notes that it cannot raise a window or pass on size hints
    // (it has no window system to ask): those say nothing about our code.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
}

} // namespace rd::test
