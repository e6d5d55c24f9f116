// Credit check benchmark (issue 11 §5): fills a counter's credit list cache with 1,000,000 entries
// naming persons (valid resident ID numbers) and entities (valid credit codes) as the change feed
// stores them, then checks the parties of realistic one forms against it the way the form does as
// each ID number is typed (core::CreditCheck over storage::CreditListCache). Half the persons checked
// are listed. Target: ≤ 1 ms per person.
//
//   bench_credit_check [--entries N] [--forms F]
//
// Prints `name: value unit` lines.
#include "core/CreditCheck.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "storage/CreditListCache.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace ow;

namespace {

QString personId(QRandomGenerator &random)
{
    const QDate birth = QDate(1950, 1, 1).addDays(random.bounded(365 * 50));
    const QString first17 = QStringLiteral("140105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
    return first17 + core::ResidentId::checkCharacter(first17);
}

QString entityCode(QRandomGenerator &random)
{
    static const QString digits = QStringLiteral("0123456789");
    QString body = QStringLiteral("MA");
    for (int i = 0; i < 6; ++i)
        body += digits.at(random.bounded(10));
    return core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), QStringLiteral("140105"), body);
}

core::CreditEntry entry(int n, QRandomGenerator &random, const QDate &today)
{
    core::CreditEntry e;
    e.id = QStringLiteral("bench-%1").arg(n);
    const int kind = n % 10;
    e.list = kind < 5 ? core::CreditListKind::Abnormal
                      : (kind < 8 ? core::CreditListKind::Serious : core::CreditListKind::DishonestDebtor);
    e.subjectKind = kind < 3 ? core::CreditSubjectKind::Entity : core::CreditSubjectKind::Person;
    e.subject = e.subjectKind == core::CreditSubjectKind::Entity ? entityCode(random) : personId(random);
    e.subjectName = QStringLiteral("张晋生");
    e.reason = QStringLiteral("通过登记的住所或者经营场所无法联系");
    e.authority = QStringLiteral("太原市市场监督管理局");
    e.basis = QStringLiteral("并市监异〔2026〕%1号").arg(n);
    e.from = today.addDays(-random.bounded(3000));
    if (n % 7 == 0)
        e.removedOn = e.from.addDays(200) < today ? e.from.addDays(200) : QDate();
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int count = option("--entries", 1000000);
    const int forms = option("--forms", 2000);
    QTemporaryDir dir;
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::shared_ptr<storage::Database> db = opened.value();
    storage::CreditListCache cache(db);
    const QDate today = core::ResidentId::chinaToday();
    QRandomGenerator random(20261202);
    QStringList listedPersons;

    QElapsedTimer fill;
    fill.start();
    constexpr int Chunk = 50000;
    for (int from = 0; from < count; from += Chunk) {
        QList<core::CreditEntry> chunk;
        for (int n = from; n < std::min(count, from + Chunk); ++n) {
            chunk.append(entry(n, random, today));
            if (chunk.last().subjectKind == core::CreditSubjectKind::Person && listedPersons.size() < 100000)
                listedPersons.append(chunk.last().subject);
        }
        if (auto stored = cache.upsert(chunk); !stored) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(stored.error().message));
            return 1;
        }
    }
    const double fillSeconds = double(fill.elapsed()) / 1000.0;

    // Forms of six persons and a legal person: half of the persons listed.
    qint64 persons = 0;
    int blocked = 0;
    QElapsedTimer check;
    check.start();
    for (int f = 0; f < forms; ++f) {
        QList<core::CreditParty> parties;
        for (int p = 0; p < 6; ++p) {
            const QString id =
                p % 2 == 0 ? listedPersons.at(random.bounded(listedPersons.size())) : personId(random);
            parties.append({QStringLiteral("personnel[%1].idNumber").arg(p),
                            p == 0 ? core::CreditRole::LegalRep : core::CreditRole::Director,
                            QStringLiteral("某人"), core::CreditSubjectKind::Person, id});
        }
        parties.append({QStringLiteral("investors[0].idNumber"), core::CreditRole::LegalInvestor,
                        QStringLiteral("某公司"), core::CreditSubjectKind::Entity, entityCode(random)});
        persons += parties.size();
        if (core::CreditCheck::check(parties, cache.lookup(), today).blocks())
            ++blocked;
    }
    const double checkMs = double(check.nsecsElapsed()) / 1e6;
    std::printf("credit_entries: %d entries\n", cache.count());
    std::printf("credit_fill: %.1f s\n", fillSeconds);
    std::printf("credit_check_per_person: %.4f ms\n", checkMs / double(persons));
    std::printf("credit_check_per_form: %.3f ms\n", checkMs / double(forms));
    std::printf("credit_forms_blocked: %d of %d\n", blocked, forms);
    return 0;
}
