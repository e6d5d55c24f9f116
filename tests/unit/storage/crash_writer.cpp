// Helper of test_storage_crash: stores cases as fast as it can (new drafts, saves, acceptances)
// and prints "<case id> <version>" after each commit has returned. The test kills it with
// SIGKILL at random moments and checks that everything it printed survived.
//
//   storage_crash_writer <database path> <seed>

#include "StorageTestSupport.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cstdio>

using namespace ow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*=false"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: storage_crash_writer <database> <seed>\n");
        return 2;
    }
    QRandomGenerator random(QByteArray(argv[2]).toUInt());
    auto opened = storage::Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    storage::CaseStore store(opened.value(), QStringLiteral("W01"), QStringLiteral("140105"));

    // Continue with the drafts an earlier (killed) run left.
    QList<core::CaseRecord> drafts;
    storage::CaseQuery query;
    query.state = core::CaseState::Draft;
    query.limit = 20;
    for (const storage::CaseSummary &summary : store.list(query)) {
        if (auto record = store.find(summary.id))
            drafts.append(*record);
    }

    int n = int(random.bounded(100000));
    for (int i = 0; i < 100000; ++i) {
        const int dice = int(random.bounded(10));
        core::CaseRecord record;
        core::CaseAction action = core::CaseAction::SaveDraft;
        qsizetype index = -1;
        if (drafts.isEmpty() || dice < 4) {
            record = test::newCase(++n);
        } else {
            index = random.bounded(int(drafts.size()));
            record = drafts[index];
            if (dice < 7) {
                record.form.domicile = QStringLiteral("太原市小店区长治路%1号").arg(random.bounded(1, 400));
                if (random.bounded(5) == 0)
                    record.form.businessScope = QString(int(random.bounded(500, 6000)), QChar(u'营'));
            } else {
                record.form.businessScope = test::validForm(0).businessScope;
                action = core::CaseAction::Accept;
            }
        }
        core::TransitionRequest request = test::request(action, test::clerk());
        request.at = QDateTime::currentDateTimeUtc();
        auto stored = store.perform(record, request);
        if (!stored) {
            std::fprintf(stderr, "perform failed: %s %s\n", qPrintable(stored.error().code),
                         qPrintable(stored.error().message));
            return 1;
        }
        // Only now, after COMMIT returned, is the change reported.
        std::printf("%s %d\n", qPrintable(stored.value().id), stored.value().version);
        std::fflush(stdout);
        if (action == core::CaseAction::Accept)
            drafts.removeAt(index);
        else if (index >= 0)
            drafts[index] = stored.value();
        else
            drafts.append(stored.value());
    }
    return 0;
}
