// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "views/dialogs/reliabilitydialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include "dashboard/winback.h"
#include "itemmodels/backtesttablemodel.h"
#include "views/pages/riskdelegate.h"

using namespace Qt::StringLiterals;

namespace rd {

ReliabilityDialog::ReliabilityDialog(std::shared_ptr<const Dataset> data, const LifetimeSettings &settings,
    const RiskThresholds &thresholds, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_settings(settings)
    , m_thresholds(thresholds)
    , m_databasePath(databasePath)
    , m_model(new BacktestTableModel(this))
    , m_headline(new QLabel(this))
    , m_comparison(new QLabel(this))
    , m_basis(new QLabel(this))
    , m_tuningText(new QLabel(this))
    , m_contacts(new QLabel(this))
    , m_tune(new QPushButton(tr("Tune the light on this history"), this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("How reliable is the light?"));
    auto *layout = new QVBoxLayout(this);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    for (QLabel *label : {m_headline, m_comparison, m_basis}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_headline->setText(tr("Checking the light against what your customers did afterwards…"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->hide();
    layout->addWidget(m_chart, 1);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->hide();
    layout->addWidget(m_table, 1);
    m_tuningText->setWordWrap(true);
    m_tuningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tuningText->hide();
    layout->addWidget(m_tuningText);
    m_contacts->setWordWrap(true);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contacts->hide();
    layout->addWidget(m_contacts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_tune->setToolTip(tr("Search the thresholds of the purchase rhythm on your own history, keep the best that "
                          "hold red and yellow within their limits, and store them with this database"));
    m_tune->setEnabled(false);
    buttons->addButton(m_tune, QDialogButtonBox::ActionRole);
    m_tune->setVisible(!m_databasePath.isEmpty()); // after adding: the box shows what it gets
    connect(m_tune, &QPushButton::clicked, this, &ReliabilityDialog::tune);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(880, 660);

    connect(&m_contactsWatcher, &QFutureWatcher<Result<ContactOutcome>>::finished, this, [this] {
        showContacts(m_contactsWatcher.result());
        emit contactsChecked();
    });
    if (!m_databasePath.isEmpty()) {
        m_contactsWatcher.setFuture(
            QtConcurrent::run([data = m_data, settings = m_settings, thresholds = m_thresholds, path = m_databasePath] {
                return WinBack::outcome(path, *data, settings, thresholds);
            }));
    }
    connect(&m_watcher, &QFutureWatcher<ReliabilityCheck>::finished, this, [this] {
        showCheck(m_watcher.result());
        emit checked();
    });
    connect(&m_tuning, &QFutureWatcher<Result<LightTuning::Outcome>>::finished, this,
        [this] { showTuning(m_tuning.result()); });
    runCheck();
}

void ReliabilityDialog::runCheck()
{
    m_watcher.setFuture(QtConcurrent::run([data = m_data, settings = m_settings, thresholds = m_thresholds] {
        return Reliability::check(*data, settings, thresholds);
    }));
}

QString ReliabilityDialog::tuningText() const
{
    return m_tuningText->text();
}

void ReliabilityDialog::tune()
{
    if (m_databasePath.isEmpty() || isBusy())
        return;
    m_tune->setEnabled(false);
    m_tuningText->setText(tr("Tuning the thresholds on your history…"));
    m_tuningText->show();
    m_tuning.setFuture(
        QtConcurrent::run([path = m_databasePath, data = m_data, settings = m_settings, thresholds = m_thresholds] {
            return LightTuning::run(path, *data, settings, thresholds);
        }));
}

void ReliabilityDialog::showTuning(const Result<LightTuning::Outcome> &outcome)
{
    if (!outcome) {
        m_tuningText->setText(tr("Could not tune the light: %1").arg(outcome.error().message));
        m_tune->setEnabled(true);
        emit tuned();
        return;
    }
    m_tuningText->setText(LightTuning::summary(outcome.value(), QLocale()));
    emit tuned();
    if (outcome->stored) {
        m_thresholds = outcome->result.after;
        emit thresholdsChanged();
        runCheck();
    } else {
        m_tune->setEnabled(true);
    }
}

QString ReliabilityDialog::contactsText() const
{
    return m_contacts->isHidden() ? QString() : m_contacts->text();
}

void ReliabilityDialog::showContacts(const Result<ContactOutcome> &contacts)
{
    m_contacts->setText(contacts ? tr("Win-back: %1").arg(ContactOutcomeText::summary(*contacts))
                                 : tr("Win-back: the contact log could not be read: %1").arg(contacts.error().message));
    m_contacts->show();
}

QString ReliabilityDialog::headline() const
{
    return m_headline->text();
}

void ReliabilityDialog::showCheck(const ReliabilityCheck &check)
{
    m_tune->setEnabled(check.result.has_value());
    if (!check.result) {
        m_headline->setText(tr("Not enough history to tell yet."));
        m_comparison->setText(check.problem);
        m_basis->clear();
        m_model->clear();
        m_chart->hide();
        m_table->hide();
        return;
    }
    const BacktestResult &result = *check.result;
    const QLocale locale;
    m_headline->setText(Reliability::summary(result, locale));
    m_comparison->setText(Reliability::comparison(result, locale));
    m_basis->setText(Reliability::basis(result, locale));
    m_model->setResult(result);
    showChart(result);
    m_table->show();
}

void ReliabilityDialog::showChart(const BacktestResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Share that stopped buying within %1 days, by the light's level (%)").arg(result.horizonDays));
    chart->setBackgroundVisible(false);
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    // One set per bar, each with its own colour; stacked, so that the empty slots take no room.
    auto *series = new QStackedBarSeries;
    const RiskLevel levels[] = {RiskLevel::Red, RiskLevel::Yellow, RiskLevel::Green};
    QStringList categories;
    for (int i = 0; i < 4; ++i) {
        const bool all = i == 3;
        auto *set = new QBarSet(all ? tr("All customers") : RiskText::level(levels[i]));
        set->setColor(all ? palette().color(QPalette::Mid) : riskColour(levels[i], palette()));
        const double stopped = all ? result.baseRate : result.level(levels[i]).stopped;
        for (int slot = 0; slot < 4; ++slot)
            *set << (slot == i ? stopped * 100.0 : 0.0);
        series->append(set);
        categories << set->label();
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(u"%.0f"_s);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // QChartView::setChart() hands the previous chart back to the caller instead of deleting it.
    QChart *previous = m_chart->chart();
    m_chart->setChart(chart);
    delete previous;
    m_chart->show();
}

} // namespace rd
