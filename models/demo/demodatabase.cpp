// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "demo/demodatabase.h"

#include "storage/database.h"
#include "storage/importstore.h"

using namespace Qt::StringLiterals;

namespace rd {

namespace {

// Hands the generated records to the store; the first failure stops the generator.
class StoreSink : public DemoSink
{
public:
    explicit StoreSink(ImportStore &store)
        : m_store(store)
    { }

    bool customer(const CustomerRecord &record) override
    {
        return keep(m_store.upsertCustomer(record), m_summary.customers);
    }
    bool order(const OrderRecord &record) override { return keep(m_store.addOrder(record), m_summary.orders); }
    bool activity(const ActivityRecord &record) override
    {
        return keep(m_store.addActivity(record), m_summary.activity);
    }
    bool ticket(const TicketRecord &record) override { return keep(m_store.upsertTicket(record), m_summary.tickets); }
    bool survey(const SurveyRecord &record) override { return keep(m_store.upsertSurvey(record), m_summary.surveys); }

    const DemoSummary &summary() const { return m_summary; }
    const std::optional<Error> &error() const { return m_error; }

private:
    bool keep(const Result<void> &result, qint64 &counter)
    {
        if (!result) {
            m_error = result.error();
            return false;
        }
        ++counter;
        return true;
    }

    ImportStore &m_store;
    DemoSummary m_summary;
    std::optional<Error> m_error;
};

} // namespace

bool DemoDatabase::holdsDemo(const Database &database)
{
    return database.setting(QString::fromUtf16(DemoSettingKey)).value_or(QString()) == u"1";
}

Result<DemoSummary> DemoDatabase::write(Database &database, const DemoOptions &options)
{
    auto counts = database.counts();
    if (!counts)
        return counts.error();
    if (counts->customers > 0 || counts->orders > 0)
        return Error {tr("The database already holds customers or orders; demo data goes only into a new, empty "
                         "database."),
            {}};
    ImportStore store(database);
    if (auto begun = store.begin(u"demo"_s, u"demo"_s); !begun)
        return begun.error();
    StoreSink sink(store);
    if (!generateDemo(options, sink)) {
        store.rollback();
        return sink.error().value_or(Error {tr("The demo data could not be written."), {}});
    }
    for (const auto &[key, value] : {std::pair {QString::fromUtf16(DemoSettingKey), u"1"_s},
             std::pair {u"demo_seed"_s, QString::number(options.seed)},
             std::pair {u"demo_customers"_s, QString::number(options.customers)}}) {
        if (auto set = database.setSetting(key, value); !set) {
            store.rollback();
            return set.error();
        }
    }
    const DemoSummary summary = sink.summary();
    const qint64 records = summary.customers + summary.orders + summary.activity + summary.tickets + summary.surveys;
    if (auto finished = store.finish({}, {records, 0, 0}); !finished)
        return finished.error();
    // Written once, read at every start: laid out table by table, it reads fast even from a cold disk.
    if (auto compacted = database.compact(); !compacted)
        return compacted.error();
    return summary;
}

} // namespace rd
