// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dialogs/winbackdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "dashboard/winbackcontroller.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

constexpr int ConfirmAbove = 5; // more mail windows at once than this are asked for
constexpr int MaxMailWindows = 50; // beyond this, a mail-merge file is the way: nobody checks 500 windows

} // namespace

WinBackDialog::WinBackDialog(WinBackController *controller, QList<int> rows, const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_rows(std::move(rows))
    , m_scope(scope)
    , m_summary(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_customers(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_log(new QCheckBox(tr("&Log each prepared message on its customer (shows as contacted)"), this))
    , m_save(new QPushButton(tr("&Save Mail-Merge File…"), this))
    , m_open(new QPushButton(tr("&Open in Mail Program"), this))
    , m_openAll(new QPushButton(this))
{
    setWindowTitle(tr("Prepare a Message"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_template->addItem(tr("By each customer's main reason"), QString());
    for (WinBackTemplate kind : {WinBackTemplate::Inactive, WinBackTemplate::SpendingDown, WinBackTemplate::Complaint,
             WinBackTemplate::FailedPayment})
        m_template->addItem(WinBack::title(kind), winBackTemplateName(kind));
    form->addRow(tr("&Template:"), m_template);
    layout->addLayout(form);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_customers);
    m_preview->setReadOnly(true);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_log->setChecked(true);
    layout->addWidget(m_log);
    auto *note = new QLabel(tr("Nothing is sent from here: the mail-merge file goes to your mail tool, and the mail "
                               "program opens each message for you to check and send."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openAll, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_template, &QComboBox::currentIndexChanged, this, &WinBackDialog::prepare);
    connect(m_customers, &QListWidget::currentRowChanged, this, &WinBackDialog::showMessage);
    connect(m_save, &QPushButton::clicked, this, &WinBackDialog::chooseMailMergeFile);
    connect(m_open, &QPushButton::clicked, this, &WinBackDialog::openCurrent);
    connect(m_openAll, &QPushButton::clicked, this, &WinBackDialog::openAll);
    resize(860, 560);
    prepare();
}

QString WinBackDialog::summary() const
{
    return m_summary->text();
}

void WinBackDialog::prepare()
{
    const QString name = m_template->currentData().toString();
    auto messages = m_controller->prepare(m_rows, name.isEmpty() ? std::nullopt : winBackTemplateFromName(name));
    m_messages = messages ? std::move(messages.value()) : QList<WinBackMessage>();
    const int current = std::max(0, m_customers->currentRow());
    m_customers->clear();
    qsizetype withAddress = 0;
    for (const WinBackMessage &message : std::as_const(m_messages)) {
        auto *item = new QListWidgetItem(
            message.email.isEmpty() ? tr("%1 (no e-mail address)").arg(message.name) : message.name, m_customers);
        item->setToolTip(message.email);
        withAddress += message.email.isEmpty() ? 0 : 1;
    }
    const QLocale locale;
    QString text = messages ? tr("%Ln message(s) for %1.", nullptr, int(m_messages.size())).arg(m_scope)
                            : tr("The messages could not be prepared: %1").arg(messages.error().message);
    if (messages && withAddress < m_messages.size())
        text += u' '
            + tr("%1 of them have no e-mail address: they are in the mail-merge file, but no mail window opens for "
                 "them.")
                  .arg(locale.toString(m_messages.size() - withAddress));
    m_summary->setText(text);
    m_openAll->setText(tr("Open &All (%1)").arg(locale.toString(withAddress)));
    m_openAll->setEnabled(withAddress > 0 && withAddress <= MaxMailWindows);
    m_openAll->setToolTip(withAddress > MaxMailWindows
            ? tr("More than %1 mail windows at once would be too many to check: save a mail-merge file for your mail "
                 "tool instead, or choose fewer customers.")
                  .arg(locale.toString(MaxMailWindows))
            : tr("Opens a message per customer in your mail program, for you to check and send"));
    m_save->setEnabled(!m_messages.isEmpty());
    if (!m_messages.isEmpty())
        m_customers->setCurrentRow(std::min(current, int(m_messages.size()) - 1));
    else
        showMessage(-1);
}

void WinBackDialog::showMessage(int index)
{
    if (index < 0 || index >= m_messages.size()) {
        m_preview->clear();
        m_open->setEnabled(false);
        return;
    }
    const WinBackMessage &message = m_messages.at(index);
    m_preview->setPlainText(
        tr("To: %1\nSubject: %2\n\n%3")
            .arg(message.email.isEmpty() ? tr("(no e-mail address)") : message.email, message.subject, message.body));
    m_open->setEnabled(!message.email.isEmpty());
}

bool WinBackDialog::saveMailMerge(const QString &path)
{
    if (auto written = WinBackController::writeMailMerge(m_messages, path); !written) {
        QMessageBox::warning(this, tr("Could not save the file"), written.error().message);
        return false;
    }
    if (m_log->isChecked()) {
        if (auto logged = m_controller->log(m_messages, u"mail_merge"_s); !logged)
            QMessageBox::warning(this, tr("Could not log the messages"), logged.error().message);
    }
    return true;
}

void WinBackDialog::chooseMailMergeFile()
{
    const QString name = tr("win-back") + u'-' + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Mail-Merge File"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    saveMailMerge(path);
}

int WinBackDialog::openInMailProgram(const QList<int> &indexes)
{
    QList<WinBackMessage> opened;
    for (int index : indexes) {
        if (index < 0 || index >= m_messages.size())
            continue;
        const QUrl url = WinBackController::mailtoUrl(m_messages.at(index));
        if (!url.isEmpty() && QDesktopServices::openUrl(url))
            opened.append(m_messages.at(index));
    }
    if (m_log->isChecked()) {
        if (auto logged = m_controller->log(opened, u"mailto"_s); !logged)
            QMessageBox::warning(this, tr("Could not log the messages"), logged.error().message);
    }
    return int(opened.size());
}

void WinBackDialog::openCurrent()
{
    if (openInMailProgram({m_customers->currentRow()}) == 0)
        QMessageBox::information(this, windowTitle(), tr("No mail program opened the message."));
}

void WinBackDialog::openAll()
{
    QList<int> indexes;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_messages.at(i).email.isEmpty())
            indexes.append(i);
    }
    if (indexes.size() > ConfirmAbove
        && QMessageBox::question(this, windowTitle(),
               tr("This opens %1 messages in your mail program, one window each. Go on?")
                   .arg(QLocale().toString(indexes.size())))
            != QMessageBox::Yes)
        return;
    openInMailProgram(indexes);
}

} // namespace rd
