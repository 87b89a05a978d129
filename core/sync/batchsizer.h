#pragma once

#include <QtCore/QtGlobal>

namespace xz {

/// How many compressed bytes the next batch may take. A slow or flaky link times out on
/// big batches, so the budget halves after a timeout; a good link earns it back, growing
/// by half after each success. Bounded so a batch is never uselessly small, and never
/// near the hub's 1 MiB body limit once decompressed would matter.
class BatchSizer
{
public:
    static constexpr qint64 kDefaultBytes = 64 * 1024;
    static constexpr qint64 kMinimumBytes = 4 * 1024;
    static constexpr qint64 kMaximumBytes = 1024 * 1024;

    /// The budget for the next batch, in gzip-compressed bytes.
    qint64 budget() const { return m_budget; }

    /// A batch timed out: halve, down to kMinimumBytes.
    void timedOut();
    /// A batch was acknowledged: grow by 1.5×, up to kMaximumBytes.
    void succeeded();

private:
    qint64 m_budget = kDefaultBytes;
};

} // namespace xz
