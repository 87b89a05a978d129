#pragma once

#include <QtCore/QString>

class QComboBox;

namespace xz {

class AppContext;

/// The choices that filters share (the case list's, the dashboard's), filled one way:
/// the first item is "all" with empty data, each other item's data is the code or id.
namespace choicelists {

/// Every group in bold, its items indented under it; the accessible text names both.
void fillCategories(QComboBox *combo, AppContext &ctx, const QString &allText);
/// The people who handle cases, inactive ones marked; `nobodyText` (when given) adds an
/// item right after "anyone" for the unassigned cases, also with empty data.
void fillAssignees(QComboBox *combo, AppContext &ctx, const QString &anyoneText,
                   const QString &nobodyText = QString());
/// A supervisor's copy: the villages that have cases, by name, the code in the tooltip.
void fillVillages(QComboBox *combo, AppContext &ctx, const QString &allText);

} // namespace choicelists
} // namespace xz
