// The layout checker itself, on small windows broken on purpose: it must catch each kind
// of fault, or the 200% walk would pass screens that are broken.

#include "layoutcheck.h"

#include <QtTest/QTest>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>

#include <gtest/gtest.h>

using namespace xz::test;

namespace {

const QSize kScreen(1366, 768);

QString joined(const QStringList &findings)
{
    return findings.join(QLatin1Char('\n'));
}

bool anyContains(const QStringList &findings, const QString &a, const QString &b = QString())
{
    for (const QString &f : findings)
        if (f.contains(a) && f.contains(b))
            return true;
    return false;
}

void showAndWait(QWidget &w)
{
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
}

} // namespace

TEST(LayoutCheck, AWellLaidOutWindowHasNoFindings)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new QLabel(QStringLiteral("村民姓名"), &window);
    auto *edit = new QLineEdit(&window);
    label->setBuddy(edit);
    layout->addWidget(label);
    layout->addWidget(edit);
    auto *wrapped = new QLabel(QStringLiteral("一段很长的说明文字，").repeated(20), &window);
    wrapped->setWordWrap(true);
    layout->addWidget(wrapped);
    layout->addWidget(new QPushButton(QStringLiteral("保存案件"), &window));
    window.resize(500, 400);
    showAndWait(window);
    EXPECT_TRUE(layoutFindings(&window, kScreen).isEmpty()) << qPrintable(joined(layoutFindings(&window, kScreen)));
    EXPECT_TRUE(accessibilityFindings(&window).isEmpty()) << qPrintable(joined(accessibilityFindings(&window)));
}

TEST(LayoutCheck, AFixedSizeButtonWithLongTextIsClipped)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *button = new QPushButton(QStringLiteral("Register the case and print a receipt"), &window);
    button->setObjectName(QStringLiteral("too_narrow"));
    button->setFixedWidth(60);
    layout->addWidget(button);
    window.resize(400, 100);
    showAndWait(window);
    const QStringList findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("clipped button"), QStringLiteral("QPushButton#too_narrow")))
        << qPrintable(joined(findings));
}

TEST(LayoutCheck, ALabelSqueezedBelowItsTextIsClipped)
{
    QWidget window;
    auto *plain = new QLabel(QStringLiteral("三河村 凉山彝族自治州 昭觉县 三岔河镇"), &window);
    plain->setObjectName(QStringLiteral("plain"));
    plain->setGeometry(0, 0, 40, 40);
    auto *wrapped = new QLabel(QStringLiteral("ꆈꌠ བོད 很长的一段文字会折行。").repeated(10), &window);
    wrapped->setObjectName(QStringLiteral("wrapped"));
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 60, 200, 20);
    window.resize(300, 200);
    showAndWait(window);
    const QStringList findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("clipped text"), QStringLiteral("QLabel#plain")))
        << qPrintable(joined(findings));
    EXPECT_TRUE(anyContains(findings, QStringLiteral("clipped wrapped text"), QStringLiteral("QLabel#wrapped")))
        << qPrintable(joined(findings));
}

TEST(LayoutCheck, AChoiceNarrowerThanItsCurrentTextIsClipped)
{
    QWidget window;
    auto *combo = new QComboBox(&window);
    combo->setObjectName(QStringLiteral("urgency"));
    combo->addItems({QStringLiteral("普通"), QStringLiteral("紧急：今天必须处理的诉求")});
    combo->setGeometry(0, 0, 300, 40);
    window.resize(400, 100);
    showAndWait(window);
    // The short choice fits; the long one does not.
    EXPECT_FALSE(anyContains(layoutFindings(&window, kScreen), QStringLiteral("QComboBox#urgency")));
    combo->setCurrentIndex(1);
    combo->resize(80, 40);
    EXPECT_TRUE(anyContains(layoutFindings(&window, kScreen), QStringLiteral("clipped choice"),
                            QStringLiteral("QComboBox#urgency")));
}

