#pragma once

// A case record with something in every field and every text a JSON writer or reader must get
// right (quotes, backslashes, control characters, CJK, a character past the BMP), from a seed:
// odd seeds online, even seeds a change of a registered entity (test_json_writer, test_json_text).

#include "core/CaseRecord.h"
#include "core/SampleApplications.h"

#include <QRandomGenerator>

namespace ow::test {

inline core::CaseRecord sampleCase(quint32 seed)
{
    using namespace Qt::StringLiterals;
    using namespace ow::core;
    QRandomGenerator random(seed);
    CaseRecord r;
    r.id = u"0b0f5d7e-0a4b-4c39-9b0e-5c1e2f3a4b5c"_s;
    r.receiptNumber = u"140105-W01-20261201-0001"_s;
    r.state = CaseState::Accepted;
    r.origin = seed % 2 ? CaseOrigin::Online : CaseOrigin::Counter;
    r.version = 7;
    r.form = samples::limitedCompany(random);
    r.form.financialOfficer.name = u"王\"五\"\\"_s;
    r.form.personnel.append({u"李四"_s, u"140105199001011234"_s, u"监事"_s});
    r.materials.append({u"application_form"_s,
                        u"申请书\n（原件）"_s,
                        true,
                        MaterialStatus::Scanned,
                        {u"ab12"_s, u"cd34"_s}});
    r.materials.append({u"lease"_s, u"租赁合同"_s, false, MaterialStatus::Missing, {}});
    r.createdBy = u"clerk01"_s;
    r.acceptedBy = u"clerk01"_s;
    r.lastReason = u"tab\there 😀"_s;
    r.workstation = u"W01"_s;
    r.createdAt = QDateTime(QDate(2026, 12, 1), QTime(8, 30, 1, 250), Qt::UTC);
    r.updatedAt = r.createdAt.addSecs(60);
    r.acceptedAt = seed % 3 ? r.updatedAt : QDateTime();
    r.decisionExtension = int(seed % 3);
    if (seed % 2 == 0) {
        r.kind = CaseKind::Change;
        r.subjectCode = u"91140105MA0KXXXX1A"_s;
        r.registered = r.form;
        r.established = QDate(2020, 5, 6);
    }
    return r;
}

} // namespace ow::test
