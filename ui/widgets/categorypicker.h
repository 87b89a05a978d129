#pragma once

#include <QtWidgets/QWidget>

class QComboBox;

namespace xz {

class AppContext;

/// Chooses one category of the two-level tree (AppContext::categories()). One editable
/// combo lists every item as "group / item"; typing any part of a name ("道路") filters the
/// list, ↓ and Enter pick. A group without items can be chosen itself.
class CategoryPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryPicker(AppContext &ctx, QWidget *parent = nullptr);

    /// The chosen category's code; empty when nothing (or text matching no category) is entered.
    QString categoryCode() const;
    void setCategoryCode(const QString &code);
    /// True when something was chosen or typed.
    bool hasInput() const;
    void clear();

    /// Reads the category list again (after a change from the county), keeping the choice.
    void reload();

    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    void categoryChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitIfChanged();

    AppContext &m_ctx;
    QComboBox *m_combo = nullptr;
    QString m_lastCode;
};

} // namespace xz
