#include "importing/columnmapping.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <array>

namespace xz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xz::ColumnMapping", text);
}

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    const char *exact;    ///< header names, '|' separated (UTF-8)
    const char *contains; ///< words a longer header may contain
};

constexpr std::array<FieldInfo, 16> kFields{{
    {ImportField::Name, "name", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Name"),
     "姓名|名字|居民姓名|户主姓名|name|fullname", "姓名"},
    {ImportField::IdNumber, "id_number", QT_TRANSLATE_NOOP("xz::ColumnMapping", "ID number"),
     "身份证号|身份证号码|身份证|公民身份号码|证件号码|idnumber|idcard|idno", "身份证|身份号码"},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Mobile number"),
     "电话|手机|手机号|手机号码|联系电话|电话号码|联系方式|phone|mobile|telephone|tel", "电话|手机"},
    {ImportField::Gender, "gender", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Gender"), "性别|gender|sex", ""},
    {ImportField::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Ethnicity"),
     "民族|ethnicity|ethnicgroup", ""},
    {ImportField::Language, "language", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Preferred language"),
     "语言|常用语言|language", ""},
    {ImportField::VillagerGroup, "villager_group", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Villager group"),
     "组|村民小组|小组|组别|所在组|所属组|villagergroup|group", "小组"},
    {ImportField::Address, "address", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Address"),
     "住址|地址|家庭住址|现住址|居住地址|address", "住址|地址"},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Title"),
     "标题|事项|诉求标题|案件标题|事由|title|subject", "标题"},
    {ImportField::Description, "description", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Description"),
     "描述|内容|诉求内容|详细情况|情况说明|具体内容|description|details", "内容|描述"},
    {ImportField::DemandType, "demand_type", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Type of demand"),
     "诉求类型|类型|诉求类别|demandtype|type", "诉求类型"},
    {ImportField::Category, "category", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Category"),
     "分类|类别|事项分类|问题分类|category", "分类"},
    {ImportField::Channel, "channel", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Channel"),
     "来源|渠道|反映渠道|来源渠道|channel|source", "渠道"},
    {ImportField::Urgency, "urgency", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Urgency"),
     "紧急程度|缓急|缓急程度|urgency", "紧急"},
    {ImportField::RegisteredOn, "registered_on", QT_TRANSLATE_NOOP("xz::ColumnMapping", "Date registered"),
     "登记日期|日期|登记时间|反映日期|反映时间|date|registered|dateregistered|registeredon", "日期"},
    {ImportField::ReporterIdNumber, "reporter_id_number",
     QT_TRANSLATE_NOOP("xz::ColumnMapping", "Reporter's ID number"),
     "反映人身份证号|反映人身份证|诉求人身份证号|reporteridnumber", "身份证"},
}};

const FieldInfo *info(ImportField f)
{
    for (const FieldInfo &i : kFields)
        if (i.field == f)
            return &i;
    return nullptr;
}

QString normalisedHeader(const QString &header)
{
    QString h = header.toLower();
    h.remove(QLatin1Char(' ')).remove(QLatin1Char('*')).remove(QLatin1Char('_')).remove(QChar(0x3000));
    // "身份证号（必填）", "Phone (mobile)": the words in brackets do not name the field.
    for (const auto &[open, close] : {std::pair{u'(', u')'}, std::pair{u'（', u'）'}}) {
        const qsizetype at = h.indexOf(QChar(open));
        if (at > 0) {
            const qsizetype end = h.indexOf(QChar(close), at);
            h.remove(at, end < 0 ? h.size() - at : end - at + 1);
        }
    }
    return h;
}

} // namespace

QList<ImportField> ColumnMapping::fields(ImportKind kind)
{
    if (kind == ImportKind::Residents)
        return {ImportField::Name,      ImportField::IdNumber,      ImportField::Phone,
                ImportField::Gender,    ImportField::Ethnicity,     ImportField::Language,
                ImportField::VillagerGroup, ImportField::Address};
    return {ImportField::Title,   ImportField::Description,  ImportField::DemandType,
            ImportField::Category, ImportField::Channel,     ImportField::Urgency,
            ImportField::VillagerGroup, ImportField::Address, ImportField::ReporterIdNumber,
            ImportField::RegisteredOn};
}

bool ColumnMapping::isRequired(ImportKind kind, ImportField field)
{
    if (kind == ImportKind::Residents)
        return field == ImportField::Name;
    return field == ImportField::Title || field == ImportField::Category;
}

