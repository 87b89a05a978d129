#pragma once

// Every translate() call the program makes at run time must find its (context, source)
// in translations/xiangzhi_zh_CN.ts. lupdate files a string under the scope it sees in
// the source, while the program looks it up under the context it passes at run time: when
// the two differ, the string silently stays English. A recording translator, installed
// for the whole test run, sees every lookup of the program's own contexts ("xz…"); at
// the end the test process fails if one of them is not in the translation file.

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QMutex>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>

#include <cstdio>

namespace xz::test {

class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (context && source && qstrncmp(context, "xz", 2) == 0) {
            QMutexLocker lock(&m_mutex);
            m_seen.insert(QString::fromUtf8(context) + QLatin1Char('\x1f') + QString::fromUtf8(source));
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    /// Prints each lookup missing from the .ts file; returns how many there were.
    int reportMissing(const QString &tsFile) const
    {
        QFile f(tsFile);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "translation check: cannot read %s\n", qPrintable(tsFile));
            return 1;
        }
        QSet<QString> known;
        QXmlStreamReader xml(&f);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                known.insert(context + QLatin1Char('\x1f') + xml.readElementText());
        }
        int missing = 0;
        QMutexLocker lock(&m_mutex);
        for (const QString &key : std::as_const(m_seen)) {
            if (known.contains(key))
                continue;
            const QStringList parts = key.split(QLatin1Char('\x1f'));
            std::fprintf(stderr, "translation check: [%s] \"%s\" is looked up at run time but is not in %s "
                                 "under that context: it would never be translated\n",
                         qPrintable(parts.value(0)), qPrintable(parts.value(1)), qPrintable(tsFile));
            ++missing;
        }
        return missing;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_seen;
};

} // namespace xz::test
