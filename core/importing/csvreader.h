#pragma once

#include "importing/importtable.h"
#include "result.h"

#include <QtCore/QByteArray>

namespace xz {

/// Reads a CSV file as Excel and WPS write it on Chinese Windows: UTF-8 (with or without a
/// byte-order mark), GB18030 (GBK) or UTF-16 with a byte-order mark, detected from the
/// bytes; RFC 4180 quoting (quoted separators, doubled quotes, line breaks inside quotes);
/// the separator (comma, semicolon or tab) detected from the first line.
class CsvReader
{
public:
    /// Error codes: "import.too_large", "import.encoding", "import.not_text",
    /// "import.cell_too_large", "import.unclosed_quote", "import.empty".
    static Result<ImportTable> read(const QByteArray &bytes);

    /// The text of `bytes` and the name of its encoding, or "import.encoding".
    static Result<std::pair<QString, QString>> decode(const QByteArray &bytes);
};

} // namespace xz
