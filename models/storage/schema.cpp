// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors
#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace rd {

// Ordered schema steps. Dates are ISO 8601 text (yyyy-MM-dd), money is integer minor units:
// both sort and compare the same in SQLite and PostgreSQL.
const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> steps = {
        {1,
            {
                u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE imports ("
                "  id INTEGER PRIMARY KEY,"
                "  file_name TEXT NOT NULL,"
                "  sha256 TEXT,"
                "  kind TEXT NOT NULL,"
                "  imported_at TEXT NOT NULL,"
                "  rows_accepted INTEGER NOT NULL DEFAULT 0,"
                "  rows_rejected INTEGER NOT NULL DEFAULT 0,"
                "  rows_skipped INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX imports_sha256 ON imports (sha256)"_s,
                u"CREATE TABLE customers ("
                "  id INTEGER PRIMARY KEY,"
                "  external_id TEXT NOT NULL UNIQUE,"
                "  name TEXT,"
                "  email TEXT,"
                "  segment TEXT,"
                "  plan TEXT,"
                "  country TEXT,"
                "  signup_date TEXT,"
                "  cancel_date TEXT,"
                "  mrr_minor INTEGER,"
                "  currency TEXT,"
                "  total_spent_minor INTEGER,"
                "  total_orders INTEGER,"
                "  last_active TEXT,"
                "  renewal_date TEXT)"_s,
                u"CREATE TABLE orders ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  order_date TEXT NOT NULL,"
                "  amount_minor INTEGER NOT NULL,"
                "  currency TEXT NOT NULL,"
                "  status TEXT NOT NULL DEFAULT 'paid' CHECK (status IN ('paid', 'failed')),"
                "  external_ref TEXT,"
                "  dedup_key TEXT NOT NULL UNIQUE,"
                "  import_id INTEGER REFERENCES imports (id))"_s,
                u"CREATE INDEX orders_customer_date ON orders (customer_id, order_date)"_s,
            }},
        {2,
            {
                u"CREATE TABLE activity ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  event_date TEXT NOT NULL,"
                "  kind TEXT NOT NULL,"
                "  count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),"
                "  import_id INTEGER REFERENCES imports (id),"
                "  UNIQUE (customer_id, event_date, kind))"_s,
                // A derived summary for fast reading: each customer's distinct activity days as sorted
                // little-endian 32-bit Julian day numbers. Every import that adds activity rewrites it for the
                // customers it touched, in the same transaction, so it never disagrees with the activity table.
                u"CREATE TABLE customer_activity_days ("
                "  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,"
                "  days BLOB NOT NULL)"_s,
                u"CREATE TABLE tickets ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  opened_date TEXT NOT NULL,"
                "  closed_date TEXT,"
                "  severity TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high', 'critical')),"
                "  is_complaint INTEGER NOT NULL DEFAULT 0 CHECK (is_complaint IN (0, 1)),"
                "  subject TEXT,"
                "  external_ref TEXT,"
                "  dedup_key TEXT NOT NULL UNIQUE,"
                "  import_id INTEGER REFERENCES imports (id))"_s,
                u"CREATE INDEX tickets_customer ON tickets (customer_id, opened_date)"_s,
                u"CREATE TABLE surveys ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  survey_date TEXT NOT NULL,"
                "  kind TEXT NOT NULL CHECK (kind IN ('nps', 'csat')),"
                "  score INTEGER," // empty: the survey was sent and not answered
                "  import_id INTEGER REFERENCES imports (id),"
                "  CHECK (score IS NULL OR (kind = 'nps' AND score BETWEEN 0 AND 10)"
                "    OR (kind = 'csat' AND score BETWEEN 1 AND 5)),"
                "  UNIQUE (customer_id, survey_date, kind))"_s,
                // The review workflow of customer success staff: kept across re-imports, which keep the
                // customers' ids.
                u"CREATE TABLE reviews ("
                "  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,"
                "  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'contacted', 'resolved', 'snoozed')),"
                "  owner TEXT,"
                "  snoozed_until TEXT,"
                "  updated_at TEXT NOT NULL)"_s,
                u"CREATE TABLE review_notes ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  written_at TEXT NOT NULL,"
                "  author TEXT,"
                "  text TEXT NOT NULL)"_s,
                u"CREATE INDEX review_notes_customer ON review_notes (customer_id, written_at)"_s,
            }},
        // Order rows without a customer id (guest orders) are counted per import, so that the window can
        // say that revenue covers identified customers only.
        {3,
            {
                u"ALTER TABLE imports ADD COLUMN guest_rows INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE imports ADD COLUMN guest_revenue_minor INTEGER NOT NULL DEFAULT 0"_s,
            }},
        // CSAT answers on a 1-10 scale beside 1-5: each answer keeps the scale it came in (shown on it, compared
        // on a common footing). A CHECK constraint changes only with the table, so it is built anew.
        {4,
            {
                u"CREATE TABLE surveys_scaled ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  survey_date TEXT NOT NULL,"
                "  kind TEXT NOT NULL CHECK (kind IN ('nps', 'csat')),"
                "  score INTEGER," // empty: the survey was sent and not answered
                "  scale INTEGER NOT NULL DEFAULT 10," // the highest score: 10 for NPS, 5 or 10 for CSAT
                "  import_id INTEGER REFERENCES imports (id),"
                "  CHECK ((kind = 'nps' AND scale = 10) OR (kind = 'csat' AND scale IN (5, 10))),"
                "  CHECK (score IS NULL OR (kind = 'nps' AND score BETWEEN 0 AND 10)"
                "    OR (kind = 'csat' AND score BETWEEN 1 AND scale)),"
                "  UNIQUE (customer_id, survey_date, kind))"_s,
                u"INSERT INTO surveys_scaled (id, customer_id, survey_date, kind, score, scale, import_id)"
                " SELECT id, customer_id, survey_date, kind, score, CASE kind WHEN 'csat' THEN 5 ELSE 10 END,"
                " import_id FROM surveys"_s,
                u"DROP TABLE surveys"_s,
                u"ALTER TABLE surveys_scaled RENAME TO surveys"_s,
            }},
        // No index on orders by customer: the figures read every order in one scan; only exporting or erasing
        // one customer's data looks orders up by customer, which a scan does in a tenth of a second for a
        // million orders, while the index cost every large import a sort of all its orders (a million orders
        // imported in 1.9 s without it, 3.4 s with it).
        {5,
            {
                u"DROP INDEX IF EXISTS orders_customer_date"_s,
            }},
        // The light's history, for warnings that come to the user: each look at every customer's colour (by the
        // window after an import or once a day, by retentiondesk-cli alerts), and each customer's colour where
        // a look found it changed ('none': no longer listed, such as after a cancellation), with the reasons of
        // that day as JSON. A customer's latest change is the colour as of the last look.
        {6,
            {
                u"CREATE TABLE light_looks ("
                "  id INTEGER PRIMARY KEY,"
                "  looked_at TEXT NOT NULL," // UTC, ISO 8601
                "  as_of TEXT NOT NULL," // the day of the data the colours are as of
                "  source TEXT NOT NULL CHECK (source IN ('window', 'cli')),"
                "  red INTEGER NOT NULL CHECK (red >= 0),"
                "  yellow INTEGER NOT NULL CHECK (yellow >= 0),"
                "  green INTEGER NOT NULL CHECK (green >= 0))"_s,
                u"CREATE TABLE light_changes ("
                "  look_id INTEGER NOT NULL REFERENCES light_looks (id) ON DELETE CASCADE,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  level TEXT NOT NULL CHECK (level IN ('green', 'yellow', 'red', 'none')),"
                "  previous TEXT NOT NULL CHECK (previous IN ('green', 'yellow', 'red', 'none')),"
                "  reasons TEXT,"
                "  PRIMARY KEY (customer_id, look_id),"
                "  CHECK (level <> previous))"_s,
                u"CREATE INDEX light_changes_look ON light_changes (look_id)"_s,
            }},
        // Why customers leave: a customer file's cancellation reason and comment (free text or a code, as the
        // source has it; RetentionDesk classifies it when it reads it, so that the user's keywords apply to
        // every answer), and the answers of exit surveys.
        {7,
            {
                u"ALTER TABLE customers ADD COLUMN cancel_reason TEXT"_s,
                u"ALTER TABLE customers ADD COLUMN cancel_comment TEXT"_s,
                u"CREATE TABLE exit_answers ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  answer_date TEXT NOT NULL,"
                "  reason TEXT," // empty: asked and not answered
                "  comment TEXT,"
                "  import_id INTEGER REFERENCES imports (id),"
                "  UNIQUE (customer_id, answer_date))"_s,
            }},
        // Win-back messages prepared for customers (sent by the user's own mail tool, not by the program).
        {8,
            {
                u"CREATE TABLE contact_log ("
                "  id INTEGER PRIMARY KEY,"
                "  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                "  prepared_at TEXT NOT NULL,"
                "  template TEXT NOT NULL,"
                "  channel TEXT NOT NULL CHECK (channel IN ('mail_merge', 'mailto')))"_s,
                u"CREATE INDEX contact_log_customer ON contact_log (customer_id, prepared_at)"_s,
            }},
    };
    return steps;
}

} // namespace rd
