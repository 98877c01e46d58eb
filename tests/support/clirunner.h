// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// What the tests of the command-line tool share: they run the built retentiondesk-cli (RD_CLI_PATH) as a
// user would, without a display, and check its exit codes and output.
#pragma once

#include <utility>

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace rd::test {

// A file in tests/data.
inline QString testData(const QString &name)
{
    return QString::fromUtf8(RD_TEST_DATA_DIR) + u'/' + name;
}

inline QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Runs the CLI, and writes the files and databases it is given into a temporary directory of its own.
// A test class derives from QObject and from this.
class CliRunner
{
protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(RD_CLI_PATH), arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    // `info --format json`; on failure an object holding only the error, which no expectation matches.
    QJsonObject info(const QString &db)
    {
        const Run run = cli(
            {QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            return {{QStringLiteral("cli_failed"), run.err}};
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // A fresh path in the temporary directory, unique over the whole run.
    QString newPath(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(suffix));
    }

    QString writeFile(const QByteArray &content)
    {
        const QString path = newPath(QStringLiteral(".csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // The output as a JSON object; on failure an object holding only the error, which no expectation
    // matches.
    static QJsonObject jsonOf(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (run.exitCode != 0 || error.error != QJsonParseError::NoError || !document.isObject())
            return {{QStringLiteral("cli_failed"), QString(run.err + error.errorString())}};
        return document.object();
    }

    // A new database with each (kind, CSV content) imported in turn; empty when an import fails.
    QString importedDatabase(const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString db = newPath(QStringLiteral(".sqlite"));
        for (const auto &[kind, content] : files) {
            if (cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), kind,
                        writeFile(content)})
                    .exitCode
                != 0)
                return {};
        }
        return db;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace rd::test
