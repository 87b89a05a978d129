#pragma once

#include "domain/records.h"

#include <QtCore/QAbstractListModel>
#include <QtCore/QList>

namespace xz {

class CaseRepository;

/// The history of one case: one row per event, NEWEST FIRST (the latest step is what a
/// person looks for). The display text is the translated sentence of what happened
/// ("Assigned to 马海军"); the other parts are roles, so a delegate can lay them out.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TimeRole = Qt::UserRole + 1, ///< QString: "2026-03-02 09:00", China time
        TimestampRole,               ///< QDateTime (UTC): when it happened on the device
        ActorRole,                   ///< QString: who did it
        WhatRole,                    ///< QString: the sentence, as Qt::DisplayRole
        DetailRole,                  ///< QString: reason, result, reply or note; may be empty
        KindRole,                    ///< QString: the event kind key ("assign", "merge" …)
        EventIdRole,                 ///< QString: the event's UUID
    };
    Q_ENUM(Roles)

    explicit TimelineModel(QObject *parent = nullptr);

    /// Reads the events of a case from the repository (an empty id clears the model).
    void load(const CaseRepository &repository, const QString &caseId);
    /// Shows these events, given oldest first as the repository returns them.
    void setEvents(const QList<CaseEvent> &oldestFirst);
    void clear();
    /// Texts are made when asked for: after a language change, views only need a repaint.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The sentence a person reads for one event, in the current language.
    static QString describe(const CaseEvent &event);
    /// The free text that came with the event: the reason, result, reply or callback
    /// result, then the note, one per line; empty when there is none.
    static QString detail(const CaseEvent &event);

private:
    QList<CaseEvent> m_events; // newest first
};

} // namespace xz