TEST(LayoutCheck, TwoLabelsOverEachOtherOverlap)
{
    QWidget window;
    auto *a = new QLabel(QStringLiteral("案件编号"), &window);
    a->setObjectName(QStringLiteral("first"));
    a->setGeometry(10, 10, 150, 40);
    auto *b = new QLabel(QStringLiteral("登记时间"), &window);
    b->setObjectName(QStringLiteral("second"));
    b->setGeometry(100, 20, 150, 40);
    window.resize(300, 100);
    showAndWait(window);
    const QStringList findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("overlapping"), QStringLiteral("QLabel#first")))
        << qPrintable(joined(findings));
    EXPECT_TRUE(anyContains(findings, QStringLiteral("overlapping"), QStringLiteral("QLabel#second")));
    // A named overlay is meant to lie over the others.
    EXPECT_FALSE(anyContains(layoutFindings(&window, kScreen, {QStringLiteral("second")}), QStringLiteral("overlapping")));
    // A hidden one overlaps nothing.
    b->hide();
    EXPECT_FALSE(anyContains(layoutFindings(&window, kScreen), QStringLiteral("overlapping")));
}

TEST(LayoutCheck, PartsOutsideTheWindowAreFoundUnlessTheyCanBeScrolledTo)
{
    QWidget window;
    auto *outside = new QPushButton(QStringLiteral("保存"), &window);
    outside->setObjectName(QStringLiteral("off_the_edge"));
    outside->setGeometry(250, 10, 120, 40);
    auto *area = new QScrollArea(&window);
    area->setGeometry(0, 60, 200, 100);
    auto *content = new QWidget;
    content->resize(600, 600);
    auto *deep = new QPushButton(QStringLiteral("下一页"), content);
    deep->setObjectName(QStringLiteral("scrolled_to"));
    deep->setGeometry(400, 400, 120, 40);
    area->setWidget(content);
    window.resize(300, 200);
    showAndWait(window);
    QStringList findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("outside its parent"), QStringLiteral("QPushButton#off_the_edge")))
        << qPrintable(joined(findings));
    EXPECT_FALSE(anyContains(findings, QStringLiteral("scrolled_to"))) << qPrintable(joined(findings));

    // Without a scroll bar the person cannot reach it.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("without a horizontal scroll bar"))) << qPrintable(joined(findings));
}

TEST(LayoutCheck, AWindowThatCannotShrinkToTheScreenIsTooLarge)
{
    QWidget window;
    window.setObjectName(QStringLiteral("wide_window"));
    auto *layout = new QHBoxLayout(&window);
    for (int i = 0; i < 12; ++i)
        layout->addWidget(new QPushButton(QStringLiteral("一个相当长的按钮文字 %1").arg(i), &window));
    window.resize(kScreen);
    showAndWait(window);
    const QStringList findings = layoutFindings(&window, kScreen);
    EXPECT_TRUE(anyContains(findings, QStringLiteral("too large"), QStringLiteral("QWidget#wide_window")))
        << qPrintable(joined(findings));
}

TEST(LayoutCheck, ControlsWithoutANameAreFound)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *labelled = new QLineEdit(&window);
    labelled->setObjectName(QStringLiteral("labelled"));
    auto *label = new QLabel(QStringLiteral("身份证号"), &window);
    label->setBuddy(labelled);
    auto *lone = new QLineEdit(&window);
    lone->setObjectName(QStringLiteral("lone_edit"));
    auto *icon = new QPushButton(&window);
    icon->setObjectName(QStringLiteral("icon_only"));
    icon->setIcon(window.style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto *named = new QPushButton(&window);
    named->setIcon(window.style()->standardIcon(QStyle::SP_DialogSaveButton));
    named->setAccessibleName(QStringLiteral("保存"));
    for (QWidget *w : {static_cast<QWidget *>(label), static_cast<QWidget *>(labelled), static_cast<QWidget *>(lone),
                       static_cast<QWidget *>(icon), static_cast<QWidget *>(named)})
        layout->addWidget(w);
    showAndWait(window);
    const QStringList findings = accessibilityFindings(&window);
    EXPECT_EQ(findings.size(), 2) << qPrintable(joined(findings));
    EXPECT_TRUE(anyContains(findings, QStringLiteral("QLineEdit#lone_edit")));
    EXPECT_TRUE(anyContains(findings, QStringLiteral("QPushButton#icon_only")));
}
