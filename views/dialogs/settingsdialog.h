// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#pragma once

#include <QDialog>
#include <QHash>

#include "dashboard/businesssettings.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace rd {

class SettingsController;

// Edit > Settings: the user's own (language, start page, recent files, on this computer) and the settings
// of the open database, grouped by signal, each with its unit and a line on
// what it changes. OK and Apply write them through the controller, which refuses values that do not fit
// together with the engine's message (shown here; nothing is written then); Restore Defaults fills in the
// defaults, to be applied like any other change.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a controller (no database open), only the user's own settings.
    explicit SettingsDialog(SettingsController *controller, QWidget *parent = nullptr);

    // The editor of a setting (QSpinBox, QDoubleSpinBox or QComboBox); null for an unknown key.
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // The values as the editors show them, as they would be stored.
    BusinessSettings::Values values() const;
    QString errorText() const;
    // Writes the values (the Apply button); false when they were refused or could not be written.
    bool apply();
    void restoreDefaults();
    void showGroup(SettingGroup group);
    // The user's own settings (language, start page, recent files).
    void showComputerSettings() { showGroup(SettingGroup(-1)); }

signals:
    void recentFilesForgotten();
    // The values are applied and the dialog closed: the window shows the hindsight check, to tune the light.
    void tuneRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPages();
    void addUserPage();
    void showUserSettings();
    void retranslateTexts();
    void addGroup(SettingGroup group);
    QWidget *createEditor(const SettingInfo &info, QWidget *parent);
    void showValues(const BusinessSettings::Values &values);
    void showError(const QString &message);

    SettingsController *m_controller;
    QListWidget *m_groups;
    QStackedWidget *m_pages;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_intro = nullptr;
    QComboBox *m_language = nullptr;
    int m_languageShown = 0; // the stored choice (Language::Choice) as the dialog opened or last applied it
    QComboBox *m_startPage = nullptr;
    bool m_rebuildQueued = false;
};

} // namespace rd
