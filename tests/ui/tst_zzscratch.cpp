#include <QtSql/QSqlQuery>
#include "common/testoffice.h"
#include "appcontext.h"
#include "appearance.h"
#include "mainwindow.h"
#include <QtWidgets/QApplication>
#include "views/casedetailview.h"
#include <QtTest/QTest>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
using namespace xz; using namespace xz::test;
TEST(Scratch, Form)
{
    TestOffice office;
    AppContext ctx(office.db, WorkCalendar::builtIn(), TimeLimits::builtIn().value(), office.clock);
    ctx.setCurrentUser(office.secretary);
    NewCase n = TestOffice::newCase(QStringLiteral("六组至九组通村公路因连续暴雨发生多处塌方"));
    n.description = QStringLiteral("ꆈꌠꉙ ꀉꂿ བོད་སྐད། 自上周四起连降暴雨，六组至九组的通村公路有三处塌方，最大一处约二十米。").repeated(4);
    n.urgency = Urgency::TimeSensitive;
    const QString id = office.registerCase(office.secretary, n).id;
    if (qEnvironmentVariableIsSet("SCRATCH_FONT")) Appearance::applyTextSize(*qApp, 100);
    MainWindow w(ctx);
    w.resize(1366, 768);
    w.show();
    if (qEnvironmentVariableIsSet("SCRATCH_TODAY")) { for (int p = 0; p < 6; ++p) { w.showPage(MainWindow::Page(p)); for (int i = 0; i < 3; ++i) QCoreApplication::processEvents(); } }
    w.openCase(id);
    CaseDetailView &v = *w.detailView();
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
    auto *panel = v.findChild<QWidget *>(QStringLiteral("fieldsPanel"));
    auto *form = qobject_cast<QFormLayout *>(panel->layout());
    for (int r = 0; r < 8; ++r) {
        auto *l = form->itemAt(r, QFormLayout::LabelRole); auto *f = form->itemAt(r, QFormLayout::FieldRole);
        auto *s = form->itemAt(r, QFormLayout::SpanningRole);
        qDebug() << r << (l ? l->geometry() : QRect()) << (f ? f->geometry() : QRect()) << (f && f->widget() ? f->widget()->objectName() : QString()) << (s ? s->geometry() : QRect())
                 << (f && f->widget() ? f->widget()->isVisible() : false) << (f && f->widget() ? f->widget()->sizeHint() : QSize()) << (f ? f->sizeHint(): QSize()) << (f? f->hasHeightForWidth():false) << (f ? f->heightForWidth(400) : 0);
    }
}
