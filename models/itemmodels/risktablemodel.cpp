// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "itemmodels/risktablemodel.h"

#include <utility>

#include <QLocale>

#include "core/money.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case RiskTableModel::Value12mColumn:
    case RiskTableModel::ScoreColumn:
    case RiskTableModel::PAliveColumn:
        return true;
    default:
        return false;
    }
}

// As an int, like every model of ours and Qt's own.
QVariant alignment(int column)
{
    if (column == RiskTableModel::KeyAccountColumn)
        return int(Qt::AlignCenter);
    return int((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

// An estimate is shown only when the model could give a verdict.
bool hasProbability(const AliveEstimate &alive)
{
    return alive.probability.has_value() && !alive.notEnoughHistory;
}

} // namespace

RiskTableModel::RiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{ }

RiskTableModel::~RiskTableModel() = default;

void RiskTableModel::describe(const CustomerRisk &risk, Row &row, const QLocale &locale) const
{
    row.mainReason.clear();
    row.reasons.clear();
    for (qsizetype i = 0; i < risk.reasons.size(); ++i) {
        const QString text = RiskText::reason(risk.reasons[i], m_currency, locale);
        if (i == 0) {
            row.mainReason = text;
            row.reasons = text;
        } else {
            row.reasons += u'\n' % text;
        }
    }
    const bool known = risk.customer >= 0 && m_data && risk.customer < m_data->customerCount();
    const QString externalId = known ? m_data->customers[risk.customer].externalId : QString();
    row.searchText = QString(row.name % u'\n' % externalId % u'\n' % row.reasons).toLower();
}

void RiskTableModel::retranslate()
{
    const QLocale locale;
    for (qsizetype i = 0; i < m_report.customers.size() && std::size_t(i) < m_rows.size(); ++i)
        describe(m_report.customers[i], m_rows[std::size_t(i)], locale);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RiskTableModel::setSnapshot(std::shared_ptr<const Dataset> data, RiskReport report, QHash<qint64, Review> reviews,
    QString currency, const QDate &today)
{
    beginResetModel();
    m_data = std::move(data);
    m_report = std::move(report);
    m_currency = std::move(currency);
    m_today = today;
    m_rows.clear();
    m_rowById.clear();
    if (m_data) {
        const QLocale locale;
        m_rows.reserve(std::size_t(m_report.customers.size()));
        m_rowById.reserve(m_report.customers.size());
        for (const CustomerRisk &risk : std::as_const(m_report.customers)) {
            Row row;
            const MetricsCustomer *customer = risk.customer >= 0 && risk.customer < m_data->customerCount()
                ? &m_data->customers[risk.customer]
                : nullptr;
            if (customer) {
                row.customerId = customer->id;
                row.name = customer->name.isEmpty() ? customer->externalId : customer->name;
            }
            describe(risk, row, locale);
            row.review = reviews.value(row.customerId);
            row.review.customerId = row.customerId;
            row.state = effectiveState(row.review, m_today);
            m_rowById.insert(row.customerId, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
    } else {
        m_report.customers.clear();
    }
    endResetModel();
}

bool RiskTableModel::setReview(qint64 customerId, const Review &review)
{
    const int row = rowOfCustomer(customerId);
    if (row < 0)
        return false;
    Row &entry = m_rows[std::size_t(row)];
    entry.review = review;
    entry.review.customerId = customerId;
    entry.state = effectiveState(entry.review, m_today);
    static_assert(ReviewStateColumn + 1 == OwnerColumn, "the review's columns are neighbours");
    emit dataChanged(index(row, ReviewStateColumn), index(row, OwnerColumn));
    return true;
}

bool RiskTableModel::removeCustomer(qint64 customerId)
{
    const int row = rowOfCustomer(customerId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    switch (m_report.customers.at(row).level) {
    case RiskLevel::Red:
        --m_report.red;
        break;
    case RiskLevel::Yellow:
        --m_report.yellow;
        break;
    case RiskLevel::Green:
        --m_report.green;
        break;
    }
    m_report.customers.removeAt(row);
    m_rows.erase(m_rows.begin() + row);
    m_rowById.remove(customerId);
    for (int i = row; i < int(m_rows.size()); ++i)
        m_rowById[m_rows[std::size_t(i)].customerId] = i;
    endRemoveRows();
    return true;
}

Review RiskTableModel::review(int row) const
{
    return row >= 0 && std::size_t(row) < m_rows.size() ? m_rows[std::size_t(row)].review : Review {};
}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRisk &risk = m_report.customers[index.row()];
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(risk, row, index.column());
    case RawValueRole:
        return rawValue(risk, row, index.column());
    case Qt::ToolTipRole:
        return toolTip(risk, row, index.column());
    case Qt::AccessibleTextRole:
        // The key-account mark is a symbol on screen: a screen reader says the word.
        if (index.column() == KeyAccountColumn)
            return risk.keyAccount ? tr("Key account") : QString();
        return display(risk, row, index.column());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case RiskLevelRole:
        return int(risk.level);
    case CustomerIndexRole:
        return risk.customer;
    case CustomerIdRole:
        return row.customerId;
    case PriorityRole:
        return index.row();
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant RiskTableModel::display(const CustomerRisk &risk, const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case StatusColumn:
        return RiskText::level(risk.level);
    case NameColumn:
        return row.name;
    case KeyAccountColumn:
        return risk.keyAccount ? u"\u2605"_s : QString(); // a star: the column stays narrow
    case Value12mColumn:
        return formatMoney(risk.value12mMinor, m_currency, locale);
    case ScoreColumn:
        return locale.toString(risk.score);
    case PAliveColumn:
        if (hasProbability(risk.alive))
            return tr("%1 %", "percentage").arg(locale.toString(*risk.alive.probability * 100.0, 'f', 0));
        if (risk.alive.notEnoughHistory)
            return tr("not enough history");
        return tr("—", "no value");
    case MainReasonColumn:
        return row.mainReason;
    case ReviewStateColumn:
        switch (row.state) {
        case ReviewState::Open:
            return tr("Open", "review state");
        case ReviewState::Contacted:
            return tr("Contacted", "review state");
        case ReviewState::Resolved:
            return tr("Resolved", "review state");
        case ReviewState::Snoozed:
            return tr("Snoozed until %1", "review state")
                .arg(locale.toString(row.review.snoozedUntil, QLocale::ShortFormat));
        }
        return {};
    case OwnerColumn:
        return row.review.owner;
    default:
        return {};
    }
}

QVariant RiskTableModel::rawValue(const CustomerRisk &risk, const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(risk.level);
    case NameColumn:
        return row.name;
    case KeyAccountColumn:
        return risk.keyAccount;
    case Value12mColumn:
        return risk.value12mMinor;
    case ScoreColumn:
        return risk.score;
    case PAliveColumn:
        return hasProbability(risk.alive) ? *risk.alive.probability : -1.0;
    case MainReasonColumn:
        return risk.reasons.isEmpty() ? -1 : int(risk.reasons.constFirst().code);
    case ReviewStateColumn:
        return int(row.state);
    case OwnerColumn:
        return row.review.owner;
    default:
        return {};
    }
}

QVariant RiskTableModel::toolTip(const CustomerRisk &risk, const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        // The level's word too, so that the colour is never the only signal.
        return row.reasons.isEmpty() ? RiskText::level(risk.level) : RiskText::level(risk.level) % u'\n' % row.reasons;
    case MainReasonColumn:
        return row.reasons.isEmpty() ? QVariant() : QVariant(row.reasons);
    case KeyAccountColumn:
        return risk.keyAccount ? keyAccountExplanation() : QVariant();
    case PAliveColumn:
        if (hasProbability(risk.alive)) {
            if (risk.alive.expectedPurchases90)
                return tr("Estimated from the purchase history. Expected purchases in the next 90 days: %1")
                    .arg(QLocale().toString(*risk.alive.expectedPurchases90, 'f', 1));
            return tr("Estimated from the purchase history.");
        }
        if (risk.alive.notEnoughHistory)
            return tr("A one-time buyer or too short a history: no estimate yet.");
        return tr("No estimate: customers with a contract are judged by their contract and activity.");
    default:
        return {};
    }
}

QString RiskTableModel::keyAccountExplanation()
{
    return tr("Key account: one of the fewest customers who together bring 80 % of the revenue of the last 12 "
              "months");
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole && section == PAliveColumn)
        return tr("How likely the customer still buys, estimated from the purchase history");
    if (role == Qt::ToolTipRole && section == KeyAccountColumn)
        return keyAccountExplanation();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status", "column header");
    case NameColumn:
        return tr("Customer", "column header");
    case KeyAccountColumn:
        return u"\u2605"_s; // the mark itself; the tooltip says what it means
    case Value12mColumn:
        return tr("Value\n(12 months)", "column header, two lines");
    case ScoreColumn:
        return tr("Score", "column header");
    case PAliveColumn:
        return tr("Still active", "column header");
    case MainReasonColumn:
        return tr("Main reason", "column header");
    case ReviewStateColumn:
        return tr("Review", "column header");
    case OwnerColumn:
        return tr("Owner", "column header");
    default:
        return {};
    }
}

} // namespace rd
