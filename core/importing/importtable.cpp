#include "importing/importtable.h"

#include <algorithm>

namespace xz {

ImportTable ImportTable::fromGrid(QList<QStringList> grid, QList<int> gridLines,
                                  const QHash<int, QString> &lineProblems)
{
    ImportTable t;
    auto filled = [](const QStringList &row) {
        return int(std::count_if(row.cbegin(), row.cend(), [](const QString &c) { return !c.isEmpty(); }));
    };
    for (QStringList &row : grid) {
        for (QString &cell : row)
            cell = cell.trimmed();
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
    }
    int headerIndex = -1;
    int best = 0;
    const int scan = std::min<int>(20, int(grid.size()));
    for (int i = 0; i < scan; ++i) {
        const int n = filled(grid.at(i));
        if (n > best) {
            best = n;
            headerIndex = i;
        }
    }
    if (headerIndex < 0)
        return t;
    t.header = grid.at(headerIndex);
    t.headerLine = gridLines.at(headerIndex);
    for (int i = headerIndex + 1; i < grid.size(); ++i) {
        const auto problem = lineProblems.constFind(gridLines.at(i));
        if (filled(grid.at(i)) == 0 && problem == lineProblems.cend())
            continue;
        if (problem != lineProblems.cend())
            t.rowProblems.insert(int(t.rows.size()), *problem);
        t.rows.append(std::move(grid[i]));
        t.lines.append(gridLines.at(i));
    }
    return t;
}

} // namespace xz
