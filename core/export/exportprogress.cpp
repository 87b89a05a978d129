#include "export/exportprogress.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace xz {

void ExportProgress::setStage(int fromPercent, int toPercent)
{
    m_from = std::clamp(fromPercent, 0, 100);
    m_to = std::clamp(toPercent, m_from, 100);
    step(0, 1);
}

void ExportProgress::step(qint64 done, qint64 total)
{
    const double part = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 1.0;
    const int percent = m_from + int((m_to - m_from) * part);
    if (percent == m_last)
        return;
    m_last = percent;
    if (m_callback)
        m_callback(percent);
}

Error ExportProgress::cancelledError()
{
    return makeError(QStringLiteral("cancelled"),
                     QCoreApplication::translate("xz::ExportProgress",
                                                 "The export was cancelled; no file was written."));
}

} // namespace xz
