// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <memory>

#include <QMainWindow>

#include "storage/database.h"

class QLabel;
class QTableView;

namespace rd {

class TableCountsModel;

// The main window: for now it opens a database and shows what it holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file and shows its counts; on failure shows nothing new and returns the error.
    Result<void> openDatabase(const QString &path);
    void closeDatabase();
    const TableCountsModel *countsModel() const { return m_counts; }

private:
    void chooseDatabase();
    void refresh();

    std::unique_ptr<Database> m_database;
    TableCountsModel *m_counts = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_range = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace rd
