// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "core/result.h"

namespace rd {

class CohortTableModel;
class RiskTableModel;

// One cell of an exported table: text, or a number that a spreadsheet should keep as a number.
struct ExportCell
{
    enum class Kind { Text, Number, Money, Percent };
    Kind kind = Kind::Text;
    QString text; // Text
    double number = 0.0; // Number; Money in major units (12.50); Percent as a share (0.97)
    bool empty = false; // a number that is not there (no estimate): an empty cell

    static ExportCell fromText(const QString &text) { return {Kind::Text, text, 0.0, false}; }
    static ExportCell fromNumber(double value, Kind kind = Kind::Number) { return {kind, {}, value, false}; }
    static ExportCell none(Kind kind) { return {kind, {}, 0.0, true}; }
};

// A table to hand to a spreadsheet: what the window lists, with numbers as numbers.
struct ExportTable
{
    QString title; // the sheet's name
    QStringList headers;
    QList<QList<ExportCell>> rows;
    QString currency; // of the Money cells
};

// Who may read a file that holds customers' data: the user only (0600), whatever the umask says.
inline constexpr QFileDevice::Permissions PersonalDataPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes tables for spreadsheets: CSV as Excel reads it in the user's language, and Excel workbooks.
// A file is written whole or not at all, readable by the user only. Text cells of a CSV file are
// neutralised against spreadsheet formulas (csvTextCell()); a workbook holds text as text anyway.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // The at-risk list's rows (source rows of the model, in the order given: the view's sort and filter)
    // with the customer number and every reason, which the window shows only in the detail.
    static ExportTable riskList(const RiskTableModel &model, const QList<int> &rows);
    // The cohort matrix as the heat map shows it: a row per cohort with its size, a column per period since
    // it started, percentages as percentages (empty where the cohort has not got that far).
    static ExportTable cohorts(const CohortTableModel &model);

    // UTF-8 with a byte order mark, so that Excel reads umlauts right. Where the locale writes decimal
    // commas, fields are separated by semicolons and numbers use the comma, as Excel expects there.
    // Numbers carry no thousands separators; percentages are written as numbers of percent (97).
    static Result<void> writeCsv(const ExportTable &table, const QString &path, const QLocale &locale = {});
    // An .xlsx workbook (libxlsxwriter): a bold, frozen header row with filters, money and percentage
    // cells formatted as such.
    static Result<void> writeXlsx(const ExportTable &table, const QString &path);
};

} // namespace rd
