// Check characters are worked out by hand below (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// sum mod 11 -> "1 0 X 9 8 7 6 5 4 3 2"); none is computed with the code under test.
//
// 11010519491231002X (the GB 11643 sample):
//   1*7 + 1*9 + 0*10 + 1*5 + 0*8 + 5*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5
//   + 0*8 + 0*4 + 2*2 = 167; 167 mod 11 = 2 -> X. Born 1949-12-31, digit 17 = 2: female.
// 510104199003071237:
//   5*7 + 1*9 + 0*10 + 1*5 + 0*8 + 4*4 + 1*2 + 9*1 + 9*6 + 0*3 + 0*7 + 3*9 + 0*10 + 7*5
//   + 1*8 + 2*4 + 3*2 = 214; 214 mod 11 = 5 -> 7. Born 1990-03-07, digit 17 = 3: male.
// 51340120000229002X (Xichang, Liangshan; born on a leap day):
//   5*7 + 1*9 + 3*10 + 4*5 + 0*8 + 1*4 + 2*2 + 0*1 + 0*6 + 0*3 + 0*7 + 2*9 + 2*10 + 9*5
//   + 0*8 + 0*4 + 2*2 = 189; 189 mod 11 = 2 -> X. Digit 17 = 2: female.
// 510104199003071327 (digits 16 and 17 of the second number swapped): the sum becomes
//   214 - (2*4 + 3*2) + (3*4 + 2*2) = 216; 216 mod 11 = 7 -> 5, so the 7 is wrong.

#include "domain/idcard.h"
#include "domain/phone.h"

#include <gtest/gtest.h>

using namespace xz;

namespace {

const QDate today(2026, 3, 1);

QString errorCode(const QString &id, QDate when = today)
{
    const auto result = validateIdCard(id, when);
    return result.ok() ? QString() : result.error().code;
}

} // namespace

TEST(IdCard, ValidNumbers)
{
    const auto sample = validateIdCard(QStringLiteral("11010519491231002X"), today);
    ASSERT_TRUE(sample.ok()) << qPrintable(sample.error().message);
    EXPECT_EQ(sample->birthDate, QDate(1949, 12, 31));
    EXPECT_FALSE(sample->male);
    EXPECT_EQ(sample->regionCode, QStringLiteral("110105"));

    const auto chengdu = validateIdCard(QStringLiteral("510104199003071237"), today);
    ASSERT_TRUE(chengdu.ok()) << qPrintable(chengdu.error().message);
    EXPECT_EQ(chengdu->birthDate, QDate(1990, 3, 7));
    EXPECT_TRUE(chengdu->male);
    EXPECT_EQ(chengdu->regionCode, QStringLiteral("510104"));

    const auto leapDay = validateIdCard(QStringLiteral("51340120000229002X"), today);
    ASSERT_TRUE(leapDay.ok()) << qPrintable(leapDay.error().message);
    EXPECT_EQ(leapDay->birthDate, QDate(2000, 2, 29));
    EXPECT_FALSE(leapDay->male);
}

TEST(IdCard, ForgivingInput)
{
    EXPECT_EQ(errorCode(QStringLiteral("51340120000229002x")), QString());
    EXPECT_EQ(errorCode(QStringLiteral("  513401 20000229 002X ")), QString());
    // Full-width digits and Ｘ, as a Chinese input method types them.
    EXPECT_EQ(errorCode(QString::fromUtf8("５１３４０１２００００２２９００２Ｘ")), QString());
    EXPECT_EQ(normalizeIdCard(QStringLiteral(" 513401 20000229 002x")),
              QStringLiteral("51340120000229002X"));
}

TEST(IdCard, WrongCheckCharacter)
{
    EXPECT_EQ(errorCode(QStringLiteral("510104199003071238")), QStringLiteral("idcard.check"));
    EXPECT_EQ(errorCode(QStringLiteral("110105194912310021")), QStringLiteral("idcard.check"));
    EXPECT_EQ(errorCode(QStringLiteral("510104199003071327")), QStringLiteral("idcard.check"));
    // The message must not give away the expected character (7 here).
    const auto result = validateIdCard(QStringLiteral("510104199003071238"), today);
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().message.contains(QLatin1Char('7')));
}

