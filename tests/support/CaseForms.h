#pragma once

#include "core/CaseRecord.h"
#include "core/Materials.h"
#include "core/OneForm.h"

#include <QList>

// Deterministic test content shared by the storage and the sync tests: the n-th valid one form of
// a limited company of two natural persons (Xiaodian district, Taiyuan) and a complete checklist.
namespace ow::test::forms {

core::OneForm limitedCompany(int n);
QList<core::MaterialItem> completeMaterials();
// The largest case core::Limits allows: every text at its limit in `filler` (QChar(1) takes the
// most JSON bytes, six), every list full, every other field at its longest. Not a valid form.
core::CaseRecord largestCase(QChar filler = QChar(1));

} // namespace ow::test::forms
