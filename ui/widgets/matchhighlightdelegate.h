#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace xz {

/// Draws a cell's text with the search matches in bold and the link colour, from the
/// model's match ranges (CaseTableModel::MatchRangesRole: start, length pairs). Cells
/// without ranges are drawn as usual.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MatchHighlightDelegate(int rangesRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_rangesRole;
};

} // namespace xz
