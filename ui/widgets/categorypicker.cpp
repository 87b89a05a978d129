#include "categorypicker.h"

#include "appcontext.h"

#include <QtCore/QEvent>
#include <QtCore/QSignalBlocker>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLineEdit>

namespace xz {

CategoryPicker::CategoryPicker(AppContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("category"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_combo->setMaxVisibleItems(15);
    // Chinese has no word boundaries: match anywhere in "group / item".
    if (QCompleter *completer = m_combo->completer()) {
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &CategoryPicker::emitIfChanged);
    connect(m_combo, &QComboBox::editTextChanged, this, &CategoryPicker::emitIfChanged);

    reload();
    retranslateUi();
}

QString CategoryPicker::categoryCode() const
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int current = m_combo->currentIndex();
    if (current >= 0 && m_combo->itemText(current) == text)
        return m_combo->itemData(current).toString();
    const int found = m_combo->findText(text, Qt::MatchFixedString);
    return found >= 0 ? m_combo->itemData(found).toString() : QString();
}

void CategoryPicker::setCategoryCode(const QString &code)
{
    const int i = code.isEmpty() ? 0 : m_combo->findData(code);
    m_combo->setCurrentIndex(i >= 0 ? i : 0);
    m_combo->setEditText(m_combo->itemText(m_combo->currentIndex()));
    emitIfChanged();
}

bool CategoryPicker::hasInput() const
{
    return !m_combo->currentText().trimmed().isEmpty();
}

void CategoryPicker::clear()
{
    setCategoryCode(QString());
}

void CategoryPicker::reload()
{
    const QString keep = categoryCode();
    const QString typed = m_combo->currentText();
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        m_combo->addItem(QString(), QString());
        const CategoryTree &tree = m_ctx.categories();
        for (const Category &group : tree.groups()) {
            const QList<Category> items = tree.childrenOf(group.code);
            if (items.isEmpty())
                m_combo->addItem(m_ctx.categoryName(group.code), group.code);
            for (const Category &item : items)
                m_combo->addItem(m_ctx.categoryName(item.code), item.code);
        }
        const int i = keep.isEmpty() ? -1 : m_combo->findData(keep);
        m_combo->setCurrentIndex(i >= 0 ? i : 0);
        // Text that matched nothing is the user's: keep it for them to correct.
        m_combo->setEditText(i >= 0 ? m_combo->itemText(i) : typed);
    }
    emitIfChanged();
}

void CategoryPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // category names follow the language
    }
    QWidget::changeEvent(event);
}

void CategoryPicker::retranslateUi()
{
    if (QLineEdit *edit = m_combo->lineEdit())
        edit->setPlaceholderText(tr("Type part of the name, or press ↓"));
    m_combo->setAccessibleName(tr("Category"));
    m_combo->setToolTip(tr("Type any part of a category name, for example a road or water matter, "
                           "then pick it from the list."));
}

void CategoryPicker::emitIfChanged()
{
    const QString code = categoryCode();
    if (code == m_lastCode)
        return;
    m_lastCode = code;
    Q_EMIT categoryChanged(code);
}

} // namespace xz
