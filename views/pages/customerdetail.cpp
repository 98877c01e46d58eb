// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/pages/customerdetail.h"

#include <algorithm>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/money.h"
#include "dashboard/customerdatacontroller.h"
#include "dashboard/reviewcontroller.h"
#include "export/personaldata.h"
#include "itemmodels/risktablemodel.h"
#include "views/pages/riskdelegate.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString severityWord(MetricsSeverity severity)
{
    switch (severity) {
    case MetricsSeverity::Low:
        return CustomerDetail::tr("low", "ticket severity");
    case MetricsSeverity::Normal:
        return CustomerDetail::tr("normal", "ticket severity");
    case MetricsSeverity::High:
        return CustomerDetail::tr("high", "ticket severity");
    case MetricsSeverity::Critical:
        return CustomerDetail::tr("critical", "ticket severity");
    }
    return {};
}

// QChartView::setChart() hands the previous chart back to the caller instead of deleting it.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    if (previous != chart)
        delete previous;
}
} // namespace

CustomerDetail::CustomerDetail(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_facts(new QTextBrowser(this))
    , m_chart(new QChartView(this))
    , m_state(new QComboBox(this))
    , m_until(new QDateEdit(this))
    , m_owner(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_notes(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_exportAction(new QAction(this))
    , m_eraseAction(new QAction(this))
    , m_untilLabel(new QLabel(this))
    , m_reviewLabel(new QLabel(this))
    , m_ownerLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_facts->setOpenLinks(false);
    layout->addWidget(m_facts, 3);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(190);
    layout->addWidget(m_chart, 2);

    auto *form = new QFormLayout;
    for (const ReviewState state :
        {ReviewState::Open, ReviewState::Contacted, ReviewState::Resolved, ReviewState::Snoozed})
        m_state->addItem(QString(), int(state));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_untilLabel);
    m_until->setCalendarPopup(true);
    m_until->setDate(QDate::currentDate().addDays(14));
    stateRow->addWidget(m_until);
    m_reviewLabel->setBuddy(m_state);
    form->addRow(m_reviewLabel, stateRow);
    m_ownerLabel->setBuddy(m_owner);
    form->addRow(m_ownerLabel, m_owner);
    layout->addLayout(form);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 3 + 12);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addNote);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4 + 8);
    layout->addWidget(m_notes);
    // The customer's rights over their data (access, erasure), apart from the review.
    m_exportAction->setObjectName(u"exportCustomerData"_s);
    m_eraseAction->setObjectName(u"eraseCustomer"_s);
    retranslate();
    auto *dataButtons = new QHBoxLayout;
    for (QAction *action : {m_exportAction, m_eraseAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        dataButtons->addWidget(button);
    }
    dataButtons->addStretch(1);
    layout->addLayout(dataButtons);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_state, &QComboBox::currentIndexChanged, this, &CustomerDetail::saveState);
    connect(m_until, &QDateEdit::dateChanged, this, &CustomerDetail::saveState);
    connect(m_owner, &QLineEdit::editingFinished, this, &CustomerDetail::saveOwner);
    connect(m_addNote, &QPushButton::clicked, this, &CustomerDetail::addNote);
    connect(m_undo, &QPushButton::clicked, this, &CustomerDetail::undo);
    connect(m_exportAction, &QAction::triggered, this, &CustomerDetail::exportData);
    connect(m_eraseAction, &QAction::triggered, this, &CustomerDetail::eraseCustomer);
    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export Customer Data"), suggested, tr("JSON files (*.json)"));
    };
    m_confirm = [this](const QString &question, const QString &consequences) {
        QMessageBox box(QMessageBox::Warning, tr("Erase Customer"), question, QMessageBox::Cancel, this);
        box.setInformativeText(consequences);
        QPushButton *erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == erase;
    };
    clear();
}

void CustomerDetail::setController(ReviewController *controller)
{
    m_controller = controller;
}

void CustomerDetail::setDataController(CustomerDataController *controller)
{
    if (m_dataController)
        m_dataController->disconnect(this);
    m_dataController = controller;
    if (m_dataController)
        connect(m_dataController, &CustomerDataController::eraseFinished, this, &CustomerDetail::eraseFinished);
    updateActions();
}

