// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
// Passes over the whole file before the import, where the first rows cannot tell: the order of day and month,
// and the scale of CSAT answers.
#include "importrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rd::detail {

std::optional<SurveyKind> surveyKindFrom(const QString &text)
{
    const QString kind = normaliseHeader(text);
    if (kind == u"nps" || kind == u"netpromoterscore")
        return SurveyKind::Nps;
    if (kind == u"csat" || kind == u"customersatisfaction" || kind == u"kundenzufriedenheit")
        return SurveyKind::Csat;
    if (kind == u"exit" || kind == u"exitsurvey" || kind == u"cancellation" || kind == u"churn" || kind == u"austritt"
        || kind == u"austrittsbefragung" || kind == u"kuendigung" || kind == u"kuendigungsbefragung")
        return SurveyKind::Exit;
    return std::nullopt;
}

bool ImportRun::scanRecords(const QString &filePath, const CsvFormat &format, int headerLine,
    const std::function<bool(const QStringList &)> &visit)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    CsvReader reader(&file, format);
    QStringList fields;
    reader.skipLines(headerLine);
    reader.readRecord(fields); // the header
    while (reader.readRecord(fields) && visit(fields)) { }
    return true;
}

bool ImportRun::prescanAmbiguousDates(
    const QString &filePath, const CsvFormat &format, int headerLine, QList<int> columns)
{
    QHash<int, std::pair<bool, bool>> fits; // column -> (day first fits, month first fits)
    for (int column : std::as_const(columns))
        fits.insert(column, {true, true});
    const bool read = scanRecords(filePath, format, headerLine, [&](const QStringList &fields) {
        for (auto it = columns.begin(); it != columns.end();) {
            const QString value = fields.value(*it).trimmed();
            auto &[dayFirst, monthFirst] = fits[*it];
            if (!value.isEmpty()) {
                dayFirst = dayFirst && parseDate(value, DateFormat::DayMonthYearSlash).isValid();
                monthFirst = monthFirst && parseDate(value, DateFormat::MonthDayYearSlash).isValid();
            }
            if (dayFirst != monthFirst) {
                m_report.dateFormats.insert(
                    *it, dayFirst ? DateFormat::DayMonthYearSlash : DateFormat::MonthDayYearSlash);
                it = columns.erase(it);
            } else {
                ++it;
            }
        }
        return !columns.isEmpty();
    });
    if (!read || columns.isEmpty())
        return read;
    const int column = columns.constFirst();
    m_report.ambiguousDateColumn = m_report.headers.value(column);
    return fail(tr("The dates in column \"%1\" of %2 can be read both as day/month/year and as month/day/year "
                   "(no day is above 12).")
                    .arg(m_report.headers.value(column), QDir::toNativeSeparators(filePath)));
}

bool ImportRun::chooseCsatScale(const QString &filePath, const CsvFormat &format, int headerLine)
{
    if (m_options.kind != ImportKind::Surveys || m_surveyKind == SurveyKind::Nps)
        return true;
    if (m_options.csatScale) {
        m_report.csatScale = *m_options.csatScale;
        return true;
    }
    // A CSAT score column that names its scale ("CSAT (1-10)"); a column shared with NPS names NPS's.
    const int scoreColumn = m_report.mapping.column(Field::Score);
    static const QRegularExpression namesTen(u"(?<![0-9])10(?![0-9])"_s);
    if (m_surveyKind == SurveyKind::Csat && namesTen.match(m_report.headers.value(scoreColumn)).hasMatch()) {
        m_report.csatScale = 10;
        return true;
    }
    // Else the answers say: one above 5 and the survey is on 1-10.
    const int kindColumn = m_report.mapping.column(Field::Kind);
    bool seen = m_surveyKind == SurveyKind::Csat;
    bool ten = false;
    const bool read = scanRecords(filePath, format, headerLine, [&](const QStringList &fields) {
        if (!m_surveyKind && surveyKindFrom(fields.value(kindColumn).trimmed()) != SurveyKind::Csat)
            return true;
        seen = true;
        const auto score = parseInteger(fields.value(scoreColumn).trimmed());
        ten = score && *score > 5;
        return !ten;
    });
    m_report.csatScale = ten ? 10 : seen ? 5 : 0;
    return read;
}

} // namespace rd::detail
