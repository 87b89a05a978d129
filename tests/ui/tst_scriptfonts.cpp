// Yi and Tibetan text is drawn with real glyphs, not boxes, in the widgets and in the PDF,
// with the fonts bundled in the program. These tests run twice: once on this machine's
// fonts, and once (ctest "script_fonts_bundled_only") under a font configuration with
// Chinese and Latin fonts only, like most office PCs, where nothing but the bundled
// fonts can draw these scripts.

#include "common/testoffice.h"
#include "exportfixture.h"
#include "scriptfonts.h"

#include "export/exportservice.h"
#include "reports/pdfkit.h"
#include "reports/pdfwriter.h"

#include <QtCore/QProcess>
#include <QtGui/QGlyphRun>
#include <QtGui/QRawFont>
#include <QtGui/QTextLayout>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>

#include <gtest/gtest.h>

using namespace xz;
using namespace xz::test;

namespace {

const QString kYi = QStringLiteral("ꀉꂿ阿呷");             // a Yi name with Chinese
const QString kTibetan = QStringLiteral("བོད་ལྗོངས 五组"); // a Tibetan address with Chinese

bool onlyBundledFonts()
{
    return qEnvironmentVariableIsSet("XZ_ONLY_BUNDLED_FONTS");
}

/// Under the Chinese-only font configuration (ctest script_fonts_bundled_only), that the
/// machine's own Yi and Tibetan fonts are really out of sight: fc-list reads the same
/// FONTCONFIG_FILE. Elsewhere the machine's fonts may draw them too.
void expectOnlyTheBundledFontsWhenAsked()
{
    if (!onlyBundledFonts())
        return;
    for (const char *lang : {":lang=ii", ":lang=bo"}) {
        QProcess fc;
        fc.start(QStringLiteral("fc-list"), {QString::fromLatin1(lang), QStringLiteral("family")});
        ASSERT_TRUE(fc.waitForFinished(30000));
        EXPECT_TRUE(fc.readAllStandardOutput().trimmed().isEmpty()) << lang;
    }
}

/// The family of every glyph that draws `text` in `font`, and whether any glyph is the
/// font's "missing" glyph (index 0, the box).
struct Shaped
{
    QStringList families;
    int missing = 0;
};

Shaped shape(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    Shaped out;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QString family = run.rawFont().familyName();
        if (!out.families.contains(family))
            out.families << family;
        for (quint32 glyph : run.glyphIndexes())
            out.missing += glyph == 0 ? 1 : 0;
    }
    return out;
}

} // namespace

TEST(ScriptFonts, TheBundledYiAndTibetanFontsAreRegistered)
{
    const QStringList families = ScriptFonts::registerBundled();
    EXPECT_TRUE(families.contains(QStringLiteral("Noto Sans Yi"))) << qPrintable(families.join(u','));
    EXPECT_TRUE(families.contains(QStringLiteral("Noto Serif Tibetan"))) << qPrintable(families.join(u','));
}

TEST(ScriptFonts, EveryKindOfWidgetDrawsYiAndTibetanWithRealGlyphs)
{
    expectOnlyTheBundledFontsWhenAsked();
    QLabel label(kYi);
    QLineEdit edit(kTibetan);
    QPushButton button(kYi);
    QComboBox combo;
    combo.addItems({kYi, kTibetan});
    QTableWidget table(1, 1);
    table.setItem(0, 0, new QTableWidgetItem(kTibetan));
    const QList<std::pair<const char *, QFont>> fonts{
        {"label", label.font()}, {"line edit", edit.font()}, {"button", button.font()},
        {"combo box", combo.font()}, {"table cell", table.font()}};
    for (const auto &[what, font] : fonts) {
        const Shaped yi = shape(kYi, font);
        EXPECT_EQ(yi.missing, 0) << what << ": Yi drawn as boxes";
        EXPECT_TRUE(yi.families.contains(QStringLiteral("Noto Sans Yi"))) << what << ": " << qPrintable(yi.families.join(u','));
        const Shaped bo = shape(kTibetan, font);
        EXPECT_EQ(bo.missing, 0) << what << ": Tibetan drawn as boxes";
        EXPECT_TRUE(bo.families.filter(QStringLiteral("Tibetan")).size() == 1) << what << ": " << qPrintable(bo.families.join(u','));
    }
    // And on screen: the Yi label's pixels differ from a label of boxes of the same length.
    QLabel boxes(QString(kYi.size(), QChar(0xE000)));
    label.adjustSize();
    boxes.resize(label.size());
    EXPECT_NE(label.grab().toImage(), boxes.grab().toImage());
}

TEST(ScriptFonts, ThePdfEmbedsTheYiAndTibetanFontsAndTheTextCanBeCopied)
{
    expectOnlyTheBundledFontsWhenAsked();
    ExportOffice data; // a resident with a Yi name, one with a Tibetan address
    ExportService service(data.office.db, data.office.clock);
    ResidentExportRequest full;
    full.includePersonalData = true;
    PdfWriter pdf;
    const QString path = data.out(QStringLiteral("residents.pdf"));
    auto r = service.exportResidents(TestOffice::actor(data.office.secretary), full, pdf, path);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();

    const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
    for (const char *family : {"NotoSansYi", "NotoSerifTibetan"}) {
        const QStringList lines = fonts.split(u'\n').filter(QString::fromLatin1(family));
        ASSERT_FALSE(lines.isEmpty()) << family << " is not in the PDF:\n" << qPrintable(fonts);
        // pdffonts' "emb" column: every font is embedded, so the file reads the same anywhere.
        for (const QString &line : lines)
            EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << qPrintable(line);
    }
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(kYi)) << "the Yi name cannot be found or copied";
    // Tibetan is drawn whole (see the next test), but a PDF reader copies its stacked
    // letters out of order: Qt's PDF writer maps a stack's glyph to no character.
    // Searching the PDF for Tibetan is a known limit (docs/languages.md).
    EXPECT_TRUE(text.contains(QStringLiteral("五组 3 号")));
}

TEST(ScriptFonts, APdfCellIsTallEnoughForTibetanStacks)
{
    QFont font;
    font.setFamilies(PdfWriter::fontFamilies());
    font.setPointSizeF(9);
    QImage page(800, 800, QImage::Format_RGB32); // any paint device: heights are in its units
    pdfkit::CellPainter cell(font, &page);
    // The height the line really takes, with every font that draws it.
    QTextLayout layout(kTibetan, font, &page);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    ASSERT_GT(line.height(), cell.lineHeight()) << "Noto Serif Tibetan is taller than the Chinese font";
    EXPECT_GE(cell.height(kTibetan, 1000), line.height()) << "the stacks' tops would be cut off";
    EXPECT_EQ(cell.height(QStringLiteral("三组 12 号"), 1000), cell.lineHeight()) << "other rows keep their height";
}
