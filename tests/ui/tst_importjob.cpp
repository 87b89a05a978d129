// The import's worker thread: its progress reaches the GUI thread a bounded number of
// times however many rows it works through (a signal per row would flood the window's
// event loop), rises only, and ends at 100 %.

#include "common/testoffice.h"
#include "reports/importjob.h"

#include <QtTest/QTest>

#include <algorithm>

using namespace xz;
using namespace xz::test;

TEST(ImportJob, ProgressOfOneHundredThousandRowsIsThrottled)
{
    TestOffice office;
    constexpr int kRows = 100'000;
    const long holders = office.db.use_count();
    int worked = 0;
    // As ImportService steps: a stage, then a step for every row (the service steps every
    // few hundred rows; this steps every one, the worst a change could make it).
    auto *job = new ImportJob(office.db, [&worked](ExportProgress &progress) {
        progress.setStage(0, 100);
        for (int i = 0; i < kRows; ++i) {
            progress.step(i, kRows);
            ++worked;
        }
        progress.step(1, 1);
    });
    // Received on this (the GUI) thread, as the dialog's progress bar receives them.
    QObject receiver;
    QList<int> shown;
    bool finished = false;
    QObject::connect(job, &ImportJob::progressChanged, &receiver, [&shown](int percent) { shown.append(percent); });
    QObject::connect(job, &ImportJob::finished, &receiver, [&finished] { finished = true; });
    job->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished; }, 60000));
    // The thread lets go of the database as it ends; the office closes it on this thread.
    ASSERT_TRUE(QTest::qWaitFor([&] { return office.db.use_count() == holders; }, 10000));

    EXPECT_EQ(worked, kRows);
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_LE(shown.size(), 101) << "one signal per whole percent at most";
    EXPECT_TRUE(std::is_sorted(shown.cbegin(), shown.cend()));
    EXPECT_EQ(shown.constLast(), 100) << "the bar must show the work done";
}
