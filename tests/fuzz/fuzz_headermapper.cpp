// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: RetentionDesk contributors

// HeaderMapper::map() for every ImportKind, as the importer plans a header row. Input (UTF-8 text): the
// first line is the header row, split at ';' when it has one and at ',' otherwise; every further line
// is a --map override COLUMN=field, split at its last '=' as the command line does. Each kind is mapped
// without a preset and with the preset detectPreset() recognises (no overrides), and one preset (picked by
// the input's length) with the overrides. Checked: one field per column, no field twice, only fields of the
// kind.

#include <QSet>
#include <QStringList>

#include "fuzzcheck.h"
#include "import/fields.h"
#include "import/presets.h"

namespace {

constexpr rd::ImportKind kinds[] = {rd::ImportKind::Customers, rd::ImportKind::Orders, rd::ImportKind::Activity,
    rd::ImportKind::Tickets, rd::ImportKind::Surveys};

void checkMapping(const QStringList &headers, rd::ImportKind kind, const QList<std::pair<QString, rd::Field>> &columns,
    const QList<std::pair<QString, QString>> &overrides)
{
    const auto mapping = rd::HeaderMapper::map(headers, kind, columns, overrides);
    if (!mapping) {
        RD_FUZZ_CHECK(!overrides.isEmpty());
        RD_FUZZ_CHECK(!mapping.error().message.isEmpty());
        return;
    }
    RD_FUZZ_CHECK(mapping->fields.size() == headers.size());
    const QList<rd::Field> allowed = rd::fieldsFor(kind);
    QSet<rd::Field> seen;
    for (const rd::Field field : mapping->fields) {
        if (field == rd::Field::Ignore)
            continue;
        RD_FUZZ_CHECK(allowed.contains(field));
        RD_FUZZ_CHECK(!seen.contains(field));
        seen.insert(field);
    }
    (void)rd::HeaderMapper::missingRequired(mapping.value(), kind);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList lines = text.split(u'\n');
    const QString headerLine = lines.takeFirst();
    const QStringList headers = headerLine.split(headerLine.contains(u';') ? u';' : u',');
    QList<std::pair<QString, QString>> overrides;
    for (const QString &line : std::as_const(lines)) {
        const qsizetype equals = line.lastIndexOf(u'=');
        if (equals <= 0 || equals == line.size() - 1)
            continue;
        overrides.append({line.left(equals).trimmed(), line.mid(equals + 1).trimmed()});
        (void)rd::fieldFromName(overrides.constLast().second);
    }
    for (const QString &header : headers)
        (void)rd::importKindFromName(header);

    for (const rd::ImportKind kind : kinds) {
        for (const QString &header : headers) {
            if (const auto field = rd::fieldForHeader(header, kind))
                RD_FUZZ_CHECK(rd::fieldsFor(kind).contains(*field));
        }
        checkMapping(headers, kind, {}, overrides);
        if (const rd::Preset *preset = rd::detectPreset(headers, kind)) {
            RD_FUZZ_CHECK(preset->kind == kind);
            checkMapping(headers, kind, preset->columns, {});
        }
    }
    // One preset with the overrides, as --preset ID --map ... reads the file.
    const rd::Preset &preset = rd::presets().at(qsizetype(size % size_t(rd::presets().size())));
    checkMapping(headers, preset.kind, preset.columns, overrides);
    return 0;
}
