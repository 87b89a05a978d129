#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace xz {

/// What is imported: residents, or cases (each linked to a resident by ID number).
enum class ImportKind { Residents, Cases };

/// A field a file column can fill.
enum class ImportField {
    Ignore,
    // residents
    Name,
    IdNumber,
    Phone,
    Gender,
    Ethnicity,
    Language,
    VillagerGroup,
    Address,
    // cases
    Title,
    Description,
    DemandType,
    Category,
    Channel,
    Urgency,
    RegisteredOn,
    ReporterIdNumber,
};

/// Which file column fills which field. Guessed from the header (Chinese or English
/// names, as village lists are headed), changed by the user in the import dialog, saved
/// as a small JSON file that `xiangzhi import --mapping` reads. A field is filled by one
/// column at most.
class ColumnMapping
{
public:
    /// The fields of one kind, in the order the dialog lists them.
    static QList<ImportField> fields(ImportKind kind);
    static bool isRequired(ImportKind kind, ImportField field);
    /// The translated name a person reads ("ID number").
    static QString label(ImportField field);
    /// A stable key for the mapping file ("id_number").
    static QString key(ImportField field);
    static std::optional<ImportField> fromKey(const QString &key);
    static QString kindKey(ImportKind kind);

    /// The best guess for a header row: exact names first (姓名, 身份证号, 手机号码 …),
    /// then names that contain a telling word (联系电话 → phone).
    static ColumnMapping guess(ImportKind kind, const QStringList &header);

    ImportField field(int column) const { return m_fields.value(column, ImportField::Ignore); }
    /// Sets a column's field; another column that held the same field is cleared.
    void set(int column, ImportField field);
    int columnOf(ImportField field) const;
    /// The required fields no column fills.
    QList<ImportField> missingRequired(ImportKind kind) const;

    /// {"kind": "residents", "columns": {"<header text>": "<field key>", …}}
    QByteArray toJson(ImportKind kind, const QStringList &header) const;
    /// Reads a mapping file against this file's header. Error codes: "mapping.invalid",
    /// "mapping.kind" (made for the other kind), "mapping.column" (names a column this file
    /// lacks).
    static Result<ColumnMapping> fromJson(const QByteArray &json, ImportKind kind, const QStringList &header);
    /// The kind a mapping file was made for, if it says.
    static std::optional<ImportKind> kindOf(const QByteArray &json);

private:
    QHash<int, ImportField> m_fields;
};

} // namespace xz
