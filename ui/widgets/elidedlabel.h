#pragma once

#include <QtWidgets/QLabel>

namespace xz {

/// A one-line label that gives way when room is short: it shows as much of its text as
/// fits and ends it with "…", and its tooltip and accessible name carry the whole text.
/// For lines that only repeat what is said elsewhere (the village in the status bar), so
/// that at a large text size they do not push the window beyond the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// Sets the whole text (shown elided when it does not fit).
    void setFullText(const QString &text);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace xz
