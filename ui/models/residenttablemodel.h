#pragma once

#include "storage/residentrepository.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QMap>

namespace xz {

class AppContext;

/// The residents of the office, ordered by name, that match a search (name, phone, ID
/// number or villager group). rowCount() is the COUNT of the search; rows are read a page
/// at a time as keyset ranges into a bounded cache. Phone and ID number are shown masked.
class ResidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        EthnicityColumn,
        VillagerGroupColumn,
        PhoneColumn,
        IdNumberColumn,
        CaseCountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        ResidentIdRole = Qt::UserRole + 1, ///< QString
        NameRole,                          ///< QString, the plain name
        CaseCountRole,                     ///< int
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 200;
    static constexpr int kDefaultMaxCachedPages = 20;

    explicit ResidentTableModel(AppContext &ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Name, phone, ID number or villager group; reloads.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    /// Re-reads the count and drops the cached pages; keeps the search.
    void refresh();
    int totalCount() const { return m_total; }

    /// The row of a resident, reading pages from the top until found; -1 if not listed.
    int rowOf(const QString &residentId) const;
    QString residentIdAt(int row) const;

    int cachedRowCount() const;
    void setMaxCachedPages(int pages);
    void retranslate();

    /// Display names for stored codes, shared by the residents screen's detail and form.
    static QString genderName(const QString &code);
    static QString ethnicityName(const QString &code);
    static QString languageName(const QString &code);
    /// GB/T 3304 codes in their official order.
    static QStringList ethnicityCodes();
    static QStringList languageCodes();

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    struct Page
    {
        QList<ResidentRow> rows;
        quint64 lastUsed = 0;
    };
    struct Key
    {
        QString name;
        QString id;
    };

    const ResidentRow *rowAt(int row) const;
    const Page *loadPage(int pageIndex) const;
    void evict(int keep) const;
    void clearCache();

    AppContext &m_ctx;
    QString m_search;
    int m_total = 0;
    int m_maxPages = kDefaultMaxCachedPages;
    mutable QHash<int, Page> m_pages;
    mutable QMap<int, Key> m_pageEnds; ///< the last (name, id) of every page seen
    mutable quint64 m_useCounter = 0;
};

} // namespace xz
