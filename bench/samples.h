#pragma once

#include <QtCore/QList>

namespace xz {

/// Timings of one operation, in milliseconds.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    void append(const Samples &other) { m_values.append(other.m_values); }

    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype count() const { return m_values.size(); }
    const QList<double> &values() const { return m_values; }

    /// The middle value (the mean of the two middle ones for an even count); 0 when empty.
    double median() const;
    double min() const;
    double max() const;
    double mean() const;

private:
    QList<double> m_values;
};

} // namespace xz
