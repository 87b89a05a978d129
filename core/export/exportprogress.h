#pragma once

#include "result.h"

#include <QtCore/QtGlobal>

#include <atomic>
#include <functional>

namespace xz {

/// Progress and cancellation of one export, shared by the thread that works and the one
/// that shows a progress bar. The work is split into stages (reading the rows, writing
/// the file) that each fill a part of 0…100 %; the callback runs on the working thread,
/// only when the whole percentage changes.
class ExportProgress
{
public:
    using Callback = std::function<void(int percent)>;

    explicit ExportProgress(Callback callback = {}) : m_callback(std::move(callback)) { }

    /// Asks the work to stop; safe from any thread. The work returns cancelledError().
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// The next steps fill `fromPercent`…`toPercent`.
    void setStage(int fromPercent, int toPercent);
    /// `done` of `total` steps of the current stage are done.
    void step(qint64 done, qint64 total);

    /// The Error a cancelled export returns (code "cancelled").
    static Error cancelledError();

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
    int m_from = 0;
    int m_to = 100;
    int m_last = -1;
};

} // namespace xz
