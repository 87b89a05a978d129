#include "domain/ethnicity.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace xz {

namespace {

struct Named
{
    const char *code;
    const char *name;
};

// GB/T 3304-1991, the codes of China's nationalities, in their official order.
constexpr std::array<Named, 58> kEthnicities{{
    {"01", QT_TRANSLATE_NOOP("xz::Ethnicity", "Han")},       {"02", QT_TRANSLATE_NOOP("xz::Ethnicity", "Mongol")},
    {"03", QT_TRANSLATE_NOOP("xz::Ethnicity", "Hui")},       {"04", QT_TRANSLATE_NOOP("xz::Ethnicity", "Tibetan")},
    {"05", QT_TRANSLATE_NOOP("xz::Ethnicity", "Uyghur")},    {"06", QT_TRANSLATE_NOOP("xz::Ethnicity", "Miao")},
    {"07", QT_TRANSLATE_NOOP("xz::Ethnicity", "Yi")},        {"08", QT_TRANSLATE_NOOP("xz::Ethnicity", "Zhuang")},
    {"09", QT_TRANSLATE_NOOP("xz::Ethnicity", "Bouyei")},    {"10", QT_TRANSLATE_NOOP("xz::Ethnicity", "Korean")},
    {"11", QT_TRANSLATE_NOOP("xz::Ethnicity", "Manchu")},    {"12", QT_TRANSLATE_NOOP("xz::Ethnicity", "Dong")},
    {"13", QT_TRANSLATE_NOOP("xz::Ethnicity", "Yao")},       {"14", QT_TRANSLATE_NOOP("xz::Ethnicity", "Bai")},
    {"15", QT_TRANSLATE_NOOP("xz::Ethnicity", "Tujia")},     {"16", QT_TRANSLATE_NOOP("xz::Ethnicity", "Hani")},
    {"17", QT_TRANSLATE_NOOP("xz::Ethnicity", "Kazakh")},    {"18", QT_TRANSLATE_NOOP("xz::Ethnicity", "Dai")},
    {"19", QT_TRANSLATE_NOOP("xz::Ethnicity", "Li")},        {"20", QT_TRANSLATE_NOOP("xz::Ethnicity", "Lisu")},
    {"21", QT_TRANSLATE_NOOP("xz::Ethnicity", "Va")},        {"22", QT_TRANSLATE_NOOP("xz::Ethnicity", "She")},
    {"23", QT_TRANSLATE_NOOP("xz::Ethnicity", "Gaoshan")},   {"24", QT_TRANSLATE_NOOP("xz::Ethnicity", "Lahu")},
    {"25", QT_TRANSLATE_NOOP("xz::Ethnicity", "Shui")},      {"26", QT_TRANSLATE_NOOP("xz::Ethnicity", "Dongxiang")},
    {"27", QT_TRANSLATE_NOOP("xz::Ethnicity", "Naxi")},      {"28", QT_TRANSLATE_NOOP("xz::Ethnicity", "Jingpo")},
    {"29", QT_TRANSLATE_NOOP("xz::Ethnicity", "Kyrgyz")},    {"30", QT_TRANSLATE_NOOP("xz::Ethnicity", "Tu")},
    {"31", QT_TRANSLATE_NOOP("xz::Ethnicity", "Daur")},      {"32", QT_TRANSLATE_NOOP("xz::Ethnicity", "Mulao")},
    {"33", QT_TRANSLATE_NOOP("xz::Ethnicity", "Qiang")},     {"34", QT_TRANSLATE_NOOP("xz::Ethnicity", "Blang")},
    {"35", QT_TRANSLATE_NOOP("xz::Ethnicity", "Salar")},     {"36", QT_TRANSLATE_NOOP("xz::Ethnicity", "Maonan")},
    {"37", QT_TRANSLATE_NOOP("xz::Ethnicity", "Gelao")},     {"38", QT_TRANSLATE_NOOP("xz::Ethnicity", "Xibe")},
    {"39", QT_TRANSLATE_NOOP("xz::Ethnicity", "Achang")},    {"40", QT_TRANSLATE_NOOP("xz::Ethnicity", "Pumi")},
    {"41", QT_TRANSLATE_NOOP("xz::Ethnicity", "Tajik")},     {"42", QT_TRANSLATE_NOOP("xz::Ethnicity", "Nu")},
    {"43", QT_TRANSLATE_NOOP("xz::Ethnicity", "Uzbek")},     {"44", QT_TRANSLATE_NOOP("xz::Ethnicity", "Russian")},
    {"45", QT_TRANSLATE_NOOP("xz::Ethnicity", "Ewenki")},    {"46", QT_TRANSLATE_NOOP("xz::Ethnicity", "De'ang")},
    {"47", QT_TRANSLATE_NOOP("xz::Ethnicity", "Bonan")},     {"48", QT_TRANSLATE_NOOP("xz::Ethnicity", "Yugur")},
    {"49", QT_TRANSLATE_NOOP("xz::Ethnicity", "Gin")},       {"50", QT_TRANSLATE_NOOP("xz::Ethnicity", "Tatar")},
    {"51", QT_TRANSLATE_NOOP("xz::Ethnicity", "Derung")},    {"52", QT_TRANSLATE_NOOP("xz::Ethnicity", "Oroqen")},
    {"53", QT_TRANSLATE_NOOP("xz::Ethnicity", "Hezhen")},    {"54", QT_TRANSLATE_NOOP("xz::Ethnicity", "Monba")},
    {"55", QT_TRANSLATE_NOOP("xz::Ethnicity", "Lhoba")},     {"56", QT_TRANSLATE_NOOP("xz::Ethnicity", "Jino")},
    {"97", QT_TRANSLATE_NOOP("xz::Ethnicity", "Other")},     {"98", QT_TRANSLATE_NOOP("xz::Ethnicity", "Foreign origin")},
}};

constexpr std::array<Named, 3> kLanguages{{
    {"zh", QT_TRANSLATE_NOOP("xz::Language", "Chinese")},
    {"ii", QT_TRANSLATE_NOOP("xz::Language", "Yi (Nuosu)")},
    {"bo", QT_TRANSLATE_NOOP("xz::Language", "Tibetan")},
}};

template<std::size_t N>
QString nameIn(const std::array<Named, N> &table, const QString &code, const char *context)
{
    for (const Named &n : table)
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate(context, n.name);
    return code;
}

} // namespace

QStringList ethnicityCodes()
{
    QStringList out;
    for (const Named &n : kEthnicities)
        out << QString::fromLatin1(n.code);
    return out;
}

QString ethnicityName(const QString &code)
{
    return code.isEmpty() ? QString() : nameIn(kEthnicities, code, "xz::Ethnicity");
}

QStringList languageCodes()
{
    QStringList out;
    for (const Named &n : kLanguages)
        out << QString::fromLatin1(n.code);
    return out;
}

QString languageName(const QString &code)
{
    return code.isEmpty() ? QString() : nameIn(kLanguages, code, "xz::Language");
}

} // namespace xz