void CustomerDetail::updateActions()
{
    const bool available = m_dataController && !m_externalId.isEmpty();
    m_exportAction->setEnabled(available);
    m_eraseAction->setEnabled(available && !m_dataController->isErasing());
}

void CustomerDetail::setFileChooser(std::function<QString(const QString &)> chooser)
{
    m_chooseFile = std::move(chooser);
}

void CustomerDetail::setConfirmation(std::function<bool(const QString &, const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

void CustomerDetail::retranslate()
{
    m_addNote->setText(tr("Add note"));
    m_undo->setText(tr("Undo last edit"));
    m_exportAction->setText(tr("Export data…"));
    m_exportAction->setToolTip(tr("Save everything held about this customer as a JSON file"));
    m_eraseAction->setText(tr("Erase customer…"));
    m_eraseAction->setToolTip(tr("Delete this customer and everything held about them from the database"));
    const QStringList states {tr("Open"), tr("Contacted"), tr("Resolved"), tr("Snoozed")};
    for (int i = 0; i < states.size(); ++i)
        m_state->setItemText(i, states.at(i));
    m_untilLabel->setText(tr("until"));
    m_reviewLabel->setText(tr("Review:"));
    m_ownerLabel->setText(tr("Owner:"));
    m_owner->setPlaceholderText(tr("Nobody"));
    m_note->setPlaceholderText(tr("A note on this customer"));
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}

void CustomerDetail::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The customer's facts follow from the risk page, which shows the customer again.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CustomerDetail::clear()
{
    m_customerId = 0;
    m_externalId.clear();
    m_name.clear();
    updateActions();
    m_heading->setText(tr("No customer selected"));
    m_facts->setHtml(tr("<p>Select a customer in the list to see why it has its colour.</p>"));
    replaceChart(m_chart, new QChart);
    setEnabled(false);
    m_heading->setEnabled(true);
}

void CustomerDetail::showCustomer(const RiskTableModel &model, int row)
{
    const auto data = model.dataset();
    if (!data || row < 0 || row >= model.report().customers.size()) {
        clear();
        return;
    }
    setEnabled(true);
    m_loading = true;
    const CustomerRisk &risk = model.report().customers.at(row);
    const MetricsCustomer &customer = data->customers.at(risk.customer);
    m_customerId = customer.id;
    m_externalId = customer.externalId;
    m_name = customer.name;
    updateActions();
    const QLocale locale;
    const QString currency = model.currency();
    m_heading->setText(tr("%1 (%2) — %3")
                           .arg(customer.name.isEmpty() ? customer.externalId : customer.name, customer.externalId,
                               RiskText::level(risk.level)));

    QString html = u"<h4>"_s + tr("Why") + u"</h4><ul>"_s;
    if (risk.reasons.isEmpty())
        html += u"<li>"_s + tr("No signal: nothing to worry about.") + u"</li>"_s;
    for (const Reason &reason : risk.reasons) {
        html += u"<li><b>"_s + escaped(RiskText::level(reason.level)) + u"</b>: "_s
            + escaped(RiskText::reason(reason, currency, locale)) + u"</li>"_s;
    }
    html += u"</ul><h4>"_s + tr("Value and lifetime") + u"</h4><p>"_s;
    html += tr("Revenue of the last 12 months: %1%2")
                .arg(formatMoney(risk.value12mMinor, currency, locale),
                    risk.keyAccount ? tr(" (key account)") : QString())
        + u"<br>"_s;
    if (customer.signup != NoDay)
        html += tr("Customer since %1").arg(locale.toString(dateOf(customer.signup), QLocale::ShortFormat)) + u"<br>"_s;
    if (risk.lastSignOfLife != NoDay)
        html += tr("Last sign of life: %1").arg(locale.toString(dateOf(risk.lastSignOfLife), QLocale::ShortFormat))
            + u"<br>"_s;
    if (risk.alive.probability)
        html += tr("Probability still active: %1 %").arg(locale.toString(*risk.alive.probability * 100.0, 'f', 0))
            + u"<br>"_s;
    else if (risk.alive.notEnoughHistory)
        html += tr("Probability still active: not enough history yet") + u"<br>"_s;
    if (!customer.plan.isEmpty())
        html += tr("Plan: %1").arg(escaped(customer.plan)) + u"<br>"_s;
    html += u"</p>"_s;

    // Tickets, open ones first; then survey answers, newest first.
    const auto tickets = data->ticketsOf(risk.customer);
    QList<MetricsTicket> sorted(tickets.begin(), tickets.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const MetricsTicket &a, const MetricsTicket &b) {
        if ((a.closed == NoDay) != (b.closed == NoDay))
            return a.closed == NoDay;
        return a.day > b.day;
    });
    if (!sorted.isEmpty()) {
        html += u"<h4>"_s + tr("Tickets") + u"</h4><ul>"_s;
        for (const MetricsTicket &ticket : std::as_const(sorted)) {
            html += u"<li>"_s
                + tr("%1, %2%3, %4")
                      .arg(locale.toString(dateOf(ticket.day), QLocale::ShortFormat), severityWord(ticket.severity),
                          ticket.complaint ? tr(", complaint") : QString(),
                          ticket.closed == NoDay
                              ? tr("open")
                              : tr("closed %1").arg(locale.toString(dateOf(ticket.closed), QLocale::ShortFormat)))
                + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    const auto surveys = data->surveysOf(risk.customer);
    if (!surveys.empty()) {
        html += u"<h4>"_s + tr("Survey answers") + u"</h4><ul>"_s;
        for (auto it = surveys.rbegin(); it != surveys.rend(); ++it) {
            const QString kind = it->nps ? u"NPS"_s : u"CSAT"_s;
            html += u"<li>"_s
                + (it->score < 0
                        ? tr("%1 %2: not answered").arg(locale.toString(dateOf(it->day), QLocale::ShortFormat), kind)
                        : tr("%1 %2: %3")
                              .arg(locale.toString(dateOf(it->day), QLocale::ShortFormat), kind,
                                  locale.toString(it->score)))
                + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    m_facts->setHtml(html);

    // Monthly spend (bars) and activity events (line) over the last 24 months.
    const QList<CustomerMonth> history = customerHistory(*data, risk.customer, model.report().asOf);
    auto *chart = new QChart;
    // A small chart: the period goes into the title, and the margins are narrow to leave the plot room.
    chart->setTitle(tr("Spend and activity per month, last 24 months"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 2, 4, 2));
    auto *spend = new QBarSet(tr("Spend (%1)").arg(currency));
    spend->setColor(palette().color(QPalette::Highlight));
    auto *events = new QLineSeries;
    events->setName(tr("Activity events"));
    QStringList months;
    double maxSpend = 0;
    double maxEvents = 0;
    for (int i = 0; i < history.size(); ++i) {
        const double amount = std::max<qint64>(history.at(i).revenueMinor, 0) / 100.0;
        *spend << amount;
        events->append(i, double(history.at(i).events));
        months << history.at(i).label; // yyyy-MM: the axis merges equal categories, so they must be unique
        maxSpend = std::max(maxSpend, amount);
        maxEvents = std::max(maxEvents, double(history.at(i).events));
    }
    auto *bars = new QBarSeries;
    bars->append(spend);
    chart->addSeries(bars);
    chart->addSeries(events);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setLabelsVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    bars->attachAxis(axisX);
    auto *axisSpend = new QValueAxis;
    // Round steps (0, 250, 500, …) read at a glance; the right axis draws no grid of its own.
    axisSpend->setRange(0, std::max(1.0, maxSpend));
    axisSpend->applyNiceNumbers();
    axisSpend->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisSpend, Qt::AlignLeft);
    bars->attachAxis(axisSpend);
    auto *axisEvents = new QValueAxis;
    axisEvents->setRange(0, std::max(4.0, maxEvents));
    axisEvents->applyNiceNumbers();
    axisEvents->setLabelFormat(u"%.0f"_s);
    axisEvents->setGridLineVisible(false);
    chart->addAxis(axisEvents, Qt::AlignRight);
    auto *eventsX = new QValueAxis;
    eventsX->setRange(-0.5, history.size() - 0.5);
    eventsX->setVisible(false);
    chart->addAxis(eventsX, Qt::AlignBottom);
    events->attachAxis(eventsX);
    events->attachAxis(axisEvents);
    replaceChart(m_chart, chart);

    const Review review = model.review(row);
    m_state->setCurrentIndex(std::max(0, m_state->findData(int(review.state))));
    m_until->setEnabled(review.state == ReviewState::Snoozed);
    if (review.snoozedUntil.isValid())
        m_until->setDate(review.snoozedUntil);
    m_owner->setText(review.owner);
    m_note->clear();
    m_error->hide();
    loadNotes();
    m_loading = false;
}

QString CustomerDetail::factsText() const
{
    return m_facts->toPlainText();
}

void CustomerDetail::loadNotes()
{
    m_notes->clear();
    m_undo->setEnabled(m_controller && m_controller->canUndo());
    if (!m_controller || m_customerId == 0)
        return;
    auto notes = m_controller->notes(m_customerId);
    if (!notes) {
        report(notes.error().message);
        return;
    }
    const QLocale locale;
    for (const ReviewNote &note : *notes) {
        m_notes->addItem(tr("%1 · %2: %3")
                             .arg(locale.toString(note.writtenAt.toLocalTime(), QLocale::ShortFormat),
                                 note.author.isEmpty() ? tr("someone") : note.author, note.text));
    }
}

void CustomerDetail::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void CustomerDetail::saveState()
{
    const auto state = ReviewState(m_state->currentData().toInt());
    m_until->setEnabled(state == ReviewState::Snoozed);
    if (m_loading || !m_controller || m_customerId == 0)
        return;
    if (auto saved
        = m_controller->setState(m_customerId, state, state == ReviewState::Snoozed ? m_until->date() : QDate());
        !saved)
        report(saved.error().message);
    m_undo->setEnabled(m_controller->canUndo());
}

void CustomerDetail::saveOwner()
{
    if (m_loading || !m_controller || m_customerId == 0)
        return;
    if (auto saved = m_controller->setOwner(m_customerId, m_owner->text()); !saved)
        report(saved.error().message);
    m_undo->setEnabled(m_controller->canUndo());
}

void CustomerDetail::addNote()
{
    if (!m_controller || m_customerId == 0)
        return;
    if (auto added = m_controller->addNote(m_customerId, m_owner->text(), m_note->toPlainText()); !added) {
        report(added.error().message);
        return;
    }
    m_note->clear();
    loadNotes();
}

void CustomerDetail::undo()
{
    if (!m_controller)
        return;
    if (auto undone = m_controller->undo(); !undone)
        report(undone.error().message);
    loadNotes();
}

void CustomerDetail::exportData()
{
    if (!m_dataController || m_externalId.isEmpty())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(PersonalData::suggestedFileName(m_externalId));
    QString path = m_chooseFile(suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    if (auto written = m_dataController->exportTo(m_externalId, path); !written) {
        report(written.error().message);
        return;
    }
    report(tr("The data held about %1 was saved to %2.")
               .arg(m_name.isEmpty() ? m_externalId : m_name, QDir::toNativeSeparators(path)));
}

void CustomerDetail::eraseCustomer()
{
    if (!m_dataController || m_externalId.isEmpty())
        return;
    // Taking the customer out of the list shows another one here: keep what names this one.
    const QString externalId = m_externalId;
    const QString label
        = m_name.isEmpty() ? externalId : tr("%1 (%2)", "customer name and number").arg(m_name, externalId);
    if (!m_confirm(tr("Erase %1 and everything held about them?").arg(label),
            tr("The customer's record, orders, activity, tickets, survey answers, review and notes are deleted from "
               "this database, and the file is rewritten so that they cannot be recovered from it. This cannot be "
               "undone.")))
        return;
    if (!m_dataController->startErase(externalId))
        return;
    m_erasing = label;
    report(tr("Erasing %1…").arg(label));
    m_eraseAction->setEnabled(false);
}

void CustomerDetail::eraseFinished()
{
    updateActions();
    const Result<ErasureReport> &erased = m_dataController->lastErasure();
    report(erased ? QString() : erased.error().message);
    if (!erased)
        return;
    if (erased->cleanupError) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Erase Customer"),
            tr("%1 was erased, but the database file could not be rewritten yet: copies of the deleted data may "
               "remain in it. Close other programs that use the file, then compact it (retentiondesk-cli compact).")
                .arg(m_erasing),
            QMessageBox::Ok, this);
        box->setDetailedText(erased->cleanupError->text());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace rd
