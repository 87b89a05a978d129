#pragma once

#include "audit/auditquery.h"

#include <QtCore/QAbstractTableModel>

namespace xz {

class AppContext;

/// The audit log for the secretary, newest first, filtered. rowCount() grows a page at a
/// time through canFetchMore()/fetchMore() (keyset pages by seq), so a log of millions
/// of records is never read whole; the filter's total comes from COUNT(*).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        PersonColumn,
        ActionColumn,
        ObjectColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SeqRole = Qt::UserRole + 1, ///< qint64
        ActionKeyRole,              ///< QString, e.g. "case.accept"
        OutcomeKeyRole,             ///< QString, e.g. "ok"
        ActorIdRole,                ///< QString
        ObjectIdRole,               ///< QString
        RawDetailRole,              ///< QString, the JSON as stored
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 200;

    explicit AuditLogModel(AppContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Shows the records that match; reloads from the newest.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    /// Re-reads the count and the first page; keeps the filter.
    void refresh();
    /// Every record that matches, by COUNT(*): more than rowCount() until all are fetched.
    qint64 totalCount() const { return m_total; }
    /// Why nothing is shown (no permission, a read error); empty when all is well.
    QString errorText() const { return m_error; }
    void retranslate();

    /// The detail JSON in words: "Status: Accepted → Assigned; Role: Village cadre".
    static QString readableDetail(const AuditRecord &record);
    /// "Case 20260302-0001", "Account 马海军 (ganbu1)", or the type and id.
    static QString objectText(const AuditRecord &record);

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    void reload();

    AppContext &m_ctx;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_announcing = false; ///< between begin… and end… of a change
    QString m_error;
};

} // namespace xz
