// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QObject>

namespace rd::test {

// The base of every test class: a warning (qWarning, or one of Qt's own) fails the test function that
// caused it, unless the test expects it with QTest::ignoreMessage. Set once here for every test executable
// (QTest::failOnWarning holds for one test function, so this class's init() sets it before each).
class TestCase : public QObject
{
    Q_OBJECT

protected slots:
    // Called by QtTest before each test function. A test class with an init() of its own calls this first.
    void init();
};

} // namespace rd::test
