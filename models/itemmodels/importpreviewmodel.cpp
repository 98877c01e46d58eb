// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/importpreviewmodel.h"

namespace rd {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview({});
}

Field ImportPreviewModel::field(int column) const
{
    return m_preview.mapping.fields.value(column, Field::Ignore);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.headers.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // A short row leaves its last cells empty, as the import reads it.
        return m_preview.rows.at(index.row()).value(index.column());
    case Qt::ToolTipRole:
        return tr("Line %1, column \"%2\"")
            .arg(m_preview.lines.value(index.row()))
            .arg(m_preview.headers.at(index.column()));
    case FieldRole:
        return int(field(index.column()));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The file's own line numbers, as the rejected rows name them.
        if (role == Qt::DisplayRole && section >= 0 && section < m_preview.lines.size())
            return QString::number(m_preview.lines.at(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_preview.headers.size())
        return {};
    const QString header = m_preview.headers.at(section);
    const Field target = field(section);
    switch (role) {
    case Qt::DisplayRole:
        return target == Field::Ignore
            ? tr("%1\n(not imported)").arg(header)
            : tr("%1\n→ %2", "column header and the field it fills").arg(header, fieldTitle(target));
    case Qt::ToolTipRole:
        return target == Field::Ignore
            ? tr("The column \"%1\" is not imported. Click to choose a field for it.").arg(header)
            : tr("The column \"%1\" is read as %2 (%3). Click to choose another field.")
                  .arg(header, fieldTitle(target), fieldName(target));
    case FieldRole:
        return int(target);
    default:
        return {};
    }
}

} // namespace rd
