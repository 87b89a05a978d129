#include "sync/batchsizer.h"

namespace xz {

void BatchSizer::timedOut()
{
    m_budget = qMax(kMinimumBytes, m_budget / 2);
}

void BatchSizer::succeeded()
{
    m_budget = qMin(kMaximumBytes, m_budget + m_budget / 2);
}

} // namespace xz
