// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "dashboard/settingscontroller.h"
#include "views/language.h"
#include "views/mainwindow.h"
#include "views/usersettings.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString churnModelText(const QString &name)
{
    if (name == u"contract")
        return SettingsDialog::tr("Contract: lost when the contract ends");
    if (name == u"activity")
        return SettingsDialog::tr("Activity: lost after the window without an order or activity");
    return SettingsDialog::tr("Automatic: contract where there is one, else activity");
}

} // namespace

SettingsDialog::SettingsDialog(SettingsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_groups(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
          this))
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *body = new QHBoxLayout;
    body->addWidget(m_groups);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    buildPages();
    connect(m_groups, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The database's settings first, when one is open: they are what users come for.
    m_groups->setCurrentRow(m_controller && m_groups->count() > 1 ? 1 : 0);

    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    // A red that reads on the window's colour, light or dark.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(255, 130, 120) : QColor(170, 40, 30));
    m_error->setPalette(palette);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);

    if (m_controller) {
        if (auto stored = m_controller->values(); stored)
            showValues(*stored);
        else
            showError(stored.error().message);
    }
    showUserSettings();
    retranslateTexts();
    resize(760, 520);
}

void SettingsDialog::buildPages()
{
    addUserPage();
    if (!m_controller)
        return;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        if (m_pages->widget(m_pages->count() - 1)->property("group").toInt() != int(info.group))
            addGroup(info.group);
    }
    m_groups->setMaximumWidth(m_groups->sizeHintForColumn(0) + 2 * m_groups->frameWidth() + 16);
}

void SettingsDialog::addUserPage()
{
    m_groups->addItem(tr("This computer"));
    auto *page = new QWidget(m_pages);
    page->setProperty("group", -1);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    for (const Language::Choice choice : {Language::System, Language::German, Language::English})
        m_language->addItem(Language::choiceName(choice), int(choice));
    auto *languageLabel = new QLabel(tr("Language:"), page);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    m_startPage = new QComboBox(page);
    m_startPage->setObjectName(u"startPage"_s);
    m_startPage->addItem(tr("The page shown last"), -1);
    for (int i = 0; i < MainWindow::PageCount; ++i)
        m_startPage->addItem(MainWindow::pageName(MainWindow::Page(i)), i);
    auto *startLabel = new QLabel(tr("Start page:"), page);
    startLabel->setBuddy(m_startPage);
    form->addRow(startLabel, m_startPage);
    auto *forget = new QPushButton(tr("Forget the Recent Files"), page);
    forget->setObjectName(u"forgetRecent"_s);
    forget->setEnabled(!UserSettings::recentFiles().isEmpty());
    connect(forget, &QPushButton::clicked, this, [this, forget] {
        UserSettings::forgetRecentFiles();
        forget->setEnabled(false);
        emit recentFilesForgotten();
    });
    form->addRow(tr("File > Open Recent:"), forget);
    auto *note = new QLabel(
        tr("These settings are yours, on this computer: other users and other computers keep their own."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    m_pages->addWidget(page);
}

void SettingsDialog::showUserSettings()
{
    m_languageShown = Language::stored();
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(m_languageShown))));
    m_startPage->setCurrentIndex(std::max(0, m_startPage->findData(UserSettings::startPage())));
}

void SettingsDialog::retranslateTexts()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(m_controller
            ? tr("The language and the start page are yours, on this computer. The other settings belong to this "
                 "database: everyone who opens it sees the same figures.")
            : tr("Open a database to change its settings: currency, churn model and the risk light's limits."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange || m_rebuildQueued)
        return;
    // Every label, unit, explanation and choice again in the new language, with the values as edited.
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_rebuildQueued = false;
            const BusinessSettings::Values edited = values();
            const int language = m_language->currentIndex();
            const int start = m_startPage->currentIndex();
            const int row = m_groups->currentRow();
            const QSignalBlocker blocker(m_groups);
            m_groups->clear();
            while (m_pages->count() > 0) {
                QWidget *page = m_pages->widget(0);
                m_pages->removeWidget(page);
                delete page;
            }
            m_editors.clear();
            buildPages();
            if (m_controller)
                showValues(edited);
            m_language->setCurrentIndex(language);
            m_startPage->setCurrentIndex(start);
            m_groups->setCurrentRow(row);
            m_pages->setCurrentIndex(row);
            retranslateTexts();
        },
        Qt::QueuedConnection);
}

void SettingsDialog::addGroup(SettingGroup group)
{
    m_groups->addItem(BusinessSettings::groupName(group));
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setProperty("group", int(group));
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        if (info.group != group)
            continue;
        auto *field = new QWidget(page);
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 6);
        QWidget *editor = createEditor(info, field);
        editor->setObjectName(info.key);
        const QString defaultText = tr("Default: %1").arg(editor->property("defaultText").toString());
        editor->setToolTip(info.helpText() + u"\n"_s + defaultText);
        editor->setWhatsThis(info.helpText());
        fieldLayout->addWidget(editor, 0, Qt::AlignLeft);
        auto *help = new QLabel(info.helpText() + u' ' + defaultText + u'.', field);
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
        fieldLayout->addWidget(help);
        auto *label = new QLabel(info.labelText() + u':', page);
        label->setBuddy(editor);
        form->addRow(label, field);
        m_editors.insert(info.key, editor);
    }
    // The list's limits can be set by hand here, or tuned on the business's own history.
    if (group == SettingGroup::List) {
        auto *tune = new QPushButton(tr("Check and Tune the Light on Your History…"), page);
        tune->setObjectName(u"tuneLight"_s);
        tune->setToolTip(tr("Applies the values shown, then shows how well the light's colours worked out on your "
                            "own history, where it can be tuned"));
        connect(tune, &QPushButton::clicked, this, [this] {
            if (!apply())
                return;
            accept();
            emit tuneRequested();
        });
        form->addRow(tune);
    }
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
}

