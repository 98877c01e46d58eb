// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// The Debian package as a user gets it: CPack builds it from this build tree, dpkg -x unpacks it into a
// temporary root, and the unpacked programs run from there. The desktop entry, the AppStream metainfo and
// the package pass Debian's own checks (desktop-file-validate, appstreamcli, lintian).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testcase.h"

using namespace Qt::StringLiterals;

class tst_Package : public rd::test::TestCase
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments, const QString &directory = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 240000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (!directory.isEmpty())
            process.setWorkingDirectory(directory);
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
            return {-1, QString(), process.errorString()};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    static QString tool(const QString &name) { return QStandardPaths::findExecutable(name); }

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

private slots:
    void initTestCase()
    {
        if (tool(u"dpkg-deb"_s).isEmpty())
            QSKIP("dpkg-deb is not installed: the Debian package cannot be built or unpacked here.");
        QVERIFY(m_dir.isValid());
        // The package of this build tree, written into a folder of its own (CPack's work files too).
        const Run cpack = run(QStringLiteral(RD_CPACK_COMMAND),
            {u"-G"_s, u"DEB"_s, u"-B"_s, m_dir.filePath(u"out"_s), u"--config"_s,
                QStringLiteral(RD_BUILD_DIR "/CPackConfig.cmake")},
            QStringLiteral(RD_BUILD_DIR));
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_dir.filePath(u"out"_s)).entryList({u"retentiondesk_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(u"out/"_s + debs.constFirst());
        m_root = m_dir.filePath(u"root"_s);
        const Run unpack = run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_root});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
    }

    void namesItsVersionAndArchitecture()
    {
        QVERIFY(QFileInfo(m_deb).fileName().startsWith(u"retentiondesk_" RD_VERSION "_"_s));
        const Run version = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Version"_s});
        QCOMPARE(version.out.trimmed(), QStringLiteral(RD_VERSION));
    }

    // dpkg-shlibdeps found Debian's libraries; what Qt loads at run time is named by hand.
    void dependsOnDebiansLibraries_data()
    {
        QTest::addColumn<QString>("package");
        for (const char *package :
            {"libqt6core6", "libqt6widgets6", "libqt6charts6", "libqt6sql6", "libqt6svg6", "libnlopt0", "libxlsxwriter",
                "libc6", "libqt6sql6-sqlite", "qt6-qpa-plugins", "qt6-translations-l10n"})
            QTest::newRow(package) << QString::fromLatin1(package);
    }
    void dependsOnDebiansLibraries()
    {
        QFETCH(QString, package);
        const Run depends = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Depends"_s});
        QCOMPARE(depends.exitCode, 0);
        const QRegularExpression named(u"(^|, )"_s + QRegularExpression::escape(package) + u"[0-9]*( |,|$)"_s);
        QVERIFY2(named.match(depends.out.trimmed()).hasMatch(), qPrintable(depends.out));
    }

    void holdsEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("window") << u"usr/bin/retentiondesk"_s;
        QTest::newRow("command line") << u"usr/bin/retentiondesk-cli"_s;
        QTest::newRow("desktop entry") << u"usr/share/applications/" RD_APP_ID ".desktop"_s;
        QTest::newRow("metainfo") << u"usr/share/metainfo/" RD_APP_ID ".metainfo.xml"_s;
        QTest::newRow("scalable icon") << u"usr/share/icons/hicolor/scalable/apps/" RD_APP_ID ".svg"_s;
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QTest::addRow("icon %d", size) << u"usr/share/icons/hicolor/%1x%1/apps/" RD_APP_ID ".png"_s.arg(size);
        }
        QTest::newRow("copyright") << u"usr/share/doc/retentiondesk/copyright"_s;
        QTest::newRow("changelog") << u"usr/share/doc/retentiondesk/changelog.gz"_s;
    }
    void holdsEveryFile()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(m_root + u'/' + path).isFile(), qPrintable(path));
    }

    void iconsHaveTheirSize()
    {
        for (int size : {16, 48, 256}) {
            QImage icon(m_root + u"/usr/share/icons/hicolor/%1x%1/apps/" RD_APP_ID ".png"_s.arg(size));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
        }
    }

    void commandLineRunsFromThePackage()
    {
        const Run version = run(m_root + u"/usr/bin/retentiondesk-cli"_s, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"retentiondesk-cli " RD_VERSION ""_s);

        const QString db = m_dir.filePath(u"demo.sqlite"_s);
        const Run demo
            = run(m_root + u"/usr/bin/retentiondesk-cli"_s, {u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run info = run(m_root + u"/usr/bin/retentiondesk-cli"_s, {u"info"_s, u"--db"_s, db});
        QVERIFY2(info.exitCode == 0 && info.out.contains(u"300"_s), qPrintable(info.out + info.err));
    }

    // The window from the package: its German (compiled in) and Qt's own German (Debian's
    // qt6-translations-l10n) are found, and it renders its pages.
    void windowRunsFromThePackage()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        const QString window = m_root + u"/usr/bin/retentiondesk"_s;

        const Run version = run(window, {u"--version"_s}, {}, environment);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral(RD_VERSION)), qPrintable(version.out));

        const Run help = run(window, {u"--lang"_s, u"de"_s, u"--help"_s}, {}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"Die Datenbank DATEI öffnen"_s), qPrintable(help.out)); // ours
        if (QFileInfo::exists(u"/usr/share/qt6/translations/qtbase_de.qm"_s))
            QVERIFY2(help.out.contains(u"Optionen:"_s), qPrintable(help.out)); // Qt's

        const QString db = m_dir.filePath(u"window.sqlite"_s);
        QCOMPARE(run(m_root + u"/usr/bin/retentiondesk-cli"_s, {u"demo"_s, u"--db"_s, db, u"--customers"_s, u"300"_s})
                     .exitCode,
            0);
        const QString shots = m_dir.filePath(u"shots"_s);
        const Run screenshot
            = run(window, {u"--lang"_s, u"de"_s, u"--db"_s, db, u"--screenshot"_s, shots}, {}, environment);
        QVERIFY2(screenshot.exitCode == 0, qPrintable(screenshot.err));
        const QImage overview(shots + u"/overview.png"_s);
        QCOMPARE(overview.size(), QSize(1280, 800));
    }

    void desktopEntryValidates()
    {
        if (tool(u"desktop-file-validate"_s).isEmpty())
            QSKIP("desktop-file-validate (desktop-file-utils) is not installed.");
        const Run check
            = run(u"desktop-file-validate"_s, {m_root + u"/usr/share/applications/" RD_APP_ID ".desktop"_s});
        QVERIFY2(check.exitCode == 0 && check.out.trimmed().isEmpty(), qPrintable(check.out + check.err));
    }

    void metainfoValidates()
    {
        if (tool(u"appstreamcli"_s).isEmpty())
            QSKIP("appstreamcli (appstream) is not installed.");
        const Run check = run(u"appstreamcli"_s,
            {u"validate"_s, u"--no-net"_s, u"--pedantic"_s,
                m_root + u"/usr/share/metainfo/" RD_APP_ID ".metainfo.xml"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // lintian without errors; the warnings we leave are listed in packaging/README.md.
    void lintianFindsNoError()
    {
        if (tool(u"lintian"_s).isEmpty())
            QSKIP("lintian is not installed.");
        const Run check = run(u"lintian"_s, {u"--no-tag-display-limit"_s, m_deb});
        const QStringList errors = check.out.split(u'\n').filter(QRegularExpression(u"^E: "_s));
        QVERIFY2(errors.isEmpty(), qPrintable(check.out));
    }
};

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
