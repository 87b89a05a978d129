#include "samples.h"

#include <algorithm>
#include <numeric>

namespace xz {

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.begin(), m_values.end());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

double Samples::mean() const
{
    return m_values.isEmpty() ? 0 : std::accumulate(m_values.begin(), m_values.end(), 0.0) / double(m_values.size());
}

} // namespace xz
