// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "export/tableexport.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

#include "import/csvreader.h"
#include "itemmodels/cohorttablemodel.h"
#include "itemmodels/risktablemodel.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Excel's sheet names: at most 31 characters, none of []:*?/\.
QString sheetName(const QString &title)
{
    QString name = title;
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    }
    name = name.left(31).trimmed();
    return name.isEmpty() ? u"Sheet1"_s : name;
}

} // namespace

ExportTable TableExport::riskList(const RiskTableModel &model, const QList<int> &rows)
{
    using M = RiskTableModel;
    ExportTable table;
    table.title = tr("At-risk customers");
    table.currency = model.currency();
    const auto header
        = [&model](int column) { return model.headerData(column, Qt::Horizontal).toString().replace(u'\n', u' '); };
    table.headers = {tr("Customer number"), header(M::NameColumn), header(M::StatusColumn), tr("Key account"),
        header(M::Value12mColumn), header(M::ScoreColumn), tr("Still active (%)"), header(M::MainReasonColumn),
        tr("All reasons"), header(M::ReviewStateColumn), header(M::OwnerColumn)};
    const auto data = model.dataset();
    for (int row : rows) {
        const auto at
            = [&model, row](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        const int customer = at(0, M::CustomerIndexRole).toInt();
        const double alive = at(M::PAliveColumn, M::RawValueRole).toDouble();
        table.rows.append({
            ExportCell::fromText(data ? data->customers.at(customer).externalId : QString()),
            ExportCell::fromText(at(M::NameColumn).toString()),
            ExportCell::fromText(at(M::StatusColumn).toString()),
            ExportCell::fromText(at(M::KeyAccountColumn, M::RawValueRole).toBool() ? tr("yes") : QString()),
            ExportCell::fromNumber(
                double(at(M::Value12mColumn, M::RawValueRole).toLongLong()) / 100.0, ExportCell::Kind::Money),
            ExportCell::fromNumber(at(M::ScoreColumn, M::RawValueRole).toInt()),
            alive < 0 ? ExportCell::none(ExportCell::Kind::Percent)
                      : ExportCell::fromNumber(alive, ExportCell::Kind::Percent),
            ExportCell::fromText(at(M::MainReasonColumn).toString()),
            ExportCell::fromText(at(M::MainReasonColumn, Qt::ToolTipRole).toString().replace(u'\n', u"; "_s)),
            ExportCell::fromText(at(M::ReviewStateColumn).toString()),
            ExportCell::fromText(at(M::OwnerColumn).toString()),
        });
    }
    return table;
}

ExportTable TableExport::cohorts(const CohortTableModel &model)
{
    const CohortMatrix &matrix = model.matrix();
    ExportTable table;
    table.title = matrix.mode == CohortMode::Revenue ? tr("Revenue cohorts") : tr("Cohorts");
    table.headers = {tr("Cohort"), tr("Customers")};
    for (int column = 0; column < model.columnCount(); ++column)
        table.headers.append(model.headerData(column, Qt::Horizontal).toString());
    for (const CohortRow &row : matrix.rows) {
        QList<ExportCell> cells {ExportCell::fromText(row.label), ExportCell::fromNumber(double(row.size))};
        for (int column = 0; column < model.columnCount(); ++column) {
            const std::optional<double> percent
                = column < row.percentages.size() ? row.percentages.at(column) : std::optional<double>();
            cells.append(percent ? ExportCell::fromNumber(*percent / 100.0, ExportCell::Kind::Percent)
                                 : ExportCell::none(ExportCell::Kind::Percent));
        }
        table.rows.append(cells);
    }
    return table;
}

Result<void> TableExport::writeCsv(const ExportTable &table, const QString &path, const QLocale &locale)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QChar decimal = locale.decimalPoint().front();
    const QChar separator = decimal == u',' ? u';' : u',';
    const auto field = [&](const ExportCell &cell) -> QString {
        if (cell.kind == ExportCell::Kind::Text)
            return csvTextCell(cell.text, separator);
        if (cell.empty)
            return {};
        const double value = cell.kind == ExportCell::Kind::Percent ? cell.number * 100.0 : cell.number;
        const int decimals = cell.kind == ExportCell::Kind::Money ? 2
            : cell.kind == ExportCell::Kind::Percent              ? 0
                                                                  : (value == std::floor(value) ? 0 : 2);
        QString text = QString::number(value, 'f', decimals);
        return decimal == u',' ? text.replace(u'.', u',') : text;
    };
    QString content;
    QStringList line;
    for (const QString &header : table.headers)
        line.append(csvTextCell(header, separator));
    content += line.join(separator) + u"\r\n"_s;
    for (const QList<ExportCell> &row : table.rows) {
        line.clear();
        for (const ExportCell &cell : row)
            line.append(field(cell));
        content += line.join(separator) + u"\r\n"_s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("Could not write %1: %2").arg(nativePath, file.errorString()), {}};
    file.setPermissions(PersonalDataPermissions);
    file.write("\xEF\xBB\xBF"); // the byte order mark: Excel reads UTF-8 only with it
    file.write(content.toUtf8());
    if (!file.commit())
        return Error {tr("Could not write %1: %2").arg(nativePath, file.errorString()), {}};
    return {};
}

Result<void> TableExport::writeXlsx(const ExportTable &table, const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    // Written next to the target and renamed at the end: a failed export leaves no half a workbook.
    const QString partial = path + u".part"_s;
    {
        // Created readable by the user only before libxlsxwriter writes into it: it keeps the mode.
        QFile created(partial);
        if (created.open(QIODevice::WriteOnly | QIODevice::Truncate))
            created.setPermissions(PersonalDataPermissions);
    }
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook)
        return Error {tr("Could not write %1.").arg(nativePath), {}};
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(table.title).toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    const QByteArray moneyFormat = "#,##0.00 \"" + table.currency.toUtf8() + '"';
    format_set_num_format(money, moneyFormat.constData());
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0%");

    for (int column = 0; column < table.headers.size(); ++column)
        worksheet_write_string(sheet, 0, lxw_col_t(column), table.headers.at(column).toUtf8().constData(), bold);
    QList<int> widths;
    for (const QString &header : table.headers)
        widths.append(int(header.size()));
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<ExportCell> &row = table.rows.at(r);
        for (int column = 0; column < row.size(); ++column) {
            const ExportCell &cell = row.at(column);
            const auto at = lxw_row_t(r + 1);
            const auto col = lxw_col_t(column);
            if (cell.kind == ExportCell::Kind::Text) {
                if (!cell.text.isEmpty())
                    worksheet_write_string(sheet, at, col, cell.text.toUtf8().constData(), nullptr);
                if (column < widths.size())
                    widths[column] = std::max(widths.at(column), int(std::min<qsizetype>(cell.text.size(), 60)));
            } else if (!cell.empty) {
                worksheet_write_number(sheet, at, col, cell.number,
                    cell.kind == ExportCell::Kind::Money         ? money
                        : cell.kind == ExportCell::Kind::Percent ? percent
                                                                 : nullptr);
                if (column < widths.size())
                    widths[column] = std::max(widths.at(column), 12);
            }
        }
    }
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column) + 2, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.headers.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.headers.size() - 1));

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error {tr("Could not write %1.").arg(nativePath), QString::fromUtf8(lxw_strerror(closed))};
    }
    QFile::setPermissions(partial, PersonalDataPermissions);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error {tr("Could not write %1.").arg(nativePath), {}};
    }
    return {};
}

} // namespace rd