TEST(IdCard, ImpossibleBirthDates)
{
    // 1990-02-30 and month 13 do not exist; 1899 is before 1900. Date errors come before
    // the check character, so the last character does not matter here.
    EXPECT_EQ(errorCode(QStringLiteral("510104199002301230")), QStringLiteral("idcard.birth_date"));
    EXPECT_EQ(errorCode(QStringLiteral("510104199013071237")), QStringLiteral("idcard.birth_date"));
    EXPECT_EQ(errorCode(QStringLiteral("510104189912311234")), QStringLiteral("idcard.birth_date"));
    // 2001-02-29: not a leap year.
    EXPECT_EQ(errorCode(QStringLiteral("513401200102290021")), QStringLiteral("idcard.birth_date"));
    const auto result = validateIdCard(QStringLiteral("510104199002301230"), today);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QLatin1String("1990-02-30")));
}

TEST(IdCard, FutureBirthDates)
{
    EXPECT_EQ(errorCode(QStringLiteral("510104210001011234")),
              QStringLiteral("idcard.birth_date_future"));
    // Born today is fine, born tomorrow is not.
    EXPECT_EQ(errorCode(QStringLiteral("510104199003071237"), QDate(1990, 3, 7)), QString());
    EXPECT_EQ(errorCode(QStringLiteral("510104199003071237"), QDate(1990, 3, 6)),
              QStringLiteral("idcard.birth_date_future"));
}

TEST(IdCard, WrongLengthOrCharacters)
{
    EXPECT_EQ(errorCode(QStringLiteral("51010419900307123")), QStringLiteral("idcard.length"));
    EXPECT_EQ(errorCode(QStringLiteral("5101041990030712377")), QStringLiteral("idcard.length"));
    EXPECT_EQ(errorCode(QString()), QStringLiteral("idcard.length"));
    const auto short17 = validateIdCard(QStringLiteral("51010419900307123"), today);
    ASSERT_FALSE(short17.ok());
    EXPECT_TRUE(short17.error().message.contains(QLatin1String("17")));

    // Letter O instead of zero; X anywhere but last; a dash.
    EXPECT_EQ(errorCode(QStringLiteral("5101041990O3071237")), QStringLiteral("idcard.characters"));
    EXPECT_EQ(errorCode(QStringLiteral("51010419900307X237")), QStringLiteral("idcard.characters"));
    EXPECT_EQ(errorCode(QStringLiteral("510104-19900307123")), QStringLiteral("idcard.characters"));
}

TEST(IdCard, Masking)
{
    EXPECT_EQ(maskIdCard(QStringLiteral("11010519491231002X")),
              QStringLiteral("1101**********002X"));
    EXPECT_EQ(maskIdCard(QStringLiteral("51340120000229002x")),
              QStringLiteral("5134**********002X"));
    EXPECT_EQ(maskIdCard(QStringLiteral("510104")), QStringLiteral("******"));
    EXPECT_EQ(maskIdCard(QString()), QString());
}

TEST(Phone, ValidNumbers)
{
    const QString expected = QStringLiteral("13812345678");
    for (const char *text :
         {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
          "8613812345678", "0086 138 1234 5678", "(+86) 138-1234-5678"}) {
        const auto result = validateMobile(QString::fromUtf8(text));
        ASSERT_TRUE(result.ok()) << text << ": " << qPrintable(result.error().message);
        EXPECT_EQ(*result, expected) << text;
    }
    const auto fullWidth = validateMobile(QString::fromUtf8("１３８１２３４５６７８"));
    ASSERT_TRUE(fullWidth.ok());
    EXPECT_EQ(*fullWidth, expected);
}

TEST(Phone, InvalidNumbers)
{
    const struct
    {
        const char *text;
        const char *code;
    } cases[] = {
        {"1381234567", "phone.length"},   // 10 digits
        {"138123456789", "phone.length"}, // 12 digits
        {"", "phone.length"},
        {"23812345678", "phone.prefix"}, // 11 digits, but not starting with 1
        {"02885551234", "phone.prefix"}, // a Chengdu landline
        {"+1 650 253 0000", "phone.prefix"},
        {"1381234567a", "phone.characters"},
    };
    for (const auto &c : cases) {
        const auto result = validateMobile(QString::fromUtf8(c.text));
        ASSERT_FALSE(result.ok()) << c.text;
        EXPECT_EQ(result.error().code, QLatin1String(c.code)) << c.text;
        EXPECT_FALSE(result.error().message.isEmpty());
    }
}

TEST(Phone, Masking)
{
    EXPECT_EQ(maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
    EXPECT_EQ(maskPhone(QStringLiteral("+86 138-1234-5678")), QStringLiteral("138****5678"));
    EXPECT_EQ(maskPhone(QStringLiteral("12345")), QStringLiteral("*****"));
    EXPECT_EQ(maskPhone(QString()), QString());
}
