#include "widgets/choicelists.h"

#include "appcontext.h"
#include "auth/permissions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>

namespace xz::choicelists {

void fillCategories(QComboBox *combo, AppContext &ctx, const QString &allText)
{
    combo->clear();
    combo->addItem(allText, QString());
    const bool english = QLocale().language() == QLocale::English;
    auto nameOf = [english](const Category &c) {
        return english && !c.englishName.isEmpty() ? c.englishName : c.name;
    };
    QFont groupFont = combo->font();
    groupFont.setBold(true);
    const QList<Category> groups = ctx.categories().groups();
    for (const Category &g : groups) {
        combo->addItem(nameOf(g), g.code);
        combo->setItemData(combo->count() - 1, groupFont, Qt::FontRole);
        const QList<Category> items = ctx.categories().childrenOf(g.code);
        for (const Category &c : items) {
            // Indented under its group; the accessible text names both.
            combo->addItem(QStringLiteral("\u3000") + nameOf(c), c.code);
            combo->setItemData(combo->count() - 1, ctx.categoryName(c.code), Qt::AccessibleTextRole);
        }
    }
}

void fillAssignees(QComboBox *combo, AppContext &ctx, const QString &anyoneText, const QString &nobodyText)
{
    combo->clear();
    combo->addItem(anyoneText, QString());
    if (!nobodyText.isEmpty())
        combo->addItem(nobodyText, QString());
    // People who left still own old cases: list them too, marked.
    const QList<User> users = ctx.users().list(false);
    for (const User &u : users) {
        if (!hasPermission(u.role, Permission::HandleCase))
            continue;
        combo->addItem(u.active ? u.displayName
                                : QCoreApplication::translate("xz::FilterBar", "%1 (inactive)").arg(u.displayName),
                       u.id);
    }
}

void fillVillages(QComboBox *combo, AppContext &ctx, const QString &allText)
{
    combo->clear();
    combo->addItem(allText, QString());
    if (!ctx.isSupervisor())
        return;
    for (const QString &code : ctx.caseListQuery().villages()) {
        combo->addItem(ctx.villageName(code), code);
        combo->setItemData(combo->count() - 1,
                           QCoreApplication::translate("xz::FilterBar", "%1 (%2)").arg(ctx.villageName(code), code),
                           Qt::ToolTipRole);
    }
}

} // namespace xz::choicelists
