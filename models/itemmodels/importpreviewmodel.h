// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QAbstractTableModel>

#include "import/importer.h"

namespace rd {

// The first rows of a file to import, as read: one column per column of the file, its header saying
// which field it fills ("Kundennummer → Customer number") or that it is not imported.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FieldRole = Qt::UserRole, // int(Field) the column fills; Field::Ignore when it is not imported
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ImportPreview &preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }
    Field field(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPreview m_preview;
};

} // namespace rd