QWidget *SettingsDialog::createEditor(const SettingInfo &info, QWidget *parent)
{
    const QLocale locale;
    const QString unit = info.unitText().isEmpty() ? QString() : u' ' + info.unitText();
    // In the running text below the editor, the number and its unit stay on one line.
    const QString textUnit = info.unitText().isEmpty() ? QString() : QChar(0x00A0) + info.unitText();
    switch (info.kind) {
    case SettingKind::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(info.minimum), int(info.maximum));
        spin->setSuffix(unit);
        spin->setProperty("defaultText",
            QString(locale.toString(qRound(BusinessSettings::shownNumber(info, info.defaultValue))) + textUnit));
        return spin;
    }
    case SettingKind::Number:
    case SettingKind::Percent: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(info.kind == SettingKind::Percent ? 1 : 2);
        spin->setRange(info.minimum, info.maximum);
        spin->setSuffix(unit);
        spin->setProperty("defaultText",
            QString(locale.toString(BusinessSettings::shownNumber(info, info.defaultValue), 'g', 6) + textUnit));
        return spin;
    }
    case SettingKind::Choice: {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : info.choices)
            combo->addItem(churnModelText(choice), choice);
        combo->setProperty("defaultText", churnModelText(info.defaultValue));
        return combo;
    }
    case SettingKind::Keywords:
    case SettingKind::Line: {
        auto *edit = new QLineEdit(parent);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 60);
        edit->setMaxLength(4000);
        edit->setClearButtonEnabled(true);
        const QString builtIn = BusinessSettings::builtInText(info);
        edit->setPlaceholderText(info.kind == SettingKind::Keywords ? tr("Your own words, comma-separated") : builtIn);
        edit->setProperty("defaultText",
            info.kind == SettingKind::Keywords ? tr("only the built-in words (%1)").arg(builtIn)
                                               : tr("the built-in text"));
        return edit;
    }
    case SettingKind::Text: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 60);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 7);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(BusinessSettings::builtInText(info));
        edit->setProperty("defaultText", tr("the built-in text"));
        return edit;
    }
    case SettingKind::Currency: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), combo));
        QStringList codes {u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s};
        const QString own = locale.currencySymbol(QLocale::CurrencyIsoCode);
        if (!own.isEmpty() && !codes.contains(own))
            codes.prepend(own);
        combo->addItems(codes);
        combo->setProperty("defaultText", info.defaultValue);
        return combo;
    }
    }
    return new QWidget(parent);
}

void SettingsDialog::showValues(const BusinessSettings::Values &values)
{
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        QWidget *editor = m_editors.value(info.key);
        const QString stored = values.value(info.key, info.defaultValue);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(qRound(BusinessSettings::shownNumber(info, stored)));
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            spin->setValue(BusinessSettings::shownNumber(info, stored));
        else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
            combo->setCurrentText(stored);
        else if (combo)
            combo->setCurrentIndex(std::max(0, combo->findData(stored)));
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(stored);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setPlainText(stored);
    }
}

BusinessSettings::Values SettingsDialog::values() const
{
    BusinessSettings::Values values;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        QWidget *editor = m_editors.value(info.key);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            values.insert(info.key, BusinessSettings::storedNumber(info, spin->value()));
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
            values.insert(info.key, BusinessSettings::storedNumber(info, spin->value()));
        else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
            values.insert(info.key, combo->currentText().trimmed().toUpper());
        else if (combo)
            values.insert(info.key, combo->currentData().toString());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            values.insert(info.key, line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            values.insert(info.key, text->toPlainText());
    }
    return values;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SettingsDialog::apply()
{
    // The user's own settings, which nothing can refuse; a new language takes effect at once.
    UserSettings::setStartPage(m_startPage->currentData().toInt());
    // Only a language chosen here switches: a run started with --lang keeps its language through other changes.
    const auto language = Language::Choice(m_language->currentData().toInt());
    if (language != m_languageShown) {
        m_languageShown = language;
        Language::store(language);
        Language::apply(Language::localeFor(language));
    }
    if (!m_controller) {
        showError(QString());
        return true;
    }
    // Each value as typed first (a currency code of two letters), then the whole with the engine's checks.
    const BusinessSettings::Values values = this->values();
    BusinessSettings::Values parsed = values;
    for (const SettingInfo &info : BusinessSettings::catalog()) {
        if (info.isNumber() || info.kind == SettingKind::Choice)
            continue;
        // A message is typed with its line breaks here: only the command line writes them as \n.
        const QString typed = info.kind == SettingKind::Text ? BusinessSettings::shown(info, values.value(info.key))
                                                             : values.value(info.key);
        auto value = BusinessSettings::parse(info, typed);
        if (!value) {
            showError(value.error().message);
            return false;
        }
        parsed.insert(info.key, *value);
    }
    if (auto applied = m_controller->apply(parsed); !applied) {
        showError(applied.error().message);
        return false;
    }
    showError(QString());
    return true;
}

void SettingsDialog::restoreDefaults()
{
    if (m_controller)
        showValues(BusinessSettings::defaults());
    showError(QString());
}

void SettingsDialog::showGroup(SettingGroup group)
{
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->widget(row)->property("group").toInt() == int(group))
            m_groups->setCurrentRow(row);
    }
}

void SettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace rd
