#pragma once

#include <QtCore/QString>

namespace xz {

/// A new UUID in the time-ordered version 7 layout (RFC 9562): 48 bits of Unix
/// milliseconds, then random bits. Made on the PC, unique across every village, and
/// sorting by it roughly follows creation order, which keeps B-tree inserts local.
/// Returned lower-case without braces, e.g. "01934f7a-8c2e-7d41-9b3a-5f0e2c7d9a11".
QString newId();

/// The same, for a given instant (ms since the Unix epoch): used by the demo generator
/// so that historical records carry ids of their own time.
QString newIdAt(qint64 unixMs);

} // namespace xz