QString ColumnMapping::label(ImportField field)
{
    if (field == ImportField::Ignore)
        return tr("(not imported)");
    return QCoreApplication::translate("xz::ColumnMapping", info(field)->label);
}

QString ColumnMapping::key(ImportField field)
{
    return field == ImportField::Ignore ? QString() : QString::fromLatin1(info(field)->key);
}

std::optional<ImportField> ColumnMapping::fromKey(const QString &key)
{
    if (key.isEmpty())
        return ImportField::Ignore;
    for (const FieldInfo &i : kFields)
        if (key == QLatin1String(i.key))
            return i.field;
    return std::nullopt;
}

QString ColumnMapping::kindKey(ImportKind kind)
{
    return kind == ImportKind::Residents ? QStringLiteral("residents") : QStringLiteral("cases");
}

ColumnMapping ColumnMapping::guess(ImportKind kind, const QStringList &header)
{
    ColumnMapping m;
    const QList<ImportField> wanted = fields(kind);
    QList<QString> names;
    for (const QString &h : header)
        names.append(normalisedHeader(h));
    for (int pass = 0; pass < 2; ++pass) {
        for (ImportField f : wanted) {
            if (m.columnOf(f) >= 0)
                continue;
            const FieldInfo *i = info(f);
            const QStringList words = QString::fromUtf8(pass == 0 ? i->exact : i->contains)
                                          .split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (int c = 0; c < names.size() && m.columnOf(f) < 0; ++c) {
                if (m.field(c) != ImportField::Ignore || names.at(c).isEmpty())
                    continue;
                for (const QString &w : words) {
                    if (pass == 0 ? names.at(c) == w : names.at(c).contains(w)) {
                        m.m_fields.insert(c, f);
                        break;
                    }
                }
            }
        }
    }
    return m;
}

void ColumnMapping::set(int column, ImportField field)
{
    if (field != ImportField::Ignore) {
        const int other = columnOf(field);
        if (other >= 0)
            m_fields.remove(other);
    }
    if (field == ImportField::Ignore)
        m_fields.remove(column);
    else
        m_fields.insert(column, field);
}

int ColumnMapping::columnOf(ImportField field) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value() == field)
            return it.key();
    return -1;
}

QList<ImportField> ColumnMapping::missingRequired(ImportKind kind) const
{
    QList<ImportField> out;
    for (ImportField f : fields(kind))
        if (isRequired(kind, f) && columnOf(f) < 0)
            out.append(f);
    return out;
}

QByteArray ColumnMapping::toJson(ImportKind kind, const QStringList &header) const
{
    QJsonObject columns;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.key() < header.size())
            columns.insert(header.at(it.key()), key(it.value()));
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("columns"), columns}})
        .toJson(QJsonDocument::Indented);
}

std::optional<ImportKind> ColumnMapping::kindOf(const QByteArray &json)
{
    const QString kind = QJsonDocument::fromJson(json).object().value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("residents"))
        return ImportKind::Residents;
    if (kind == QLatin1String("cases"))
        return ImportKind::Cases;
    return std::nullopt;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray &json, ImportKind kind, const QStringList &header)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject columns = doc.object().value(QLatin1String("columns")).toObject();
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || columns.isEmpty())
        return makeError(QStringLiteral("mapping.invalid"),
                         tr("The mapping file is not one this program wrote (it needs \"kind\" and \"columns\")."));
    const QString kindText = doc.object().value(QLatin1String("kind")).toString();
    if (!kindText.isEmpty() && kindText != kindKey(kind))
        return makeError(QStringLiteral("mapping.kind"),
                         kind == ImportKind::Residents
                             ? tr("The mapping file is for importing cases, not residents.")
                             : tr("The mapping file is for importing residents, not cases."));
    ColumnMapping m;
    const QList<ImportField> allowed = fields(kind);
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fromKey(it.value().toString());
        if (!field || (*field != ImportField::Ignore && !allowed.contains(*field)))
            return makeError(QStringLiteral("mapping.invalid"),
                             tr("The mapping file names the field \"%1\", which this import does not have.")
                                 .arg(it.value().toString()));
        const qsizetype column = header.indexOf(it.key());
        if (column < 0)
            return makeError(QStringLiteral("mapping.column"),
                             tr("The mapping file names the column \"%1\", which this file does not have. Check "
                                "the header row, or make a new mapping in the import window.")
                                 .arg(it.key()));
        m.set(int(column), *field);
    }
    return m;
}

} // namespace xz
